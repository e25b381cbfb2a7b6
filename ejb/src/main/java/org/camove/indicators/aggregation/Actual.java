package org.camove.indicators.aggregation;

import java.math.BigDecimal;

/**
 * An aggregated actual. {@code value} is the figure to show: a number, or for percentages the percentage
 * points computed from the pooled {@code numerator} and {@code denominator} (which are null for numbers).
 * {@code value} is null when a percentage's denominator is zero: there is no value, and no error either.
 */
public record Actual(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

    public Actual {
        if ((numerator == null) != (denominator == null)) {
            throw new IllegalArgumentException("A percentage needs both numerator and denominator");
        }
        if (numerator == null && value == null) {
            throw new IllegalArgumentException("A number needs a value");
        }
    }

    public static Actual of(BigDecimal value) {
        return new Actual(value, null, null);
    }

    public static Actual of(Ratio ratio) {
        return new Actual(ratio.percent(), ratio.numerator(), ratio.denominator());
    }

    public boolean hasValue() {
        return value != null;
    }

    public boolean isPercentage() {
        return numerator != null;
    }
}
