package org.camove.web.api;

import java.math.BigDecimal;
import org.camove.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Money", description = "An amount, exact to the currency's minor units, with its ISO 4217 currency")
public record MoneyJson(BigDecimal amount, String currency) {

    static MoneyJson from(Money money) {
        return money == null ? null : new MoneyJson(money.amount(), money.currency().getCurrencyCode());
    }
}
