package org.camove.indicators.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camove.indicators.aggregation.Fixtures.A;
import static org.camove.indicators.aggregation.Fixtures.B;
import static org.camove.indicators.aggregation.Fixtures.actualIn;
import static org.camove.indicators.aggregation.Fixtures.aggregate;
import static org.camove.indicators.aggregation.Fixtures.approved;
import static org.camove.indicators.aggregation.Fixtures.number;
import static org.camove.indicators.aggregation.Fixtures.q;
import static org.camove.indicators.aggregation.Fixtures.range;
import static org.camove.indicators.aggregation.Fixtures.total;

import java.math.BigDecimal;
import java.util.Objects;
import org.camove.logframe.TimeAggregation;
import org.junit.jupiter.api.Test;

/** How quarters make a total to date, one test per rule. */
class TimeAggregationRulesTest {

    private static final Scope YEAR_2026 = Scope.programme(range("2026-Q1", "2026-Q4"));

    @Test
    void sumOverTime_totalToDateIsTheSumOfPerPeriodActuals() {
        IndicatorResult result = aggregate(number(TimeAggregation.SUM, PartnerAggregation.SUM), YEAR_2026,
                approved(A, "2026-Q1", 10), approved(A, "2026-Q2", 20), approved(A, "2026-Q4", 5),
                approved(B, "2026-Q1", 1), approved(B, "2026-Q3", 2));

        assertThat(result.periods()).extracting(p -> p.actual().value())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.valueOf(11), BigDecimal.valueOf(20), BigDecimal.valueOf(2), BigDecimal.valueOf(5));
        BigDecimal sumOfPeriods = result.periods().stream().map(p -> p.actual().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total(result)).isEqualByComparingTo(sumOfPeriods).isEqualByComparingTo("38");
    }

    @Test
    void cumulative_totalToDateIsThePartnersLatestValueNotASum() {
        IndicatorResult result = aggregate(number(TimeAggregation.CUMULATIVE, PartnerAggregation.SUM),
                Scope.partner(A, range("2026-Q1", "2026-Q4")),
                approved(A, "2026-Q1", 10), approved(A, "2026-Q2", 25), approved(A, "2026-Q3", 40));

        assertThat(total(result)).isEqualByComparingTo("40");
        assertThat(actualIn(result, "2026-Q2")).isEqualByComparingTo("25");
    }

    @Test
    void cumulative_programmeTotalPerPeriodIsTheSumOfEachPartnersLatestValue() {
        IndicatorResult result = aggregate(number(TimeAggregation.CUMULATIVE, PartnerAggregation.SUM), YEAR_2026,
                approved(A, "2026-Q1", 10), approved(A, "2026-Q2", 25), approved(A, "2026-Q3", 40),
                approved(B, "2026-Q1", 5), approved(B, "2026-Q2", 8), approved(B, "2026-Q3", 12));

        assertThat(actualIn(result, "2026-Q1")).isEqualByComparingTo("15");
        assertThat(actualIn(result, "2026-Q2")).isEqualByComparingTo("33");
        assertThat(actualIn(result, "2026-Q3")).isEqualByComparingTo("52");
        assertThat(total(result)).isEqualByComparingTo("52");
    }

    @Test
    void cumulative_aPartnerThatSkipsAQuarterCarriesItsLatestValueForward() {
        IndicatorResult result = aggregate(number(TimeAggregation.CUMULATIVE, PartnerAggregation.SUM), YEAR_2026,
                approved(A, "2026-Q1", 10), approved(A, "2026-Q2", 25), approved(A, "2026-Q4", 50),
                approved(B, "2026-Q1", 5), approved(B, "2026-Q3", 12));

        assertThat(actualIn(result, "2026-Q1")).isEqualByComparingTo("15");
        assertThat(actualIn(result, "2026-Q2")).as("B skipped Q2: its 5 carries forward").isEqualByComparingTo("30");
        assertThat(actualIn(result, "2026-Q3")).as("A skipped Q3: its 25 carries forward").isEqualByComparingTo("37");
        assertThat(actualIn(result, "2026-Q4")).isEqualByComparingTo("62");
        assertThat(total(result)).isEqualByComparingTo("62");
        assertThat(result.flags()).isEmpty();
    }

    @Test
    void cumulative_aValueLowerThanThePartnersPreviousOneIsFlaggedButStillUsed() {
        IndicatorResult result = aggregate(number(TimeAggregation.CUMULATIVE, PartnerAggregation.SUM), YEAR_2026,
                approved(A, "2026-Q1", 10), approved(A, "2026-Q2", 25), approved(A, "2026-Q3", 20),
                approved(B, "2026-Q1", 5), approved(B, "2026-Q3", 6));

        assertThat(total(result)).isEqualByComparingTo("26");
        assertThat(result.flags()).containsExactly(new Flag(Flag.Kind.CUMULATIVE_DECREASE, A, q("2026-Q3")));
    }

    @Test
    void cumulative_editingAnEarlierPeriodAfterLaterOnesWereApprovedChangesOnlyWhatDependsOnIt() {
        var rules = number(TimeAggregation.CUMULATIVE, PartnerAggregation.SUM);
        IndicatorResult before = aggregate(rules, YEAR_2026,
                approved(A, "2026-Q1", 10), approved(A, "2026-Q2", 25), approved(A, "2026-Q3", 40),
                approved(B, "2026-Q1", 5), approved(B, "2026-Q2", 8));
        IndicatorResult afterCorrection = aggregate(rules, YEAR_2026,
                approved(A, "2026-Q1", 10), approved(A, "2026-Q2", 30), approved(A, "2026-Q3", 40),
                approved(B, "2026-Q1", 5), approved(B, "2026-Q2", 8));
        IndicatorResult afterOvershoot = aggregate(rules, YEAR_2026,
                approved(A, "2026-Q1", 10), approved(A, "2026-Q2", 45), approved(A, "2026-Q3", 40),
                approved(B, "2026-Q1", 5), approved(B, "2026-Q2", 8));

        assertThat(actualIn(afterCorrection, "2026-Q1")).isEqualByComparingTo(actualIn(before, "2026-Q1")).isEqualByComparingTo("15");
        assertThat(actualIn(before, "2026-Q2")).isEqualByComparingTo("33");
        assertThat(actualIn(afterCorrection, "2026-Q2")).isEqualByComparingTo("38");
        assertThat(actualIn(afterCorrection, "2026-Q3")).isEqualByComparingTo(actualIn(before, "2026-Q3")).isEqualByComparingTo("48");
        assertThat(total(afterCorrection)).isEqualByComparingTo(total(before)).isEqualByComparingTo("48");
        assertThat(afterCorrection.flags()).isEmpty();

        assertThat(actualIn(afterOvershoot, "2026-Q2")).isEqualByComparingTo("53");
        assertThat(total(afterOvershoot)).as("the later approved running total still stands").isEqualByComparingTo("48");
        assertThat(afterOvershoot.flags()).containsExactly(new Flag(Flag.Kind.CUMULATIVE_DECREASE, A, q("2026-Q3")));
    }

    @Test
    void cumulative_aRunningTotalFromBeforeTheRangeCarriesIntoIt() {
        IndicatorResult result = aggregate(number(TimeAggregation.CUMULATIVE, PartnerAggregation.SUM),
                Scope.programme(range("2026-Q1", "2026-Q2")),
                approved(A, "2025-Q2", 60), approved(A, "2025-Q4", 100),
                approved(B, "2025-Q3", 20), approved(B, "2026-Q1", 15), approved(B, "2026-Q3", 99));

        assertThat(actualIn(result, "2026-Q1")).isEqualByComparingTo("115");
        assertThat(actualIn(result, "2026-Q2")).isEqualByComparingTo("115");
        assertThat(total(result)).as("values after the range do not count").isEqualByComparingTo("115");
        assertThat(result.flags()).as("compared with the value before the range")
                .containsExactly(new Flag(Flag.Kind.CUMULATIVE_DECREASE, B, q("2026-Q1")));
    }

    @Test
    void latest_takesEachPartnersLatestValueInRangeThenCombinesPartners() {
        IndicatorResult result = aggregate(number(TimeAggregation.LATEST, PartnerAggregation.SUM), YEAR_2026,
                approved(A, "2025-Q4", 99),
                approved(A, "2026-Q1", 7), approved(A, "2026-Q3", 4),
                approved(B, "2026-Q2", 3));
        IndicatorResult summed = aggregate(number(TimeAggregation.SUM, PartnerAggregation.SUM), YEAR_2026,
                approved(A, "2026-Q1", 7), approved(A, "2026-Q3", 4),
                approved(B, "2026-Q2", 3));

        assertThat(total(result)).isEqualByComparingTo("7");
        assertThat(total(summed)).isEqualByComparingTo("14");
        assertThat(actualIn(result, "2026-Q1")).isEqualByComparingTo("7");
        assertThat(actualIn(result, "2026-Q4")).as("a level is not carried forward").isNull();
    }

    @Test
    void latest_aValueOnlyBeforeTheRangeDoesNotCount() {
        IndicatorResult result = aggregate(number(TimeAggregation.LATEST, PartnerAggregation.SUM), YEAR_2026,
                approved(A, "2025-Q4", 99));

        assertThat(result.totalToDate()).isNull();
    }

    @Test
    void max_takesEachPartnersHighestValueInRange() {
        IndicatorResult result = aggregate(number(TimeAggregation.MAX, PartnerAggregation.SUM), YEAR_2026,
                approved(A, "2026-Q1", 3), approved(A, "2026-Q2", 9), approved(A, "2026-Q3", 4),
                approved(B, "2026-Q4", 5));

        assertThat(total(result)).isEqualByComparingTo("14");
        assertThat(Objects.requireNonNull(aggregate(number(TimeAggregation.MAX, PartnerAggregation.SUM),
                Scope.partner(A, range("2026-Q1", "2026-Q4")), approved(A, "2026-Q1", 3), approved(A, "2026-Q2", 9))
                .totalToDate()).value()).isEqualByComparingTo("9");
    }

    @Test
    void average_isTheMeanOverPeriodsThatHaveAValue() {
        IndicatorResult result = aggregate(number(TimeAggregation.AVERAGE, PartnerAggregation.SUM),
                Scope.partner(A, range("2026-Q1", "2026-Q4")),
                approved(A, "2026-Q1", 10), approved(A, "2026-Q3", 20));

        assertThat(total(result)).as("not 30 / 4 quarters").isEqualByComparingTo("15");
    }

    @Test
    void average_keepsFullPrecisionWhereTheMeanHasNoFiniteDecimal() {
        IndicatorResult result = aggregate(number(TimeAggregation.AVERAGE, PartnerAggregation.SUM),
                Scope.partner(A, range("2026-Q1", "2026-Q4")),
                approved(A, "2026-Q1", 1), approved(A, "2026-Q2", 1), approved(A, "2026-Q3", 2));

        assertThat(total(result)).isEqualByComparingTo(BigDecimal.valueOf(4).divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL128));
    }
}
