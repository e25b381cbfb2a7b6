package org.camove.grants;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.camove.logframe.Result;
import org.camove.money.Money;
import org.camove.shared.InvalidInput;

/**
 * The rules a budget keeps, whether a draft's or an amendment's: a positive total, at least one line, each line
 * with a category, a description and a unit, a quantity above zero and a unit cost not below zero; a line's amount is
 * quantity × unit cost rounded to the currency's minor units (HALF_UP, as {@link Money}); and the lines add up to the
 * total exactly, else the refusal names the difference. Violations are per field: {@code total}, {@code lines[i].x}.
 */
public final class BudgetRules {

    public static final int TEXT_LENGTH = 500;
    public static final int SHORT_LENGTH = 100;
    public static final int MAX_LINES = 200;

    private BudgetRules() {
    }

    /**
     * A checked line: what the input said and its computed amount, and the result it pays for (null until the
     * service, which reads the programme's results, has checked the input's {@link BudgetLineInput#resultId()}).
     */
    public record Line(String category, String description, String unit, BigDecimal quantity, Money unitCost, Money amount,
                       Result result) {

        Line withResult(Result linked) {
            return new Line(category, description, unit, quantity, unitCost, amount, linked);
        }
    }

    public static List<Line> check(Currency currency, BigDecimal total, List<BudgetLineInput> lines) {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        if (total == null || total.signum() <= 0) {
            violations.add(new InvalidInput.Violation("total", "grant.total.positive", List.of()));
        }
        if (lines == null || lines.isEmpty()) {
            violations.add(new InvalidInput.Violation("lines", "grant.budget.noLines", List.of()));
        } else if (lines.size() > MAX_LINES) {
            violations.add(new InvalidInput.Violation("lines", "grant.budget.tooManyLines", List.of(MAX_LINES)));
        }
        List<Line> checked = new ArrayList<>();
        for (int i = 0; lines != null && i < lines.size() && i < MAX_LINES; i++) {
            var line = checked(currency, i, lines.get(i), violations);
            if (line != null) {
                checked.add(line);
            }
        }
        if (violations.isEmpty()) {
            Money sum = Money.sum(currency, checked.stream().map(Line::amount).toList());
            Money expected = Money.of(total, currency);
            if (!sum.equals(expected)) {
                violations.add(new InvalidInput.Violation("total", "grant.budget.notAddingUp",
                        List.of(sum.toString(), expected.toString(), sum.minus(expected).toString())));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return checked;
    }

    private static Line checked(Currency currency, int i, BudgetLineInput input, List<InvalidInput.Violation> violations) {
        int before = violations.size();
        String field = "lines[" + i + "].";
        int number = i + 1;
        String category = text(input.category(), SHORT_LENGTH, field + "category", "grant.line.required", number, violations);
        String description = text(input.description(), TEXT_LENGTH, field + "description", "grant.line.required", number, violations);
        String unit = text(input.unit(), SHORT_LENGTH, field + "unit", "grant.line.required", number, violations);
        if (input.quantity() == null || input.quantity().signum() <= 0 || input.quantity().stripTrailingZeros().scale() > 4) {
            violations.add(new InvalidInput.Violation(field + "quantity", "grant.line.quantity", List.of(number)));
        }
        if (input.unitCost() == null || input.unitCost().signum() < 0) {
            violations.add(new InvalidInput.Violation(field + "unitCost", "grant.line.unitCost", List.of(number)));
        }
        if (violations.size() > before) {
            return null;
        }
        Money unitCost = Money.of(input.unitCost(), currency);
        if (unitCost.amount().compareTo(input.unitCost()) != 0) {
            violations.add(new InvalidInput.Violation(field + "unitCost", "grant.line.unitCostDigits", List.of(number,
                    currency.getDefaultFractionDigits())));
            return null;
        }
        return new Line(category, description, unit, input.quantity(), unitCost, unitCost.times(input.quantity()), null);
    }

    /** The text stripped; refused (under {@code requiredKey} with {@code subject}) when blank or too long. */
    static String text(String value, int max, String field, String requiredKey, Object subject, List<InvalidInput.Violation> violations) {
        String kept = value == null ? "" : value.strip();
        if (kept.isEmpty()) {
            violations.add(new InvalidInput.Violation(field, requiredKey, List.of(subject)));
        } else if (kept.length() > max) {
            violations.add(new InvalidInput.Violation(field, "logframe.tooLong", List.of(max, kept.length())));
        }
        return kept;
    }
}
