package org.camove.money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.camove.shared.InvalidInput;
import org.camove.shared.LocalizedText;

/**
 * The rules a rate typed or imported by finance keeps: a month written {@code 2026-03}, two different currencies
 * camove accepts, a positive rate with a point and at most eight decimals (units of "to" per unit of "from").
 * Each broken rule is one violation whose message starts with {@code prefix} arguments (the CSV line, or none).
 */
public final class RateInput {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private RateInput() {
    }

    /** The rate, or the violations of its fields; {@code line} is null for a single edit, else the CSV line. */
    static Rate parse(String month, String from, String to, String rate, Integer line, List<InvalidInput.Violation> violations) {
        int before = violations.size();
        YearMonth parsedMonth = field(violations, line, "month", () -> {
            try {
                return YearMonth.parse(month == null ? "" : month.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("month", "rate.month.malformed", String.valueOf(month));
            }
        });
        Currency fromCurrency = field(violations, line, "from", () -> Currencies.parse("from", from));
        Currency toCurrency = field(violations, line, "to", () -> Currencies.parse("to", to));
        BigDecimal parsedRate = field(violations, line, "rate", () -> rate(rate));
        if (fromCurrency != null && fromCurrency.equals(toCurrency)) {
            violations.add(violation(line, "to", "rate.samePair", List.of(fromCurrency.getCurrencyCode())));
        }
        return violations.size() > before ? null : new Rate(fromCurrency, toCurrency, parsedMonth, parsedRate);
    }

    /** A single edit's rate, or an {@link InvalidInput} naming each field. */
    static Rate parse(String month, String from, String to, String rate) {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        Rate parsed = parse(month, from, to, rate, null, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return parsed;
    }

    /** A rate typed by finance: positive, with a point, at most eight decimals (else refused for field "rate"). */
    public static BigDecimal rate(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("rate", "rate.value.malformed", String.valueOf(text));
        }
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > Rate.SCALE || value.precision() - value.scale() > 11) {
            throw InvalidInput.of("rate", "rate.value.range", value.toPlainString());
        }
        return value;
    }

    private static <T> T field(List<InvalidInput.Violation> violations, Integer line, String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput refused) {
            refused.violations().forEach(v -> violations.add(violation(line, field, v.key(), v.arguments())));
            return null;
        }
    }

    /** On a CSV line, the field's own message behind "Line n:" ({@code rate.csv.line}); else the message itself. */
    private static InvalidInput.Violation violation(Integer line, String field, String key, List<Object> arguments) {
        if (line == null) {
            return new InvalidInput.Violation(field, key, arguments);
        }
        List<Object> lineArguments = new ArrayList<>();
        lineArguments.add(line);
        // the field's message in both languages, as a two-language argument is rendered in the reader's
        var inner = new InvalidInput.Violation(field, key, arguments);
        lineArguments.add(LocalizedText.of(inner.message(Locale.ENGLISH), inner.message(RUSSIAN)));
        return new InvalidInput.Violation("line" + line, "rate.csv.line", lineArguments);
    }
}
