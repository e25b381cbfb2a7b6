package org.camove.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.camove.money.Money;
import org.camove.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** A budget's lines: amount = quantity x unit cost rounded, every field checked, the lines adding up to the total. */
class BudgetRulesTest {

    private static final Currency USD = Currency.getInstance("USD");

    private static BudgetLineInput line(String quantity, String unitCost) {
        return new BudgetLineInput("Staff", "Lawyer, part time", "month", new BigDecimal(quantity), new BigDecimal(unitCost));
    }

    @Test
    void aLinesAmountIsItsQuantityTimesItsUnitCostRoundedHalfUp() {
        var lines = BudgetRules.check(USD, new BigDecimal("1851.23"), List.of(line("12", "150.10"), line("2.5", "20.01")));
        assertThat(lines).extracting(BudgetRules.Line::amount).containsExactly(Money.of("1801.20", "USD"), Money.of("50.03", "USD"));
    }

    @Test
    void linesThatDoNotAddUpAreRefusedNamingTheDifference() {
        var refused = catchThrowableOfType(InvalidInput.class, () ->
                BudgetRules.check(USD, new BigDecimal("2000"), List.of(line("12", "150.10"), line("2.5", "20.01"))));
        assertThat(refused.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("total");
            assertThat(v.message(Locale.ENGLISH))
                    .isEqualTo("The budget lines add up to USD 1851.23, not to the total USD 2000.00: the difference is USD -148.77.");
            assertThat(v.message(Locale.forLanguageTag("ru")))
                    .isEqualTo("Статьи бюджета в сумме дают USD 1851.23, а не общую сумму USD 2000.00: разница USD -148.77.");
        });
    }

    @Test
    void negativeAndMissingFiguresAreRefusedLineByLine() {
        var refused = catchThrowableOfType(InvalidInput.class, () -> BudgetRules.check(USD, new BigDecimal("-5"), List.of(
                line("0", "10"), line("1", "-10"), new BudgetLineInput(" ", "x", "day", BigDecimal.ONE, BigDecimal.ONE),
                line("1", "10.005"))));
        assertThat(refused.violations()).extracting(InvalidInput.Violation::field).containsExactly(
                "total", "lines[0].quantity", "lines[1].unitCost", "lines[2].category", "lines[3].unitCost");
        assertThat(refused.violations().get(2).message(Locale.ENGLISH)).isEqualTo("Line 2: the unit cost cannot be negative.");
        assertThat(catchThrowableOfType(InvalidInput.class, () -> BudgetRules.check(USD, BigDecimal.TEN, List.of()))
                .violations().get(0).key()).isEqualTo("grant.budget.noLines");
    }
}
