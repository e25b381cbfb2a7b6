package org.camove.indicators;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
            + "FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
            + "LEFT JOIN indicator_value_cell c ON c.value_id = v.id "
            // a running total carries in from before the range; other rules only look inside it
            + "WHERE v.period_index <= ?1 AND (v.period_index >= ?2 OR i.time_aggregation = 'CUMULATIVE')";

    private ReportedValues() {
    }

    /** A value and the indicator it belongs to. */
    record IndicatorValue(long indicatorId, PeriodValue value) {
    }

    /** One row of the feed: a stored value, with one of its cells (or none). */
    record Row(long indicatorId, long valueId, PartnerId partner, Quarter quarter, ApprovalState state, BigDecimal value,
               BigDecimal numerator, BigDecimal denominator, String text, BigDecimal score, boolean fullyDisaggregated,
               String optionKey, BigDecimal cellValue, BigDecimal cellNumerator, BigDecimal cellDenominator) {

        static Row of(Object[] r) {
            return new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    PartnerId.of(((Number) r[2]).longValue()),
                    Quarter.of(((Number) r[3]).intValue(), ((Number) r[4]).intValue()),
                    ApprovalState.valueOf((String) r[5]), (BigDecimal) r[6], (BigDecimal) r[7], (BigDecimal) r[8],
                    (String) r[9], (BigDecimal) r[10], isTrue(r[11]),
                    (String) r[12], (BigDecimal) r[13], (BigDecimal) r[14], (BigDecimal) r[15]);
        }

        private static boolean isTrue(Object flag) {
            return flag instanceof Boolean b ? b : ((Number) flag).intValue() != 0;
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
        sql.append(" ORDER BY v.indicator_id, v.partner_id, v.period_index, v.approval_state, v.id, c.option_key");
        @SuppressWarnings("unchecked")
        Stream<Object[]> result = em.createNativeQuery(sql.toString())
                .setParameter(1, scope.periods().to().periodIndex())
                .setParameter(2, scope.periods().from().periodIndex())
                .getResultStream();
        return result.map(Row::of);
    }

    /** Groups consecutive rows of one stored value (one per cell) into the value the engine reads. */
    static Iterator<IndicatorValue> periodValues(Iterator<Row> rows, Map<Long, IndicatorRules> rulesByIndicator) {
        return new Iterator<>() {
            private Row next = rows.hasNext() ? rows.next() : null;

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
                        cells.put(combination(next.optionKey()), cell(next, rules.measureType()));
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
