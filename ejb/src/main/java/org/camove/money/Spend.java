package org.camove.money;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** Money a partner spent on a day, in the currency it was spent in (usually the local one). */
public record Spend(LocalDate spentOn, Money amount) {

    public Spend {
        Objects.requireNonNull(spentOn, "spentOn");
        Objects.requireNonNull(amount, "amount");
    }

    public YearMonth month() {
        return YearMonth.from(spentOn);
    }
}
