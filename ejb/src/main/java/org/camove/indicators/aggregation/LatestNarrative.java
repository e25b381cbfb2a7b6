package org.camove.indicators.aggregation;

import java.util.Objects;

/** A partner's latest counted qualitative answer in the range. */
public record LatestNarrative(PartnerId partner, Quarter quarter, Narrative narrative) {

    public LatestNarrative {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(narrative, "narrative");
    }
}
