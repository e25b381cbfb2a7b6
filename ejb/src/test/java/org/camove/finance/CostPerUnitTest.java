package org.camove.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.camove.money.Money;
import org.junit.jupiter.api.Test;

/** Spend ÷ actual, rounded HALF_UP to the currency's minor units, and only for counts of units delivered. */
class CostPerUnitTest {

    private static final MeasureType NUMBER = MeasureType.NUMBER;

    @Test
    void aCountsCostPerUnitIsRoundedHalfUpToTheCurrencysMinorUnits() {
        assertThat(CostPerUnit.of(Money.of("1000.00", "USD"), NUMBER, TimeAggregation.SUM, new BigDecimal("3")))
                .contains(Money.of("333.33", "USD"));
        assertThat(CostPerUnit.of(Money.of("2000.00", "USD"), NUMBER, TimeAggregation.SUM, new BigDecimal("3")))
                .as("666.666… rounds up").contains(Money.of("666.67", "USD"));
        assertThat(CostPerUnit.of(Money.of("0.05", "EUR"), NUMBER, TimeAggregation.CUMULATIVE, new BigDecimal("2")))
                .as("0.025 is half a cent: up, as accountants round").contains(Money.of("0.03", "EUR"));
        assertThat(CostPerUnit.of(Money.of("1000", "KZT"), NUMBER, TimeAggregation.SUM, new BigDecimal("7")).orElseThrow().amount())
                .as("142.857… in the currency's two decimals").isEqualByComparingTo("142.86");
        assertThat(CostPerUnit.of(Money.of("12400.00", "USD"), NUMBER, TimeAggregation.SUM, new BigDecimal("1000")))
                .contains(Money.of("12.40", "USD"));
    }

    @Test
    void percentagesMilestonesScoresAndLevelsHaveNoCostPerUnit() {
        Money spend = Money.of("1000.00", "USD");
        BigDecimal actual = new BigDecimal("40");
        assertThat(CostPerUnit.of(spend, MeasureType.PERCENTAGE, TimeAggregation.SUM, actual)).isEmpty();
        assertThat(CostPerUnit.of(spend, MeasureType.YES_NO, TimeAggregation.LATEST, BigDecimal.ONE)).isEmpty();
        assertThat(CostPerUnit.of(spend, MeasureType.QUALITATIVE, TimeAggregation.LATEST, new BigDecimal("3"))).isEmpty();
        for (TimeAggregation level : List.of(TimeAggregation.LATEST, TimeAggregation.MAX, TimeAggregation.AVERAGE)) {
            assertThat(CostPerUnit.of(spend, NUMBER, level, actual)).as(level.name()).isEmpty();
        }
    }

    @Test
    void aZeroOrMissingActualHasNoCostPerUnit() {
        Money spend = Money.of("1000.00", "USD");
        assertThat(CostPerUnit.of(spend, NUMBER, TimeAggregation.SUM, BigDecimal.ZERO)).isEmpty();
        assertThat(CostPerUnit.of(spend, NUMBER, TimeAggregation.SUM, new BigDecimal("0.000"))).isEmpty();
        assertThat(CostPerUnit.of(spend, NUMBER, TimeAggregation.SUM, null)).isEmpty();
        assertThat(CostPerUnit.of(spend, NUMBER, TimeAggregation.SUM, new BigDecimal("-5"))).isEmpty();
        assertThatThrownBy(() -> spend.dividedBy(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachCurrencyOfAResultsSpendHasItsOwnCostPerUnit_dividedByWhatItsOwnPartnersAchieved() {
        var spend = new SpendByResult(Map.of(6L, List.of(new SpendByResult.Spend(Money.of("900.00", "EUR"), Set.of(2L)),
                new SpendByResult.Spend(Money.of("1200.00", "USD"), Set.of(1L, 3L)))));
        Map<Set<Long>, BigDecimal> achieved = Map.of(Set.of(2L), new BigDecimal("300"), Set.of(1L, 3L), new BigDecimal("400"));

        assertThat(spend.costPerUnit(6L, NUMBER, TimeAggregation.SUM, achieved::get))
                .containsExactly(Money.of("3.00", "EUR"), Money.of("3.00", "USD"));
        assertThat(spend.of(6L)).containsExactly(Money.of("900.00", "EUR"), Money.of("1200.00", "USD"));
        assertThat(spend.costPerUnit(7L, NUMBER, TimeAggregation.SUM, achieved::get)).as("no spend, no cost").isEmpty();
        assertThat(spend.costPerUnit(6L, MeasureType.PERCENTAGE, TimeAggregation.SUM, achieved::get)).isEmpty();
        assertThat(spend.costPerUnit(6L, NUMBER, TimeAggregation.SUM, partners -> null))
                .as("the paying partners reported nothing: no cost, whatever others reached").isEmpty();
    }
}
