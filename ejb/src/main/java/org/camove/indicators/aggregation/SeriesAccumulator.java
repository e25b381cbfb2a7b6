package org.camove.indicators.aggregation;

import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The scope's per-quarter actuals and total to date of one series (the indicator's totals, or one
 * disaggregation subtotal), built up one partner at a time: each partner's series is reduced by the time
 * rule first, then combined with the others by the partner rule. Holds one accumulator per quarter of the
 * range, whatever the number of partners or values.
 */
final class SeriesAccumulator {

    private final OverTime overTime;
    private final List<Quarter> quarters;
    private final Supplier<AcrossPartners> newCombination;
    private final SortedMap<Quarter, AcrossPartners> perPeriod = new TreeMap<>();
    private final AcrossPartners toDate;

    SeriesAccumulator(OverTime overTime, List<Quarter> quarters, Supplier<AcrossPartners> newCombination) {
        this.overTime = Objects.requireNonNull(overTime, "overTime");
        this.quarters = Objects.requireNonNull(quarters, "quarters");
        this.newCombination = Objects.requireNonNull(newCombination, "newCombination");
        this.toDate = newCombination.get();
    }

    void addPartner(NavigableMap<Quarter, Measurement> series) {
        if (series.isEmpty()) {
            return;
        }
        for (Quarter quarter : quarters) {
            Measurement measurement = overTime.valueIn(series, quarter);
            if (measurement != null) {
                perPeriod.computeIfAbsent(quarter, q -> newCombination.get()).add(measurement);
            }
        }
        Measurement total = overTime.totalToDate(series);
        if (total != null) {
            toDate.add(total);
        }
    }

    SortedMap<Quarter, Actual> actualByPeriod() {
        SortedMap<Quarter, Actual> actuals = new TreeMap<>();
        perPeriod.forEach((quarter, combination) -> {
            Actual actual = combination.result();
            if (actual != null) {
                actuals.put(quarter, actual);
            }
        });
        return actuals;
    }

    Actual totalToDate() {
        return toDate.result();
    }
}
