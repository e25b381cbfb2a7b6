package org.camove.web.api;

import java.math.BigDecimal;
import org.camove.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Amount", description = "An exact amount with its currency (ISO 4217), rounded by the currency's rules")
public record AmountJson(BigDecimal amount, String currency) {

    static AmountJson of(Money money) {
        return money == null ? null : new AmountJson(Decimals.plain(money.amount()), money.currency().getCurrencyCode());
    }
}
