package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Where the indicator stood before the programme: reported as is, never added to actuals. */
public record Baseline(BigDecimal value, LocalDate date, String source) {

    public Baseline {
        Objects.requireNonNull(value, "value");
    }

    public static Baseline of(BigDecimal value) {
        return new Baseline(value, null, null);
    }
}
