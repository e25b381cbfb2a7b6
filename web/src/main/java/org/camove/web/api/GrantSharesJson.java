package org.camove.web.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GrantShares", description = "Which donors pay which share of the grant (percentages adding up to 100), with the "
        + "grant's version read (or If-Match); they replace the shares set before")
public record GrantSharesJson(Long version, List<Share> shares) {

    @Schema(name = "GrantShareInput")
    public record Share(long donorId, BigDecimal percent) {
    }
}
