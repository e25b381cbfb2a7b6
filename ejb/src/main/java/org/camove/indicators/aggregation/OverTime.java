package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import org.camove.logframe.TimeAggregation;

/**
 * Applies an indicator's time rule to one partner's series of quarterly measurements (or to the series of
 * one of its disaggregation cells). Percentages get the rule applied to numerators and denominators, never
 * to percentages.
 */
final class OverTime {

    private final TimeAggregation rule;
    private final PeriodRange range;

    OverTime(TimeAggregation rule, PeriodRange range) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.range = Objects.requireNonNull(range, "range");
    }

    /**
     * A cumulative value is the partner's running total since the programme started, so a partner that
     * reported nothing in a quarter — or nothing yet in the range — still stands at its latest earlier value.
     */
    boolean carriesForward() {
        return rule == TimeAggregation.CUMULATIVE;
    }

    /** The partner's measurement for one quarter, or null. */
    Measurement valueIn(NavigableMap<Quarter, Measurement> series, Quarter quarter) {
        if (carriesForward()) {
            Map.Entry<Quarter, Measurement> latest = series.floorEntry(quarter);
            return latest == null ? null : latest.getValue();
        }
        return series.get(quarter);
    }

    /** The partner's total to date over the range, or null when nothing counts. */
    Measurement totalToDate(NavigableMap<Quarter, Measurement> series) {
        if (carriesForward()) {
            // The latest running total, never a sum of running totals.
            return valueIn(series, range.to());
        }
        NavigableMap<Quarter, Measurement> inRange = series.subMap(range.from(), true, range.to(), true);
        if (inRange.isEmpty()) {
            return null;
        }
        switch (rule) {
            case SUM:
                return sum(inRange.values());
            case LATEST:
                return inRange.lastEntry().getValue();
            case MAX:
                return highest(inRange.values());
            case AVERAGE:
                return average(inRange.values());
            default:
                throw new IllegalStateException("Unhandled time aggregation " + rule);
        }
    }

    private static Measurement sum(Collection<Measurement> measurements) {
        Measurement total = null;
        for (Measurement m : measurements) {
            total = total == null ? m : plus(total, m);
        }
        return total;
    }

    static Measurement plus(Measurement a, Measurement b) {
        if (a instanceof Quantity qa && b instanceof Quantity qb) {
            return qa.plus(qb);
        }
        if (a instanceof Ratio ra && b instanceof Ratio rb) {
            return ra.plus(rb);
        }
        throw new IllegalArgumentException("Cannot add " + a + " and " + b);
    }

    /**
     * For a percentage, the quarter with the highest percentage, numerator and denominator together: taking
     * the highest numerator and the highest denominator from different quarters would give a rate no quarter had.
     * On ties the later quarter wins, so the answer does not depend on input order.
     */
    private static Measurement highest(Collection<Measurement> measurements) {
        Measurement highest = null;
        for (Measurement m : measurements) {
            if (highest == null || rank(m).compareTo(rank(highest)) >= 0) {
                highest = m;
            }
        }
        return highest;
    }

    private static BigDecimal rank(Measurement m) {
        if (m instanceof Quantity quantity) {
            return quantity.value();
        }
        BigDecimal percent = ((Ratio) m).percent();
        // A quarter with a zero denominator has no percentage: it never beats one that has.
        return percent == null ? BigDecimal.valueOf(Long.MIN_VALUE) : percent;
    }

    /** Over the quarters that have a value; for percentages, the mean numerator over the mean denominator. */
    private static Measurement average(Collection<Measurement> measurements) {
        BigDecimal count = BigDecimal.valueOf(measurements.size());
        Measurement total = sum(measurements);
        if (total instanceof Quantity quantity) {
            return new Quantity(quantity.value().divide(count, Precision.DIVISION));
        }
        Ratio ratio = (Ratio) total;
        return new Ratio(ratio.numerator().divide(count, Precision.DIVISION),
                ratio.denominator().divide(count, Precision.DIVISION));
    }
}
