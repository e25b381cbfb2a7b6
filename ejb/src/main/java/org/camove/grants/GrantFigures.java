package org.camove.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.camove.money.Money;

/**
 * The figures of a grant's progress, as pure functions of its budget, its spend and its disbursements (all in the
 * grant's currency). The budget to date is the budget spread evenly over the grant's days: the grant's total to
 * date is rounded once and allocated to the lines by their amounts, so the lines' figures add up to the total's to
 * the cent. Percentages are rounded to two decimals, HALF_UP.
 */
public final class GrantFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GrantFigures() {
    }

    /**
     * One line: its budget, its budget to date, what was spent, variance = spent − budget to date (over budget is
     * positive), the variance in percent of the budget to date (null when nothing was budgeted to date), whether it
     * needs a justification (its variance is beyond the threshold either way, or anything was spent that was not
     * budgeted to date), and what remains of the budget.
     */
    public record LineFigures(Money budget, Money budgetToDate, Money spent, Money variance, BigDecimal variancePercent,
                              boolean justificationRequired, Money remaining) {
    }

    /** The share of the grant's days elapsed on {@code asOf} (both ends counted), from 0 to 1, to six decimals. */
    public static BigDecimal elapsed(LocalDate startsOn, LocalDate endsOn, LocalDate asOf) {
        if (asOf.isBefore(startsOn)) {
            return BigDecimal.ZERO;
        }
        long days = ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
        long gone = Math.min(days, ChronoUnit.DAYS.between(startsOn, asOf) + 1);
        return BigDecimal.valueOf(gone).divide(BigDecimal.valueOf(days), 6, RoundingMode.HALF_UP);
    }

    /** Each line's figures; {@code budgets} and {@code spent} are in the same order, {@code threshold} in percent. */
    public static List<LineFigures> lines(List<Money> budgets, List<Money> spent, BigDecimal elapsed, BigDecimal threshold) {
        if (budgets.size() != spent.size() || budgets.isEmpty()) {
            throw new IllegalArgumentException("one spend per budget line");
        }
        Money total = Money.sum(budgets.get(0).currency(), budgets);
        List<Money> toDate = total.isZero() ? budgets.stream().map(b -> Money.zero(b.currency())).toList()
                : total.times(elapsed).allocate(budgets.stream().map(Money::amount).toList());
        List<LineFigures> figures = new ArrayList<>();
        for (int i = 0; i < budgets.size(); i++) {
            Money variance = spent.get(i).minus(toDate.get(i));
            BigDecimal percent = percent(variance, toDate.get(i));
            boolean justify = percent == null ? spent.get(i).isPositive() : percent.abs().compareTo(threshold) > 0;
            figures.add(new LineFigures(budgets.get(i), toDate.get(i), spent.get(i), variance, percent, justify,
                    budgets.get(i).minus(spent.get(i))));
        }
        return figures;
    }

    /** {@code part} in percent of {@code whole}, to two decimals; null when the whole is zero. */
    public static BigDecimal percent(Money part, Money whole) {
        return whole.isZero() ? null : part.amount().multiply(HUNDRED).divide(whole.amount(), 2, Money.ROUNDING);
    }

    /** The average spend per month: spent over the months begun since the start (the month of the start counts). */
    public static Money burnRate(Money spent, LocalDate startsOn, LocalDate asOf) {
        long months = Math.max(1, ChronoUnit.MONTHS.between(YearMonth.from(startsOn), YearMonth.from(asOf)) + 1);
        return Money.of(spent.amount().divide(BigDecimal.valueOf(months), 2, Money.ROUNDING), spent.currency());
    }

    /** What the partner holds of the grant: received (disbursed) − spent; negative when it pre-financed. */
    public static Money cashPosition(Money received, Money spent) {
        return received.minus(spent);
    }
}
