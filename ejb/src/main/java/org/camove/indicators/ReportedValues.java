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
import org.camove.logframe.TimeAggregation;

/**
 * The feed of the aggregation engine: an indicator's values and their cells, one row per cell, ordered
 * partner by partner and quarter by quarter, turned back into one {@link PeriodValue} per stored value.
 */
final class ReportedValues {

    private static final String SELECT = "SELECT v.id, v.partner_id, v.year, v.quarter, v.approval_state, v.value, "
            + "v.numerator, v.denominator, v.text_value, v.score, v.fully_disaggregated, "
            + "c.option_key, c.value, c.numerator, c.denominator "
            + "FROM indicator_value v LEFT JOIN indicator_value_cell c ON c.value_id = v.id "
            + "WHERE v.indicator_id = ?1 AND v.period_index <= ?2";

    private ReportedValues() {
    }

    /** One row of the feed: a stored value, with one of its cells (or none). */
    record Row(long valueId, PartnerId partner, Quarter quarter, ApprovalState state, BigDecimal value,
               BigDecimal numerator, BigDecimal denominator, String text, BigDecimal score, boolean fullyDisaggregated,
               String optionKey, BigDecimal cellValue, BigDecimal cellNumerator, BigDecimal cellDenominator) {

        static Row of(Object[] r) {
            return new Row(((Number) r[0]).longValue(), PartnerId.of(((Number) r[1]).longValue()),
                    Quarter.of(((Number) r[2]).intValue(), ((Number) r[3]).intValue()),
                    ApprovalState.valueOf((String) r[4]), (BigDecimal) r[5], (BigDecimal) r[6], (BigDecimal) r[7],
                    (String) r[8], (BigDecimal) r[9], isTrue(r[10]),
                    (String) r[11], (BigDecimal) r[12], (BigDecimal) r[13], (BigDecimal) r[14]);
        }

        private static boolean isTrue(Object flag) {
            return flag instanceof Boolean b ? b : ((Number) flag).intValue() != 0;
        }
    }

    static Stream<Row> rows(EntityManager em, long indicatorId, IndicatorRules rules, Scope scope) {
        var sql = new StringBuilder(SELECT);
        // a running total carries in from before the range; other rules only look inside it
        boolean fromRangeStart = rules.effectiveOverTime() != TimeAggregation.CUMULATIVE;
        if (fromRangeStart) {
            sql.append(" AND v.period_index >= ?3");
        }
        if (!scope.includePending()) {
            sql.append(" AND v.approval_state = 'APPROVED'");
        }
        if (!scope.wholeProgramme()) {
            sql.append(scope.partners().isEmpty() ? " AND 1 = 0" : " AND v.partner_id IN ("
                    + scope.partners().stream().map(p -> Long.toString(p.value())).collect(Collectors.joining(",")) + ")");
        }
        sql.append(" ORDER BY v.partner_id, v.period_index, v.approval_state, v.id, c.option_key");
        var query = em.createNativeQuery(sql.toString())
                .setParameter(1, indicatorId)
                .setParameter(2, index(scope.periods().to()));
        if (fromRangeStart) {
            query.setParameter(3, index(scope.periods().from()));
        }
        @SuppressWarnings("unchecked")
        Stream<Object[]> result = query.getResultStream();
        return result.map(Row::of);
    }

    /** Groups consecutive rows of one stored value (one per cell) into the value the engine reads. */
    static Iterator<PeriodValue> periodValues(Iterator<Row> rows, IndicatorRules rules) {
        return new Iterator<>() {
            private Row next = rows.hasNext() ? rows.next() : null;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public PeriodValue next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Row first = next;
                Map<OptionCombination, Measurement> cells = new TreeMap<>();
                do {
                    if (next.optionKey() != null) {
                        cells.put(combination(next.optionKey()), cell(next, rules.measureType()));
                    }
                    next = rows.hasNext() ? rows.next() : null;
                } while (next != null && next.valueId() == first.valueId());
                PeriodValue value = total(first, rules.measureType());
                if (cells.isEmpty()) {
                    return value;
                }
                return first.fullyDisaggregated() ? value.withFullBreakdown(cells) : value.withPartialBreakdown(cells);
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

    private static int index(Quarter quarter) {
        return quarter.year() * 4 + quarter.quarter() - 1;
    }
}
