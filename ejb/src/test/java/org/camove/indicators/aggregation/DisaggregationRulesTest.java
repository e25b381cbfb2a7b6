package org.camove.indicators.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.camove.indicators.aggregation.Fixtures.A;
import static org.camove.indicators.aggregation.Fixtures.B;
import static org.camove.indicators.aggregation.Fixtures.C;
import static org.camove.indicators.aggregation.Fixtures.aggregate;
import static org.camove.indicators.aggregation.Fixtures.approved;
import static org.camove.indicators.aggregation.Fixtures.approvedRatio;
import static org.camove.indicators.aggregation.Fixtures.cells;
import static org.camove.indicators.aggregation.Fixtures.number;
import static org.camove.indicators.aggregation.Fixtures.percentage;
import static org.camove.indicators.aggregation.Fixtures.q;
import static org.camove.indicators.aggregation.Fixtures.range;
import static org.camove.indicators.aggregation.Fixtures.total;

import java.math.BigDecimal;
import org.camove.logframe.TimeAggregation;
import org.junit.jupiter.api.Test;

/** Subtotals come from the most detailed level; totals without a full breakdown count and are flagged. */
class DisaggregationRulesTest {

    private static final OptionCombination F_0_17 = OptionCombination.of("SEX", "F", "AGE", "0-17");
    private static final OptionCombination F_18_35 = OptionCombination.of("SEX", "F", "AGE", "18-35");
    private static final OptionCombination M_0_17 = OptionCombination.of("SEX", "M", "AGE", "0-17");
    private static final OptionCombination M_18_35 = OptionCombination.of("SEX", "M", "AGE", "18-35");
    private static final OptionCombination WOMEN = OptionCombination.of("SEX", "F");
    private static final OptionCombination MEN = OptionCombination.of("SEX", "M");
    private static final OptionCombination YOUNG_ADULTS = OptionCombination.of("AGE", "18-35");

    private static final Scope YEAR_2026 = Scope.programme(range("2026-Q1", "2026-Q4"));

    private static IndicatorRules bySexAndAge(TimeAggregation overTime) {
        return number(overTime, PartnerAggregation.SUM).disaggregatedBy("SEX", "AGE");
    }

    private static BigDecimal subtotal(IndicatorResult result, OptionCombination options) {
        return result.subtotal(options).orElseThrow().totalToDate().value();
    }

    @Test
    void subtotals_areDerivedFromTheMostDetailedLevelBySumming() {
        IndicatorResult result = aggregate(bySexAndAge(TimeAggregation.SUM), YEAR_2026,
                approved(A, "2026-Q1", 10).withFullBreakdown(cells(F_0_17, 2, F_18_35, 3, M_0_17, 4, M_18_35, 1)),
                approved(A, "2026-Q2", 1).withFullBreakdown(cells(F_0_17, 1)),
                approved(B, "2026-Q1", 10).withFullBreakdown(cells(F_18_35, 5, M_18_35, 5)));

        assertThat(subtotal(result, WOMEN)).isEqualByComparingTo("11");
        assertThat(result.subtotal(WOMEN).orElseThrow().actualIn(q("2026-Q1")).value()).isEqualByComparingTo("10");
        assertThat(subtotal(result, MEN)).isEqualByComparingTo("10");
        assertThat(subtotal(result, YOUNG_ADULTS)).isEqualByComparingTo("14");
        assertThat(subtotal(result, F_18_35)).isEqualByComparingTo("8");
        assertThat(subtotal(result, WOMEN).add(subtotal(result, MEN))).isEqualByComparingTo(total(result));
        assertThat(result.subtotalsByOption()).extracting(DisaggregatedSubtotal::options)
                .containsExactly(OptionCombination.of("AGE", "0-17"), YOUNG_ADULTS, WOMEN, MEN);
        assertThat(result.subtotalsByCombination()).extracting(DisaggregatedSubtotal::options)
                .containsExactlyInAnyOrder(F_0_17, F_18_35, M_0_17, M_18_35);
        assertThat(result.flags()).isEmpty();
    }

    @Test
    void aTotalWithoutAFullBreakdown_isKeptInTotalsAndFlaggedPartiallyDisaggregated() {
        IndicatorResult result = aggregate(bySexAndAge(TimeAggregation.SUM), YEAR_2026,
                approved(A, "2026-Q1", 10).withFullBreakdown(cells(F_0_17, 2, F_18_35, 3, M_0_17, 4, M_18_35, 1)),
                approved(B, "2026-Q1", 7),
                approved(C, "2026-Q1", 9).withPartialBreakdown(cells(F_18_35, 4)));

        assertThat(total(result)).isEqualByComparingTo("26");
        assertThat(result.flags()).containsExactly(
                new Flag(Flag.Kind.PARTIALLY_DISAGGREGATED, B, q("2026-Q1")),
                new Flag(Flag.Kind.PARTIALLY_DISAGGREGATED, C, q("2026-Q1")));
        assertThat(subtotal(result, WOMEN)).as("subtotals come only from cells").isEqualByComparingTo("9");
        assertThat(subtotal(result, MEN)).isEqualByComparingTo("5");
    }

    @Test
    void cellsClaimedCompleteThatDoNotAddUp_areFlaggedAndTheEnteredTotalIsUsed() {
        IndicatorResult result = aggregate(bySexAndAge(TimeAggregation.SUM), YEAR_2026,
                approved(A, "2026-Q1", 10).withFullBreakdown(cells(F_0_17, 2, M_0_17, 3)));

        assertThat(total(result)).isEqualByComparingTo("10");
        assertThat(result.flags()).containsExactly(new Flag(Flag.Kind.BREAKDOWN_DOES_NOT_ADD_UP, A, q("2026-Q1")));
    }

    @Test
    void cumulativeSubtotals_carryEachPartnersLatestBreakdownForwardLikeTheTotals() {
        IndicatorResult result = aggregate(bySexAndAge(TimeAggregation.CUMULATIVE), YEAR_2026,
                approved(A, "2026-Q1", 5).withFullBreakdown(cells(F_18_35, 3, M_18_35, 2)),
                approved(B, "2026-Q2", 2).withFullBreakdown(cells(F_18_35, 1, M_18_35, 1)));

        DisaggregatedSubtotal women = result.subtotal(WOMEN).orElseThrow();
        assertThat(women.actualIn(q("2026-Q1")).value()).isEqualByComparingTo("3");
        assertThat(women.actualIn(q("2026-Q2")).value()).isEqualByComparingTo("4");
        assertThat(women.totalToDate().value()).as("not 3 + 3 + 1").isEqualByComparingTo("4");
    }

    @Test
    void maxSubtotals_areTheMaximumOfTheOptionNotTheSumOfItsCellsMaxima() {
        IndicatorResult result = aggregate(bySexAndAge(TimeAggregation.MAX), YEAR_2026,
                approved(A, "2026-Q1", 5).withFullBreakdown(cells(F_0_17, 5, F_18_35, 0)),
                approved(A, "2026-Q2", 4).withFullBreakdown(cells(F_0_17, 0, F_18_35, 4)));

        assertThat(subtotal(result, WOMEN)).as("max(5, 4), not 5 + 4").isEqualByComparingTo("5");
        assertThat(subtotal(result, F_18_35)).isEqualByComparingTo("4");
    }

    @Test
    void percentageSubtotals_poolNumeratorsAndDenominators() {
        OptionCombination women = OptionCombination.of("SEX", "F");
        OptionCombination men = OptionCombination.of("SEX", "M");
        IndicatorResult result = aggregate(percentage(TimeAggregation.SUM).disaggregatedBy("SEX"), YEAR_2026,
                approvedRatio(A, "2026-Q1", 4, 6).withFullBreakdown(cells(women, Ratio.of(1, 2), men, Ratio.of(3, 4))),
                approvedRatio(B, "2026-Q1", 3, 6).withFullBreakdown(cells(women, Ratio.of(3, 6))));

        Actual womenToDate = result.subtotal(women).orElseThrow().totalToDate();
        assertThat(womenToDate.numerator()).isEqualByComparingTo("4");
        assertThat(womenToDate.denominator()).isEqualByComparingTo("8");
        assertThat(womenToDate.value()).isEqualByComparingTo("50");
        assertThat(result.subtotalsByCombination()).as("with one category, cells are the options")
                .isEqualTo(result.subtotalsByOption());
    }

    @Test
    void cellsMustNameExactlyTheIndicatorsCategories() {
        assertThatIllegalArgumentException().isThrownBy(() -> aggregate(bySexAndAge(TimeAggregation.SUM), YEAR_2026,
                approved(A, "2026-Q1", 5).withPartialBreakdown(cells(WOMEN, 5))));
        assertThatIllegalArgumentException().isThrownBy(() -> aggregate(number(TimeAggregation.SUM, PartnerAggregation.SUM),
                YEAR_2026, approved(A, "2026-Q1", 5).withFullBreakdown(cells(F_0_17, 5))));
    }

    @Test
    void anIndicatorWithoutDisaggregation_raisesNoBreakdownFlags() {
        IndicatorResult result = aggregate(number(TimeAggregation.SUM, PartnerAggregation.SUM), YEAR_2026, approved(A, "2026-Q1", 5));

        assertThat(result.flags()).isEmpty();
        assertThat(result.subtotalsByOption()).isEmpty();
    }
}
