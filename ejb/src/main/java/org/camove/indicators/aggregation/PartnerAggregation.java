package org.camove.indicators.aggregation;

/**
 * How partners' (or locations') figures make the figure of a country or of the whole programme.
 * Percentage indicators always pool, Σnumerator / Σdenominator: {@link #POOLED} says so explicitly, and
 * the engine pools a percentage whatever rule older data carries.
 */
public enum PartnerAggregation {
    /** Partners reach different people: their figures add up. */
    SUM,
    /** The mean over the partners that have a figure. */
    AVERAGE,
    /** The highest partner's figure. */
    MAX,
    /** Σnumerator / Σdenominator: the only rule for percentages, and only for them. */
    POOLED
}
