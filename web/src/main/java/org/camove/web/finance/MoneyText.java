package org.camove.web.finance;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.camove.money.Money;

/** Money and percentages as pages show them: grouped digits in the reader's language, the currency's decimals, its code after. */
public final class MoneyText {

    private MoneyText() {
    }

    /** "12 500,50 KGS" in Russian, "12,500.50 KGS" in English; empty for none. */
    public static String of(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        return number(money.amount(), money.currency().getDefaultFractionDigits(), locale) + " " + money.currency().getCurrencyCode();
    }

    /** "-15.00 %"; empty when there is no percentage (nothing budgeted to date). */
    public static String percent(BigDecimal percent, Locale locale) {
        return percent == null ? "" : number(percent, 2, locale) + " %";
    }

    private static String number(BigDecimal amount, int digits, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount);
    }
}
