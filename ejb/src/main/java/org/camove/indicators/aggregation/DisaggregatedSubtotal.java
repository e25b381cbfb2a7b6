package org.camove.indicators.aggregation;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of one category option ({SEX=F}) or one cell of the cross-tab ({SEX=F, AGE=18-35}),
 * derived from the cells partners entered, aggregated over time and across partners by the same rules as
 * the indicator's totals.
 */
public record DisaggregatedSubtotal(OptionCombination options, SortedMap<Quarter, Actual> actualByPeriod,
                                    Actual totalToDate) {

    public DisaggregatedSubtotal {
        Objects.requireNonNull(options, "options");
        actualByPeriod = Collections.unmodifiableSortedMap(new TreeMap<>(actualByPeriod));
    }

    /** The actual of one quarter, or null when none. */
    public Actual actualIn(Quarter quarter) {
        return actualByPeriod.get(quarter);
    }
}
