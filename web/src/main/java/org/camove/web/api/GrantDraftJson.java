package org.camove.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camove.grants.GrantDraft;
import org.camove.money.ExchangeRatePolicy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GrantDraft", description = "A new grant with its first budget: the lines must add up to the total (the refusal "
        + "names the difference). ratePolicy is MONTHLY or FIFO; varianceThreshold in percent, null for 10.")
public record GrantDraftJson(String reference, Long partnerId, String programmeCode, LocalDate startsOn, LocalDate endsOn,
                             String currency, BigDecimal total, String ratePolicy, BigDecimal varianceThreshold,
                             List<BudgetLineJson> lines) {

    GrantDraft toDraft() {
        var policy = Arrays.stream(ExchangeRatePolicy.values()).filter(p -> p.name().equals(ratePolicy)).findFirst().orElse(null);
        return new GrantDraft(reference, partnerId == null ? -1 : partnerId, programmeCode, startsOn, endsOn, currency, total, policy,
                varianceThreshold, BudgetLineJson.inputs(lines));
    }
}
