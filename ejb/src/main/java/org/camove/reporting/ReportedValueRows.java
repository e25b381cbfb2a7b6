package org.camove.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camove.shared.EditConflict;

/**
 * Writes what a save changed, the values, their cells and their audit rows, with JDBC batches on the
 * transaction's connection. Through the unit of work a bulk save of 100,000 figures spent seconds building and
 * comparing EclipseLink rows for the cells of an {@code @ElementCollection} and sent the IDENTITY-keyed values and
 * audit rows one statement each (docs/benchmarks.md); here they are a few multi-row statements
 * ({@code rewriteBatchedStatements}, config/cli/datasource.cli). The values written are never managed entities
 * (the caller detaches a kept one before changing it), so no stale entity outlives the save in the persistence
 * context, and {@link ReportedValue} is not in the shared cache (persistence.xml: ENABLE_SELECTIVE).
 */
final class ReportedValueRows {

    /**
     * Rows sent per batch, as EclipseLink's batch writing does (persistence.xml): a whole 100,000-cell save at once is
     * tens of MB of parameters and SQL that Connector/J builds in the server's heap (it ran out of a 256 MB one), and
     * batches of 5,000 measured no faster.
     */
    private static final int BATCH = 1_000;

    /**
     * Characters of audit text sent per batch of audit rows: a row describes every cell of its value (10 KB for a
     * value of 192 cells), and the 5 MB of a bulk save's audit text in one statement made Connector/J grow its packet
     * buffer to 8 MB, allocating buffers too large for the young generation; a 256 MB heap then collected in full
     * during each import (docs/benchmarks.md). Batches of this size stay below half a G1 region of a 256 MB heap.
     */
    private static final int AUDIT_BATCH_CHARS = 200_000;

    /** The version of a value first written, as EclipseLink numbers a new entity's. */
    static final long FIRST_VERSION = 1;

    private static final String INSERT_VALUE = "INSERT INTO indicator_value (value, numerator, denominator, text_value, score, "
            + "fully_disaggregated, comment, entered_by, entered_on_behalf, changed_by, changed_at, indicator_id, partner_id, "
            + "year, quarter, approval_state, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + FIRST_VERSION + ")";
    private static final String UPDATE_VALUE = "UPDATE indicator_value SET value = ?, numerator = ?, denominator = ?, "
            + "text_value = ?, score = ?, fully_disaggregated = ?, comment = ?, entered_by = ?, entered_on_behalf = ?, "
            + "changed_by = ?, changed_at = ?, version = version + 1 WHERE id = ? AND version = ?";
    /**
     * A cell is a number or a ratio, so each kind is written with the columns it has: two NULLs bound to each of a
     * bulk import's 100,000 number cells are 200,000 parameters the driver copies for each batch, for nothing.
     */
    private static final String INSERT_NUMBER_CELL = "INSERT INTO indicator_value_cell (value_id, option_key, value) VALUES (?, ?, ?)";
    private static final String INSERT_RATIO_CELL = "INSERT INTO indicator_value_cell (value_id, option_key, numerator, denominator) "
            + "VALUES (?, ?, ?, ?)";

    /**
     * A changed value (new when it has no id yet), what it now holds (the reading it was changed to: the value would
     * build it again, cells copied, for each statement), the audit row of its change; {@code subject} names it in a
     * conflict.
     */
    record Write(ReportedValue value, ValueRules.Reading reading, ReportedValueChange audit, String subject) {
    }

    private ReportedValueRows() {
    }

    /**
     * Writes the values of one partner and quarter.
     *
     * @throws EditConflict when a kept value's row was changed since it was read (its version moved)
     */
    static void write(EntityManager em, List<Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        try {
            var connection = em.unwrap(Connection.class);
            var fresh = writes.stream().filter(w -> w.value().getId() == null).toList();
            var kept = writes.stream().filter(w -> w.value().getId() != null).toList();
            update(em, connection, kept);
            insert(connection, fresh);
            Map<Long, Long> ids = ids(connection, writes.get(0).value(), fresh);
            cells(connection, writes, ids);
            audit(connection, writes);
        } catch (SQLException e) {
            throw new PersistenceException("Writing reported values failed", e);
        }
    }

    private static void update(EntityManager em, Connection connection, List<Write> kept) throws SQLException {
        if (kept.isEmpty()) {
            return;
        }
        try (var update = connection.prepareStatement(UPDATE_VALUE)) {
            for (Write write : kept) {
                int next = content(update, write);
                update.setLong(next, write.value().getId());
                update.setLong(next + 1, write.value().getVersion());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw EditConflict.against(em, "conflict.value", kept.get(i).subject(), null);
                }
            }
        }
        try (var delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM indicator_value_cell WHERE value_id IN (" + kept.stream()
                    .map(w -> w.value().getId().toString()).collect(Collectors.joining(",")) + ")");
        }
    }

    private static void insert(Connection connection, List<Write> fresh) throws SQLException {
        if (fresh.isEmpty()) {
            return;
        }
        try (var insert = connection.prepareStatement(INSERT_VALUE)) {
            for (Write write : fresh) {
                var value = write.value();
                int next = content(insert, write);
                insert.setLong(next, value.getIndicatorId());
                insert.setLong(next + 1, value.getPartnerId());
                insert.setInt(next + 2, value.quarter().year());
                insert.setInt(next + 3, value.quarter().quarter());
                insert.setString(next + 4, value.getApprovalState().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * The ids of the values written, by indicator, read back by the unique key (indicator, partner, quarter, state):
     * the ids a multi-row INSERT reports are only reckoned from the first, which interleaved auto-increment locking
     * (MySQL 8's default) does not promise.
     */
    private static Map<Long, Long> ids(Connection connection, ReportedValue any, List<Write> fresh) throws SQLException {
        Map<Long, Long> ids = new HashMap<>();
        if (fresh.isEmpty()) {
            return ids;
        }
        try (var select = connection.prepareStatement("SELECT indicator_id, id FROM indicator_value WHERE partner_id = ? "
                + "AND year = ? AND quarter = ? AND approval_state = ? AND indicator_id IN (" + fresh.stream()
                .map(w -> Long.toString(w.value().getIndicatorId())).collect(Collectors.joining(",")) + ")")) {
            select.setLong(1, any.getPartnerId());
            select.setInt(2, any.quarter().year());
            select.setInt(3, any.quarter().quarter());
            select.setString(4, any.getApprovalState().name());
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getLong(1), rows.getLong(2));
                }
            }
        }
        return ids;
    }

    private static void cells(Connection connection, List<Write> writes, Map<Long, Long> ids) throws SQLException {
        try (var numbers = connection.prepareStatement(INSERT_NUMBER_CELL);
             var ratios = connection.prepareStatement(INSERT_RATIO_CELL)) {
            int numberRows = 0;
            int ratioRows = 0;
            for (Write write : writes) {
                var value = write.value();
                long id = value.getId() != null ? value.getId() : ids.get(value.getIndicatorId());
                for (var cell : write.reading().cells().entrySet()) {
                    var figure = cell.getValue();
                    boolean ratio = figure.numerator() != null || figure.denominator() != null;
                    var insert = ratio ? ratios : numbers;
                    insert.setLong(1, id);
                    insert.setString(2, cell.getKey());
                    if (ratio) {
                        decimal(insert, 3, figure.numerator());
                        decimal(insert, 4, figure.denominator());
                    } else {
                        decimal(insert, 3, figure.value());
                    }
                    add(insert, ratio ? ++ratioRows : ++numberRows);
                }
            }
            numbers.executeBatch();
            ratios.executeBatch();
        }
    }

    private static void audit(Connection connection, List<Write> writes) throws SQLException {
        try (var insert = connection.prepareStatement(ReportedValueChange.INSERT)) {
            long chars = 0;
            for (Write write : writes) {
                write.audit().bind(insert);
                insert.addBatch();
                chars += write.audit().textLength();
                if (chars >= AUDIT_BATCH_CHARS) {
                    insert.executeBatch();
                    chars = 0;
                }
            }
            insert.executeBatch();
        }
    }

    /** Adds the statement's parameters as the batch's {@code rows}th row, sending the batch every {@link #BATCH} rows. */
    private static void add(PreparedStatement statement, int rows) throws SQLException {
        statement.addBatch();
        if (rows % BATCH == 0) {
            statement.executeBatch();
        }
    }

    /** Sets a value's content, the first eleven parameters of its INSERT and UPDATE; answers the next parameter's index. */
    private static int content(PreparedStatement statement, Write write) throws SQLException {
        var value = write.value();
        var reading = write.reading();
        decimal(statement, 1, reading.total().value());
        decimal(statement, 2, reading.total().numerator());
        decimal(statement, 3, reading.total().denominator());
        statement.setString(4, reading.text());
        decimal(statement, 5, reading.score());
        statement.setBoolean(6, reading.fullyDisaggregated());
        statement.setString(7, reading.comment());
        statement.setString(8, value.getEnteredBy());
        statement.setBoolean(9, value.isEnteredOnBehalf());
        statement.setString(10, value.getLastChange().username());
        statement.setObject(11, LocalDateTime.ofInstant(value.getLastChange().at(), ZoneOffset.UTC));
        return 12;
    }

    private static void decimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, value);
        }
    }
}
