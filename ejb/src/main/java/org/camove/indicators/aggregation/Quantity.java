package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.util.Objects;

/** A number reported for a period, e.g. people reached; a milestone is 1 (reached) or 0. */
public record Quantity(BigDecimal value) implements Measurement {

    public Quantity {
        Objects.requireNonNull(value, "value");
    }

    public static Quantity of(long value) {
        return new Quantity(BigDecimal.valueOf(value));
    }

    Quantity plus(Quantity other) {
        return new Quantity(value.add(other.value));
    }
}
