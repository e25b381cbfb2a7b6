package org.camove.indicators.aggregation;

import java.util.Comparator;
import java.util.Objects;

/** Something a reviewer should look at in the values behind a result: what, whose and when. */
public record Flag(Kind kind, PartnerId partner, Quarter quarter) implements Comparable<Flag> {

    private static final Comparator<Flag> ORDER = Comparator.comparing(Flag::kind)
            .thenComparing(Flag::partner)
            .thenComparing(Flag::quarter);

    public enum Kind {
        /** A cumulative value lower than the same partner's previous one; it is still used. */
        CUMULATIVE_DECREASE,
        /**
         * A total entered without a full breakdown: the total counts in totals, the cells it has (if any) in
         * subtotals, so subtotals may add up to less than the total.
         */
        PARTIALLY_DISAGGREGATED,
        /** Cells said to be the full breakdown do not add up to the entered total; the total is used. */
        BREAKDOWN_DOES_NOT_ADD_UP
    }

    public Flag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(quarter, "quarter");
    }

    @Override
    public int compareTo(Flag other) {
        return ORDER.compare(this, other);
    }
}
