package org.camove.indicators.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camove.indicators.aggregation.Fixtures.A;
import static org.camove.indicators.aggregation.Fixtures.B;
import static org.camove.indicators.aggregation.Fixtures.aggregate;
import static org.camove.indicators.aggregation.Fixtures.approvedRatio;
import static org.camove.indicators.aggregation.Fixtures.dec;
import static org.camove.indicators.aggregation.Fixtures.percentage;
import static org.camove.indicators.aggregation.Fixtures.q;
import static org.camove.indicators.aggregation.Fixtures.range;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.junit.jupiter.api.Test;

/** Percentages are numerators over denominators, pooled; never averages of percentages. */
class PercentageRulesTest {

    private static final PeriodRange YEAR_2026 = range("2026-Q1", "2026-Q4");

    private static BigDecimal percent(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
    }

    @Test
    void percentageAcrossPartners_isSumOfNumeratorsOverSumOfDenominators_neverTheAverageOfPercentages() {
        // Configured AVERAGE across partners on purpose: percentages pool whatever is configured.
        IndicatorRules rules = IndicatorRules.of(MeasureType.PERCENTAGE, TimeAggregation.SUM, PartnerAggregation.AVERAGE)
                .withTargets(Targets.ofProgramme(Map.of(q("2026-Q1"), dec(80))));
        IndicatorResult result = aggregate(rules, Scope.programme(range("2026-Q1", "2026-Q1")),
                approvedRatio(A, "2026-Q1", 1, 2),     // 50 %
                approvedRatio(B, "2026-Q1", 30, 40));  // 75 %

        Actual total = result.totalToDate();
        assertThat(total.numerator()).isEqualByComparingTo("31");
        assertThat(total.denominator()).isEqualByComparingTo("42");
        assertThat(total.value()).as("not 62.5").isEqualByComparingTo(percent(31, 42));
        assertThat(result.percentOfTarget()).isEqualByComparingTo("92.3");
    }

    @Test
    void percentageOverTimeSum_addsNumeratorsAndDenominators() {
        IndicatorResult result = aggregate(percentage(TimeAggregation.SUM), Scope.programme(YEAR_2026),
                approvedRatio(A, "2026-Q1", 1, 4), approvedRatio(A, "2026-Q2", 9, 12));

        assertThat(result.totalToDate().value()).as("10 / 16, not the mean of 25 % and 75 %").isEqualByComparingTo("62.5");
    }

    @Test
    void percentageOverTimeCumulative_takesEachPartnersLatestPairCarriedForward() {
        IndicatorResult result = aggregate(percentage(TimeAggregation.CUMULATIVE), Scope.programme(YEAR_2026),
                approvedRatio(A, "2026-Q1", 10, 20), approvedRatio(A, "2026-Q2", 30, 50),
                approvedRatio(B, "2026-Q1", 5, 10));

        assertThat(result.period(q("2026-Q2")).actual().numerator()).isEqualByComparingTo("35");
        assertThat(result.period(q("2026-Q2")).actual().denominator()).isEqualByComparingTo("60");
        assertThat(result.totalToDate().value()).isEqualByComparingTo(percent(35, 60));
    }

    @Test
    void percentageOverTimeAverage_isTheMeanNumeratorOverTheMeanDenominator() {
        IndicatorResult result = aggregate(percentage(TimeAggregation.AVERAGE), Scope.programme(YEAR_2026),
                approvedRatio(A, "2026-Q1", 1, 4), approvedRatio(A, "2026-Q2", 6, 8));

        assertThat(result.totalToDate().numerator()).isEqualByComparingTo("3.5");
        assertThat(result.totalToDate().denominator()).isEqualByComparingTo("6");
        assertThat(result.totalToDate().value()).as("not the mean of 25 % and 75 %").isEqualByComparingTo(percent(35, 60));
    }

    @Test
    void percentageOverTimeMax_takesTheQuarterWithTheHighestPercentage() {
        IndicatorResult result = aggregate(percentage(TimeAggregation.MAX), Scope.programme(YEAR_2026),
                approvedRatio(A, "2026-Q1", 9, 10), approvedRatio(A, "2026-Q2", 8, 20));

        assertThat(result.totalToDate().value()).as("not 9 / 20 taken from two quarters").isEqualByComparingTo("90");
    }

    @Test
    void percentageOverTimeLatest_takesTheLatestPair() {
        IndicatorResult result = aggregate(percentage(TimeAggregation.LATEST), Scope.programme(YEAR_2026),
                approvedRatio(A, "2026-Q1", 9, 10), approvedRatio(A, "2026-Q3", 1, 4));

        assertThat(result.totalToDate().value()).isEqualByComparingTo("25");
    }

    @Test
    void percentageDivisionByZero_givesNoValueNotAnException() {
        IndicatorRules rules = percentage(TimeAggregation.SUM).withTargets(Targets.ofProgramme(Map.of(q("2026-Q1"), dec(50))));
        assertThatCode(() -> aggregate(rules, Scope.partner(A, YEAR_2026), approvedRatio(A, "2026-Q1", 0, 0)))
                .doesNotThrowAnyException();
        IndicatorResult alone = aggregate(rules, Scope.partner(A, YEAR_2026), approvedRatio(A, "2026-Q1", 0, 0));
        IndicatorResult pooled = aggregate(rules, Scope.programme(YEAR_2026),
                approvedRatio(A, "2026-Q1", 0, 0), approvedRatio(B, "2026-Q1", 1, 2));

        assertThat(alone.period(q("2026-Q1")).actual().hasValue()).isFalse();
        assertThat(alone.totalToDate().hasValue()).isFalse();
        assertThat(alone.totalToDate().denominator()).isEqualByComparingTo("0");
        assertThat(alone.percentOfTarget()).isNull();
        assertThat(alone.status()).isEqualTo(OnTrackStatus.NONE);
        assertThat(pooled.totalToDate().value()).isEqualByComparingTo("50");
    }

    @Test
    void percentageMaxIgnoresQuartersWithoutAPercentage() {
        IndicatorResult result = aggregate(percentage(TimeAggregation.MAX), Scope.programme(YEAR_2026),
                approvedRatio(A, "2026-Q1", 1, 10), approvedRatio(A, "2026-Q2", 0, 0));

        assertThat(result.totalToDate().value()).isEqualByComparingTo("10");
    }

    @Test
    void pooledAcrossPartners_dividesTheSumOfNumeratorsByTheSumOfDenominators() {
        IndicatorRules rules = IndicatorRules.of(MeasureType.PERCENTAGE, TimeAggregation.LATEST, PartnerAggregation.POOLED);
        IndicatorResult result = aggregate(rules, Scope.programme(YEAR_2026),
                approvedRatio(A, "2026-Q1", 3, 4),      // 75 %
                approvedRatio(B, "2026-Q1", 10, 100),   // 10 %
                approvedRatio(B, "2026-Q2", 20, 100));  // 20 %, B's latest

        assertThat(result.period(q("2026-Q1")).actual().value()).as("13 / 104, not the mean 42.5")
                .isEqualByComparingTo(percent(13, 104));
        // each partner's latest pair, pooled: A's 3 / 4 and B's 20 / 100
        assertThat(result.totalToDate().numerator()).isEqualByComparingTo("23");
        assertThat(result.totalToDate().denominator()).isEqualByComparingTo("104");
    }

    @Test
    void pooledIsRefusedForAnythingButAPercentage() {
        for (MeasureType measure : new MeasureType[] {MeasureType.NUMBER, MeasureType.YES_NO, MeasureType.QUALITATIVE}) {
            assertThatThrownBy(() -> IndicatorRules.of(measure, TimeAggregation.SUM, PartnerAggregation.POOLED))
                    .as(measure.name()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pools");
        }
    }
}
