package org.camove.money;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import org.camove.shared.InvalidInput;

/**
 * The currencies camove accepts: those of the programme countries (KGS, TJS, KZT, RUB) and those donors and ACT
 * members budget in (USD, EUR, CHF, SEK, NOK, DKK, GBP). A code must be ISO 4217 ({@link Currency#getInstance})
 * and on this list; anything else is refused naming the code, so a typo never becomes a currency.
 */
public final class Currencies {

    public static final Set<String> ALLOWED = Set.of("KGS", "TJS", "KZT", "RUB", "USD", "EUR", "CHF", "SEK", "NOK", "DKK", "GBP");

    private Currencies() {
    }

    /** The currency of {@code code} (any case, spaces around ignored), or an {@link InvalidInput} for {@code field}. */
    public static Currency parse(String field, String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw InvalidInput.of(field, "money.currency.required");
        }
        if (!ALLOWED.contains(normalised)) {
            throw InvalidInput.of(field, "money.currency.unknown", normalised, String.join(", ", ALLOWED.stream().sorted().toList()));
        }
        return Currency.getInstance(normalised);
    }
}
