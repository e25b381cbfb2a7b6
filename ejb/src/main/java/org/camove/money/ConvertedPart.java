package org.camove.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One part of a converted amount with the rate it was converted at and where that rate came from:
 * {@code reference} is the rate's pair and month ("KGS/USD 2026-03") or the disbursement's reference.
 */
public record ConvertedPart(Money original, Money converted, BigDecimal rate, RateBasis basis, String reference) {

    public ConvertedPart {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(converted, "converted");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reference, "reference");
    }
}
