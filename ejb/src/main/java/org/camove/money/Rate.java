package org.camove.money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Objects;

/**
 * One month's rate of a currency pair: one unit of {@code from} is worth {@code rate} units of {@code to}.
 * The value a converted amount keeps, so that it can be shown and re-checked without the table.
 */
public record Rate(Currency from, Currency to, YearMonth month, BigDecimal rate) {

    /** Rates are kept to eight decimals (DECIMAL(19,8)). */
    public static final int SCALE = 8;

    public Rate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(month, "month");
        if (rate == null || rate.signum() <= 0) {
            throw new IllegalArgumentException("a rate is positive: " + rate);
        }
        rate = rate.setScale(SCALE, Money.ROUNDING);
    }

    /** "KGS/USD 2026-03", as messages and audit rows name a rate. */
    public String pair() {
        return from.getCurrencyCode() + "/" + to.getCurrencyCode() + " " + month;
    }
}
