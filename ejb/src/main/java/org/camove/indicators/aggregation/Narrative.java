package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.util.Objects;

/** A qualitative answer: text, and optionally a score on the indicator's scale. Never summed. */
public record Narrative(String text, BigDecimal score) implements Measurement {

    public Narrative {
        Objects.requireNonNull(text, "text");
    }

    public static Narrative of(String text) {
        return new Narrative(text, null);
    }
}
