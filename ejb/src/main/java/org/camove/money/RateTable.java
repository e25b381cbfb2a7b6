package org.camove.money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.camove.shared.InvalidInput;

/**
 * The monthly rates a conversion may use, read once. A currency converts to itself at 1. Inverse rates are NOT
 * derived: a rate is the one finance recorded for that direction (1 / rate rounded to eight decimals would be a
 * figure nobody published, and converting back and forth would drift by cents). A rate that is not in the table is
 * refused naming the pair and the month, so finance knows exactly which rate to add.
 */
public final class RateTable {

    private final Map<String, Rate> rates = new HashMap<>();

    public RateTable(Collection<Rate> rates) {
        rates.forEach(r -> this.rates.put(key(r.from(), r.to(), r.month()), r));
    }

    public Rate rate(Currency from, Currency to, YearMonth month) {
        if (from.equals(to)) {
            return new Rate(from, to, month, BigDecimal.ONE);
        }
        Rate rate = rates.get(key(from, to, month));
        if (rate == null) {
            throw missing(from, to, month);
        }
        return rate;
    }

    /** The refusal naming the rate that is missing: "There is no KGS → USD rate for 2026-03 …". */
    public static InvalidInput missing(Currency from, Currency to, YearMonth month) {
        return InvalidInput.of("rate", "rate.missing", from.getCurrencyCode(), to.getCurrencyCode(), month.toString());
    }

    private static String key(Currency from, Currency to, YearMonth month) {
        return from.getCurrencyCode() + to.getCurrencyCode() + month;
    }
}
