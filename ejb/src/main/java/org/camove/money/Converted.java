package org.camove.money;

import java.util.List;
import java.util.Objects;

/**
 * A spend converted into the grant's currency, with every rate it used. The converted amount is the sum of its
 * rounded parts, so a report that lists the parts reconciles to the cent with its total.
 */
public record Converted(Spend spend, Money converted, List<ConvertedPart> parts) {

    public Converted {
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(converted, "converted");
        parts = List.copyOf(parts);
    }

    static Converted of(Spend spend, List<ConvertedPart> parts) {
        var currency = parts.get(0).converted().currency();
        return new Converted(spend, Money.sum(currency, parts.stream().map(ConvertedPart::converted).toList()), parts);
    }

    /** Whether a reviewer must look at it: part of it was spent beyond what was disbursed. */
    public boolean flagged() {
        return parts.stream().anyMatch(p -> p.basis() == RateBasis.BEYOND_DISBURSED);
    }
}
