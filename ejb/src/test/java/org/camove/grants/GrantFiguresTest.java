package org.camove.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camove.money.Money;
import org.junit.jupiter.api.Test;

/** Variance against the budget to date, remaining budget, burn rate and cash position, reconciling to the cent. */
class GrantFiguresTest {

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void elapsedTimeCountsBothEndsAndStaysWithinTheGrant() {
        var start = LocalDate.of(2026, 1, 1);
        var end = LocalDate.of(2026, 12, 31);
        assertThat(GrantFigures.elapsed(start, end, LocalDate.of(2025, 12, 31))).isEqualByComparingTo("0");
        assertThat(GrantFigures.elapsed(start, end, LocalDate.of(2026, 3, 31))).isEqualByComparingTo("0.246575"); // 90 / 365
        assertThat(GrantFigures.elapsed(start, end, LocalDate.of(2027, 6, 1))).isEqualByComparingTo("1");
    }

    @Test
    void eachLinesVarianceIsAgainstItsBudgetToDateAndTheLinesReconcileWithTheTotal() {
        var budgets = List.of(usd("10000.00"), usd("3333.33"), usd("1666.67"));
        var spent = List.of(usd("2600.00"), usd("1000.00"), usd("0.00"));
        var figures = GrantFigures.lines(budgets, spent, new BigDecimal("0.25"), BigDecimal.TEN);
        // 15 000.00 x 0.25 = 3750.00 allocated 10000 : 3333.33 : 1666.67
        assertThat(figures).extracting(GrantFigures.LineFigures::budgetToDate)
                .containsExactly(usd("2500.00"), usd("833.33"), usd("416.67"));
        assertThat(Money.sum(budgets.get(0).currency(), figures.stream().map(GrantFigures.LineFigures::budgetToDate).toList()))
                .isEqualTo(usd("3750.00"));
        var staff = figures.get(0);
        assertThat(staff.variance()).isEqualTo(usd("100.00"));
        assertThat(staff.variancePercent()).isEqualByComparingTo("4.00");
        assertThat(staff.justificationRequired()).as("4 % is within the 10 % threshold").isFalse();
        assertThat(staff.remaining()).isEqualTo(usd("7400.00"));
        assertThat(figures.get(1).variancePercent()).isEqualByComparingTo("20.00");
        assertThat(figures.get(1).justificationRequired()).isTrue();
        assertThat(figures.get(2).variancePercent()).as("under-spending counts too").isEqualByComparingTo("-100.00");
        assertThat(figures.get(2).justificationRequired()).isTrue();
    }

    @Test
    void spendWithNothingBudgetedToDateNeedsAJustification() {
        var figures = GrantFigures.lines(List.of(usd("1200.00")), List.of(usd("5.00")), BigDecimal.ZERO, BigDecimal.TEN);
        assertThat(figures.get(0).variancePercent()).isNull();
        assertThat(figures.get(0).justificationRequired()).isTrue();
        assertThat(GrantFigures.lines(List.of(usd("1200.00")), List.of(usd("0")), BigDecimal.ZERO, BigDecimal.TEN).get(0)
                .justificationRequired()).isFalse();
    }

    @Test
    void burnRateIsTheSpendPerMonthBegunAndCashIsReceivedMinusSpent() {
        assertThat(GrantFigures.burnRate(usd("1000.00"), LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 2))).isEqualTo(usd("333.33"));
        assertThat(GrantFigures.burnRate(usd("10.00"), LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 20))).isEqualTo(usd("10.00"));
        assertThat(GrantFigures.cashPosition(usd("5000.00"), usd("5234.56"))).isEqualTo(usd("-234.56"));
        assertThat(GrantFigures.percent(usd("1"), usd("3"))).isEqualByComparingTo("33.33");
    }
}
