package org.camove.indicators.aggregation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The quarters a view covers, both ends included (e.g. 2025-Q1 to 2026-Q2). */
public record PeriodRange(Quarter from, Quarter to) {

    public PeriodRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A period range cannot start (" + from + ") after it ends (" + to + ")");
        }
    }

    public static PeriodRange of(Quarter from, Quarter to) {
        return new PeriodRange(from, to);
    }

    /** E.g. {@code PeriodRange.parse("2026-Q1", "2026-Q4")}. */
    public static PeriodRange parse(String from, String to) {
        return new PeriodRange(Quarter.parse(from), Quarter.parse(to));
    }

    public static PeriodRange single(Quarter quarter) {
        return new PeriodRange(quarter, quarter);
    }

    public boolean contains(Quarter quarter) {
        return !quarter.isBefore(from) && !quarter.isAfter(to);
    }

    /** Every quarter of the range, oldest first. */
    public List<Quarter> quarters() {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = from; !q.isAfter(to); q = q.next()) {
            quarters.add(q);
        }
        return List.copyOf(quarters);
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
