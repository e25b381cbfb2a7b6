package org.camove.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camove.indicators.ReportedValueChanges;

/**
 * Plain SQL against the tests' database, from outside the server: how client tests compute the figures
 * they expect without going through camove's code.
 */
final class DatabaseQueries {

    private DatabaseQueries() {
    }

    /** The first column of the first row; null when there is none or it is NULL. */
    static Object single(String sql, Object... parameters) {
        List<Object[]> rows = rows(sql, parameters);
        return rows.isEmpty() ? null : rows.get(0)[0];
    }

    static BigDecimal decimal(String sql, Object... parameters) {
        Object value = single(sql, parameters);
        return value == null ? null : new BigDecimal(value.toString());
    }

    static long number(String sql, Object... parameters) {
        return ((Number) single(sql, parameters)).longValue();
    }

    /** Runs an INSERT, UPDATE or DELETE; answers the rows it changed. */
    static int update(String sql, Object... parameters) {
        try (var connection = connect(); var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** What every writer of values does after writing them (ReportedValueChanges): the indicator's values changed. */
    static void valuesChanged(long indicatorId) {
        update(ReportedValueChanges.update("?"), indicatorId);
    }

    static List<Object[]> rows(String sql, Object... parameters) {
        try (var connection = connect(); var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<Object[]> rows = new ArrayList<>();
            try (var result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("camove.test.db.url"),
                System.getProperty("camove.test.db.user"), System.getProperty("camove.test.db.password"));
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
