package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One partner's value of one indicator for one quarter, as the engine reads it: the total as entered,
 * and the disaggregation cells at the most detailed level (the indicator's full cross-tab) when there are
 * any. {@code fullyDisaggregated} says the cells are the complete breakdown of the total; a total entered
 * without one is allowed, counts in the totals and is flagged.
 *
 * <p>The engine never reads stored running sums: a cumulative indicator's totals come from these values
 * alone, which is why editing an earlier quarter cannot leave a later total stale.
 */
public record PeriodValue(PartnerId partner, Quarter quarter, ApprovalState state, Measurement total,
                          SortedMap<OptionCombination, Measurement> cells, boolean fullyDisaggregated) {

    public PeriodValue {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(cells, "cells");
        cells.forEach((combination, cell) -> Objects.requireNonNull(cell, "cell " + combination));
        if (fullyDisaggregated && cells.isEmpty()) {
            throw new IllegalArgumentException("A full breakdown needs cells (" + partner + ", " + quarter + ")");
        }
        cells = Collections.unmodifiableSortedMap(new TreeMap<>(cells));
    }

    public static PeriodValue number(PartnerId partner, Quarter quarter, ApprovalState state, BigDecimal value) {
        return new PeriodValue(partner, quarter, state, new Quantity(value), new TreeMap<>(), false);
    }

    public static PeriodValue percentage(PartnerId partner, Quarter quarter, ApprovalState state,
                                         BigDecimal numerator, BigDecimal denominator) {
        return new PeriodValue(partner, quarter, state, new Ratio(numerator, denominator), new TreeMap<>(), false);
    }

    public static PeriodValue milestone(PartnerId partner, Quarter quarter, ApprovalState state, boolean reached) {
        return new PeriodValue(partner, quarter, state, new Quantity(reached ? BigDecimal.ONE : BigDecimal.ZERO),
                new TreeMap<>(), false);
    }

    public static PeriodValue qualitative(PartnerId partner, Quarter quarter, ApprovalState state,
                                          String text, BigDecimal score) {
        return new PeriodValue(partner, quarter, state, new Narrative(text, score), new TreeMap<>(), false);
    }

    /** The same total with cells that add up to it. */
    public PeriodValue withFullBreakdown(Map<OptionCombination, ? extends Measurement> breakdown) {
        return new PeriodValue(partner, quarter, state, total, new TreeMap<>(breakdown), true);
    }

    /** The same total with the cells that are known; the rest of the total has no breakdown. */
    public PeriodValue withPartialBreakdown(Map<OptionCombination, ? extends Measurement> breakdown) {
        return new PeriodValue(partner, quarter, state, total, new TreeMap<>(breakdown), false);
    }

    public boolean isApproved() {
        return state == ApprovalState.APPROVED;
    }
}
