package org.camove.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a disbursement put at the partner's disposal, as FIFO conversion sees it: the amount received in the
 * currency the partner spends, and its rate to the grant's currency (recorded with the disbursement).
 * {@code reference} names it in the rates a converted amount keeps (the disbursement's id).
 */
public record Funding(String reference, LocalDate receivedOn, Money received, BigDecimal rateToGrant) {

    public Funding {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(received, "received");
        if (rateToGrant == null || rateToGrant.signum() <= 0) {
            throw new IllegalArgumentException("a rate is positive: " + rateToGrant);
        }
    }
}
