package org.camove.indicators.aggregation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.camove.logframe.TimeAggregation;

/** Raises the flags a reviewer should see about one partner's counted values in the range. */
final class QualityFlags {

    private QualityFlags() {
    }

    static List<Flag> of(PartnerId partner, NavigableMap<Quarter, PeriodValue> counted, IndicatorRules rules,
                         PeriodRange range) {
        List<Flag> flags = new ArrayList<>();
        if (rules.effectiveOverTime() == TimeAggregation.CUMULATIVE) {
            flags.addAll(cumulativeDecreases(partner, counted, range));
        }
        if (rules.isDisaggregated()) {
            for (PeriodValue value : counted.subMap(range.from(), true, range.to(), true).values()) {
                if (!value.fullyDisaggregated()) {
                    flags.add(new Flag(Flag.Kind.PARTIALLY_DISAGGREGATED, partner, value.quarter()));
                } else if (!addsUp(value)) {
                    flags.add(new Flag(Flag.Kind.BREAKDOWN_DOES_NOT_ADD_UP, partner, value.quarter()));
                }
            }
        }
        return flags;
    }

    /** Compared with the partner's previous counted value, which may lie before the range. */
    private static List<Flag> cumulativeDecreases(PartnerId partner, NavigableMap<Quarter, PeriodValue> counted,
                                                  PeriodRange range) {
        List<Flag> flags = new ArrayList<>();
        Measurement previous = null;
        for (Map.Entry<Quarter, PeriodValue> entry : counted.entrySet()) {
            Measurement current = entry.getValue().total();
            if (previous != null && range.contains(entry.getKey()) && isLower(current, previous)) {
                flags.add(new Flag(Flag.Kind.CUMULATIVE_DECREASE, partner, entry.getKey()));
            }
            previous = current;
        }
        return flags;
    }

    private static boolean isLower(Measurement current, Measurement previous) {
        if (current instanceof Quantity now && previous instanceof Quantity before) {
            return now.value().compareTo(before.value()) < 0;
        }
        Ratio now = (Ratio) current;
        Ratio before = (Ratio) previous;
        // Both parts of a cumulative percentage are running totals.
        return now.numerator().compareTo(before.numerator()) < 0 || now.denominator().compareTo(before.denominator()) < 0;
    }

    private static boolean addsUp(PeriodValue value) {
        Measurement sum = null;
        for (Measurement cell : value.cells().values()) {
            sum = sum == null ? cell : OverTime.plus(sum, cell);
        }
        if (sum instanceof Quantity cells) {
            return cells.value().compareTo(((Quantity) value.total()).value()) == 0;
        }
        Ratio cells = (Ratio) sum;
        Ratio total = (Ratio) value.total();
        return cells.numerator().compareTo(total.numerator()) == 0
                && cells.denominator().compareTo(total.denominator()) == 0;
    }
}
