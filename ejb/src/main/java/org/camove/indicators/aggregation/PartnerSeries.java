package org.camove.indicators.aggregation;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The values of one partner that count in a scope, at most one per quarter: pending values are dropped
 * unless the scope includes them, values after the range are dropped, and values before the range are kept
 * only where a running total carries into the range — and then only the latest one. Its size is therefore
 * bounded by the quarters of the range, however much history the feed sends.
 */
final class PartnerSeries {

    private final PartnerId partner;
    private final Scope scope;
    private final boolean keepsLatestBeforeRange;
    private final NavigableMap<Quarter, PeriodValue> counted = new TreeMap<>();

    PartnerSeries(PartnerId partner, Scope scope, boolean keepsLatestBeforeRange) {
        this.partner = Objects.requireNonNull(partner, "partner");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.keepsLatestBeforeRange = keepsLatestBeforeRange;
    }

    PartnerId partner() {
        return partner;
    }

    void offer(PeriodValue value) {
        if (!value.partner().equals(partner)) {
            throw new IllegalArgumentException(value.partner() + "'s value offered to " + partner + "'s series");
        }
        PeriodRange range = scope.periods();
        if (!value.isApproved() && !scope.includePending()) {
            return;
        }
        if (value.quarter().isAfter(range.to())) {
            return;
        }
        if (value.quarter().isBefore(range.from()) && !keepsLatestBeforeRange) {
            return;
        }
        PeriodValue existing = counted.get(value.quarter());
        if (existing == null) {
            counted.put(value.quarter(), value);
        } else if (existing.state() == value.state()) {
            throw new IllegalArgumentException("Two " + value.state() + " values for " + partner + " in "
                    + value.quarter() + ": the feed must send one value per partner, quarter and state");
        } else if (!value.isApproved()) {
            // Seen only when pending values are asked for: a submitted revision is newer than the approved figure.
            counted.put(value.quarter(), value);
        }
        forgetOlderHistory(range);
    }

    private void forgetOlderHistory(PeriodRange range) {
        NavigableMap<Quarter, PeriodValue> beforeRange = counted.headMap(range.from(), false);
        while (beforeRange.size() > 1) {
            beforeRange.pollFirstEntry();
        }
    }

    /** Counted values by quarter, oldest first; may start with one value before the range (see class comment). */
    NavigableMap<Quarter, PeriodValue> counted() {
        return Collections.unmodifiableNavigableMap(counted);
    }
}
