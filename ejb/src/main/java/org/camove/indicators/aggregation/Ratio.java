package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage as it is stored: numerator and denominator. Keeping both is what lets partners' and
 * periods' percentages be pooled (Σnumerator / Σdenominator) instead of wrongly averaged.
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) implements Measurement {

    public Ratio {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** Percentage points (e.g. 62.5), or null when the denominator is zero: no value, not an error. */
    public BigDecimal percent() {
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(Precision.HUNDRED).divide(denominator, Precision.DIVISION);
    }

    Ratio plus(Ratio other) {
        return new Ratio(numerator.add(other.numerator), denominator.add(other.denominator));
    }
}
