package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;

/** Short names for the values the rule tests are written in. */
final class Fixtures {

    static final PartnerId A = PartnerId.of(1);
    static final PartnerId B = PartnerId.of(2);
    static final PartnerId C = PartnerId.of(3);

    private static final AggregationEngine ENGINE = new AggregationEngine();

    private Fixtures() {
    }

    static Quarter q(String quarter) {
        return Quarter.parse(quarter);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static BigDecimal dec(long value) {
        return BigDecimal.valueOf(value);
    }

    static PeriodRange range(String from, String to) {
        return PeriodRange.parse(from, to);
    }

    static IndicatorRules number(TimeAggregation overTime, PartnerAggregation acrossPartners) {
        return IndicatorRules.of(MeasureType.NUMBER, overTime, acrossPartners);
    }

    static IndicatorRules percentage(TimeAggregation overTime) {
        return IndicatorRules.of(MeasureType.PERCENTAGE, overTime, PartnerAggregation.SUM);
    }

    static PeriodValue approved(PartnerId partner, String quarter, long value) {
        return PeriodValue.number(partner, q(quarter), ApprovalState.APPROVED, dec(value));
    }

    static PeriodValue pending(PartnerId partner, String quarter, long value) {
        return PeriodValue.number(partner, q(quarter), ApprovalState.PENDING, dec(value));
    }

    static PeriodValue approvedRatio(PartnerId partner, String quarter, long numerator, long denominator) {
        return PeriodValue.percentage(partner, q(quarter), ApprovalState.APPROVED, dec(numerator), dec(denominator));
    }

    /** Cells as alternating combinations and numbers: cells(F_0_17, 2, M_0_17, 3). */
    static Map<OptionCombination, Measurement> cells(Object... combinationsAndValues) {
        Map<OptionCombination, Measurement> cells = new LinkedHashMap<>();
        for (int i = 0; i < combinationsAndValues.length; i += 2) {
            Object value = combinationsAndValues[i + 1];
            cells.put((OptionCombination) combinationsAndValues[i],
                    value instanceof Measurement m ? m : Quantity.of(((Number) value).longValue()));
        }
        return cells;
    }

    static IndicatorResult aggregate(IndicatorRules rules, Scope scope, PeriodValue... values) {
        return ENGINE.aggregateInAnyOrder(rules, scope, Arrays.asList(values));
    }

    static BigDecimal total(IndicatorResult result) {
        return result.totalToDate() == null ? null : result.totalToDate().value();
    }

    static BigDecimal actualIn(IndicatorResult result, String quarter) {
        Actual actual = result.period(q(quarter)).actual();
        return actual == null ? null : actual.value();
    }
}
