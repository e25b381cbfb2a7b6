package org.camove.indicators.aggregation;

/**
 * How partners' (or locations') figures make the figure of a country or of the whole programme.
 * Percentage indicators ignore it: they always pool, Σnumerator / Σdenominator.
 */
public enum PartnerAggregation {
    /** Partners reach different people: their figures add up. */
    SUM,
    /** The mean over the partners that have a figure. */
    AVERAGE,
    /** The highest partner's figure. */
    MAX
}
