package org.camove.indicators.aggregation;

/**
 * What a partner reported for one period, in the shape its measure type requires:
 * {@link Quantity} for {@code NUMBER} and {@code YES_NO} (0 or 1), {@link Ratio} for {@code PERCENTAGE},
 * {@link Narrative} for {@code QUALITATIVE}.
 */
public sealed interface Measurement permits Quantity, Ratio, Narrative {
}
