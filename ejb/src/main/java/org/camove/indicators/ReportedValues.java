package org.camove.indicators;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camove.indicators.aggregation.ApprovalState;
import org.camove.indicators.aggregation.IndicatorRules;
import org.camove.indicators.aggregation.Measurement;
import org.camove.indicators.aggregation.OptionCombination;
import org.camove.indicators.aggregation.PartnerId;
import org.camove.indicators.aggregation.PeriodValue;
import org.camove.indicators.aggregation.Quantity;
import org.camove.indicators.aggregation.Quarter;
import org.camove.indicators.aggregation.Ratio;
import org.camove.indicators.aggregation.Scope;
import org.camove.logframe.MeasureType;

/**
 * The feed of the aggregation engine: an indicator's values and their cells, one row per cell, ordered
 * partner by partner and quarter by quarter, turned back into one {@link PeriodValue} per stored value.
 */
final class ReportedValues {

    private static final String SELECT = "SELECT v.indicator_id, v.id, v.partner_id, v.year, v.quarter, "
            + "v.approval_state, v.value, v.numerator, v.denominator, v.text_value, v.score, v.fully_disaggregated, "
            + "c.option_key, c.value, c.numerator, c.denominator "
            // read in the feed index's own order, so the database sorts nothing (it would otherwise start
            // from the indicators and sort every joined cell row, text included, before sending the first)
            + "FROM indicator_value v FORCE INDEX (ix_indicator_value_feed) JOIN indicator i ON i.id = v.indicator_id "
            + "LEFT JOIN indicator_value_cell c ON c.value_id = v.id "
            // a running total carries in from before the range; other rules only look inside it
            + "WHERE v.period_index <= ? AND (v.period_index >= ? OR i.time_aggregation = 'CUMULATIVE')";

    private ReportedValues() {
    }

    /** A value and the indicator it belongs to. */
    record IndicatorValue(long indicatorId, PeriodValue value) {
    }

    /** One row of the feed: a stored value, with one of its cells (or none). */
    record Row(long indicatorId, long valueId, PartnerId partner, Quarter quarter, ApprovalState state, BigDecimal value,
               BigDecimal numerator, BigDecimal denominator, String text, BigDecimal score, boolean fullyDisaggregated,
               String optionKey, BigDecimal cellValue, BigDecimal cellNumerator, BigDecimal cellDenominator) {

        static Row of(ResultSet r) throws SQLException {
            return new Row(r.getLong(1), r.getLong(2), PartnerId.of(r.getLong(3)), Quarter.of(r.getInt(4), r.getInt(5)),
                    ApprovalState.valueOf(r.getString(6)), r.getBigDecimal(7), r.getBigDecimal(8), r.getBigDecimal(9),
                    r.getString(10), r.getBigDecimal(11), r.getBoolean(12),
                    r.getString(13), r.getBigDecimal(14), r.getBigDecimal(15), r.getBigDecimal(16));
        }
    }

    /** The values of the given indicators (a comma-separated list of ids) that the scope needs. */
    static Stream<Row> rows(EntityManager em, String indicatorIds, Scope scope) {
        var sql = new StringBuilder(SELECT).append(" AND v.indicator_id IN (").append(indicatorIds).append(')');
        if (!scope.includePending()) {
            sql.append(" AND v.approval_state = 'APPROVED'");
        }
        if (!scope.wholeProgramme()) {
            sql.append(scope.partners().isEmpty() ? " AND 1 = 0" : " AND v.partner_id IN ("
                    + scope.partners().stream().map(p -> Long.toString(p.value())).collect(Collectors.joining(",")) + ")");
        }
        // a value's cells go into a sorted map and a partner's values into its series in any order: what matters
        // is that one partner's rows, and one value's cells, come together
        sql.append(" ORDER BY v.indicator_id, v.partner_id, v.period_index, v.id");
        return stream(em.unwrap(Connection.class), sql.toString(), scope.periods().to().periodIndex(),
                scope.periods().from().periodIndex());
    }

    /**
     * Rows as the database sends them, one at a time, on the persistence context's own connection (so they
     * see its transaction). Plain JDBC because EclipseLink's getResultStream() is getResultList().stream(),
     * and Connector/J reads a whole result into memory unless the fetch size is Integer.MIN_VALUE: a large
     * programme's values would otherwise sit in the heap all at once. The connection runs no other statement
     * until the stream is closed.
     */
    private static Stream<Row> stream(Connection connection, String sql, int to, int from) {
        try {
            PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            try {
                statement.setFetchSize(Integer.MIN_VALUE);
                statement.setInt(1, to);
                statement.setInt(2, from);
                ResultSet result = statement.executeQuery();
                return StreamSupport.stream(new Spliterators.AbstractSpliterator<Row>(Long.MAX_VALUE, Spliterator.ORDERED) {
                    @Override
                    public boolean tryAdvance(Consumer<? super Row> action) {
                        try {
                            if (!result.next()) {
                                return false;
                            }
                            action.accept(Row.of(result));
                            return true;
                        } catch (SQLException e) {
                            throw new PersistenceException(e);
                        }
                    }
                }, false).onClose(() -> close(statement));
            } catch (SQLException | RuntimeException e) {
                close(statement);
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private static void close(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** Groups consecutive rows of one stored value (one per cell) into the value the engine reads. */
    static Iterator<IndicatorValue> periodValues(Iterator<Row> rows, Map<Long, IndicatorRules> rulesByIndicator) {
        return new Iterator<>() {
            private Row next = rows.hasNext() ? rows.next() : null;
            // a programme has a few dozen cross-tab cells and hundreds of thousands of cell rows: parse each key once
            private final Map<String, OptionCombination> combinations = new HashMap<>();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public IndicatorValue next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Row first = next;
                IndicatorRules rules = rulesByIndicator.get(first.indicatorId());
                Map<OptionCombination, Measurement> cells = new TreeMap<>();
                do {
                    if (next.optionKey() != null) {
                        cells.put(combinations.computeIfAbsent(next.optionKey(), ReportedValues::combination),
                                cell(next, rules.measureType()));
                    }
                    next = rows.hasNext() ? rows.next() : null;
                } while (next != null && next.valueId() == first.valueId());
                PeriodValue value = total(first, rules.measureType());
                if (!cells.isEmpty()) {
                    value = first.fullyDisaggregated() ? value.withFullBreakdown(cells) : value.withPartialBreakdown(cells);
                }
                return new IndicatorValue(first.indicatorId(), value);
            }
        };
    }

    private static PeriodValue total(Row row, MeasureType measure) {
        return switch (measure) {
            case NUMBER -> PeriodValue.number(row.partner(), row.quarter(), row.state(), required(row.value(), row));
            case PERCENTAGE -> PeriodValue.percentage(row.partner(), row.quarter(), row.state(),
                    required(row.numerator(), row), required(row.denominator(), row));
            case YES_NO -> PeriodValue.milestone(row.partner(), row.quarter(), row.state(),
                    required(row.value(), row).signum() != 0);
            case QUALITATIVE -> PeriodValue.qualitative(row.partner(), row.quarter(), row.state(), row.text(), row.score());
        };
    }

    private static Measurement cell(Row row, MeasureType measure) {
        return measure == MeasureType.PERCENTAGE
                ? new Ratio(required(row.cellNumerator(), row), required(row.cellDenominator(), row))
                : new Quantity(required(row.cellValue(), row));
    }

    private static BigDecimal required(BigDecimal number, Row row) {
        if (number == null) {
            throw new IllegalStateException("Stored value " + row.valueId() + " lacks a figure its measure type needs");
        }
        return number;
    }

    /** "AGE=18-35;SEX=F" as stored in indicator_value_cell.option_key. */
    static OptionCombination combination(String optionKey) {
        Map<String, String> options = new TreeMap<>();
        Arrays.stream(optionKey.split(";")).map(pair -> pair.split("=", 2))
                .forEach(pair -> options.put(pair[0], pair[1]));
        return OptionCombination.of(options);
    }
}
