package org.camove.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.camove.money.ExchangeRates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExchangeRate", description = "One unit of from is worth rate units of to in that month; version (to quote when "
        + "changing it), who changed it last and when")
public record RateJson(String month, String from, String to, BigDecimal rate, String source, long version, String changedBy,
                       Instant changedAt) {

    static RateJson from(ExchangeRates.Row row) {
        var rate = row.rate();
        return new RateJson(rate.month().toString(), rate.from().getCurrencyCode(), rate.to().getCurrencyCode(),
                Decimals.plain(rate.rate()), row.source(), row.version(), row.lastChange() == null ? null : row.lastChange().username(),
                row.lastChange() == null ? null : row.lastChange().at());
    }
}
