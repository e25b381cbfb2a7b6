package org.camove.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExchangeRateEdit", description = "A rate to set (as text, a point and at most eight decimals) with its source; "
        + "version: the rate's version read (or If-Match), null for a rate not in the table yet")
public record RateEditJson(Long version, String rate, String source) {
}
