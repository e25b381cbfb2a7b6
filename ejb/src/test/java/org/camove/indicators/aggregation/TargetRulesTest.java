package org.camove.indicators.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camove.indicators.aggregation.Fixtures.A;
import static org.camove.indicators.aggregation.Fixtures.B;
import static org.camove.indicators.aggregation.Fixtures.C;
import static org.camove.indicators.aggregation.Fixtures.aggregate;
import static org.camove.indicators.aggregation.Fixtures.approved;
import static org.camove.indicators.aggregation.Fixtures.approvedRatio;
import static org.camove.indicators.aggregation.Fixtures.dec;
import static org.camove.indicators.aggregation.Fixtures.number;
import static org.camove.indicators.aggregation.Fixtures.percentage;
import static org.camove.indicators.aggregation.Fixtures.q;
import static org.camove.indicators.aggregation.Fixtures.range;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.camove.logframe.TimeAggregation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Targets to date, % of target and the on-track status. */
class TargetRulesTest {

    private static final Targets QUARTERLY = Targets.ofProgramme(Map.of(
            q("2026-Q1"), dec(100), q("2026-Q2"), dec(200), q("2026-Q3"), dec(300), q("2026-Q4"), dec(400)));
    private static final Scope TO_Q3 = Scope.programme(range("2026-Q1", "2026-Q3"));

    @Test
    void sumTargets_targetToDateIsTheSumOfPeriodTargetsUpToTheLastPeriodInRange() {
        IndicatorResult result = aggregate(number(TimeAggregation.SUM, PartnerAggregation.SUM).withTargets(QUARTERLY), TO_Q3);

        assertThat(result.targetToDate()).isEqualByComparingTo("600");
        assertThat(result.periods()).extracting(PeriodResult::target)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec(100), dec(200), dec(300));
    }

    @Test
    void cumulativeTargets_targetToDateIsTheLatestPeriodsTargetNeverSummed() {
        IndicatorResult result = aggregate(number(TimeAggregation.CUMULATIVE, PartnerAggregation.SUM).withTargets(QUARTERLY), TO_Q3);

        assertThat(result.targetToDate()).isEqualByComparingTo("300");
    }

    @ParameterizedTest
    @EnumSource(value = TimeAggregation.class, names = {"LATEST", "MAX", "AVERAGE"})
    void levelTargets_targetToDateIsTheLatestPeriodsTargetNeverSummed(TimeAggregation rule) {
        IndicatorResult result = aggregate(number(rule, PartnerAggregation.SUM).withTargets(QUARTERLY), TO_Q3);

        assertThat(result.targetToDate()).isEqualByComparingTo("300");
    }

    @Test
    void nonSumTargets_useTheLatestQuarterThatHasATarget_cumulativeAlsoBeforeTheRange() {
        Targets annual = Targets.ofProgramme(Map.of(q("2025-Q4"), dec(500), q("2026-Q4"), dec(1000)));
        Scope firstHalf = Scope.programme(range("2026-Q1", "2026-Q2"));

        assertThat(aggregate(number(TimeAggregation.CUMULATIVE, PartnerAggregation.SUM).withTargets(annual), firstHalf)
                .targetToDate()).isEqualByComparingTo("500");
        assertThat(aggregate(number(TimeAggregation.LATEST, PartnerAggregation.SUM).withTargets(annual), firstHalf)
                .targetToDate()).isNull();
        assertThat(aggregate(number(TimeAggregation.LATEST, PartnerAggregation.SUM).withTargets(annual),
                Scope.programme(range("2026-Q1", "2027-Q1"))).targetToDate()).isEqualByComparingTo("1000");
    }

    @Test
    void lifeOfProgrammeTargetAndBaseline_areReportedAsTheyAre() {
        Baseline baseline = new Baseline(dec(120), LocalDate.of(2025, 6, 30), "Household survey 2025");
        IndicatorResult result = aggregate(number(TimeAggregation.CUMULATIVE, PartnerAggregation.SUM)
                        .withLifeOfProgrammeTarget(dec(5000)).withBaseline(baseline), TO_Q3,
                approved(A, "2026-Q1", 100));

        assertThat(result.lifeOfProgrammeTarget()).isEqualByComparingTo("5000");
        assertThat(result.baseline()).isEqualTo(baseline);
        assertThat(result.totalToDate().value()).as("the baseline is not added").isEqualByComparingTo("100");
    }

    @Test
    void partnerTargets_aPartnerScopeUsesItsOwnTargets_aCountryCombinesThemByThePartnerRule() {
        Targets targets = QUARTERLY
                .withPartner(A, Map.of(q("2026-Q1"), dec(10), q("2026-Q2"), dec(20)))
                .withPartner(B, Map.of(q("2026-Q1"), dec(30)))
                .withPartner(C, Map.of(q("2026-Q1"), dec(50)));
        IndicatorRules summed = number(TimeAggregation.SUM, PartnerAggregation.SUM).withTargets(targets);
        PeriodRange half = range("2026-Q1", "2026-Q2");

        assertThat(aggregate(summed, Scope.partner(A, half)).targetToDate()).isEqualByComparingTo("30");
        assertThat(aggregate(summed, Scope.partners(Set.of(A, B), half)).targetToDate()).isEqualByComparingTo("60");
        assertThat(aggregate(summed, Scope.programme(half)).targetToDate()).as("the programme's own targets").isEqualByComparingTo("300");
        assertThat(aggregate(number(TimeAggregation.SUM, PartnerAggregation.MAX).withTargets(targets),
                Scope.partners(Set.of(A, B), half)).period(q("2026-Q1")).target()).isEqualByComparingTo("30");
        assertThat(aggregate(number(TimeAggregation.SUM, PartnerAggregation.SUM).withTargets(Targets.none().withPartner(A,
                Map.of(q("2026-Q1"), dec(10))).withPartner(B, Map.of(q("2026-Q1"), dec(30)))), Scope.programme(half))
                .targetToDate()).as("without programme targets the partners' are combined").isEqualByComparingTo("40");
    }

    @Test
    void percentageTargets_areNeverAdded_aPartnerUsesItsOwn_otherScopesTheProgrammesRate() {
        Targets targets = Targets.ofProgramme(Map.of(q("2026-Q1"), dec(60)))
                .withPartner(A, Map.of(q("2026-Q1"), dec(70)))
                .withPartner(B, Map.of(q("2026-Q1"), dec(50)));
        IndicatorRules rules = percentage(TimeAggregation.LATEST).withTargets(targets);
        PeriodRange q1 = range("2026-Q1", "2026-Q1");

        assertThat(aggregate(rules, Scope.partner(A, q1), approvedRatio(A, "2026-Q1", 7, 10)).targetToDate()).isEqualByComparingTo("70");
        assertThat(aggregate(rules, Scope.partners(Set.of(A, B), q1)).targetToDate()).isEqualByComparingTo("60");
        assertThat(aggregate(rules, Scope.partner(C, q1)).targetToDate()).isEqualByComparingTo("60");
    }

    @Test
    void percentageTargets_areNotAddedOverTimeEither_aPooledRangeIsMeasuredAgainstItsLatestRate() {
        IndicatorRules rules = percentage(TimeAggregation.SUM).withTargets(Targets.ofProgramme(Map.of(
                q("2026-Q1"), dec(40), q("2026-Q2"), dec(50), q("2026-Q3"), dec(55))));

        IndicatorResult result = aggregate(rules, Scope.programme(range("2026-Q1", "2026-Q2")),
                approvedRatio(A, "2026-Q1", 46, 100), approvedRatio(A, "2026-Q2", 54, 105));

        assertThat(result.totalToDate().numerator()).isEqualByComparingTo("100");
        assertThat(result.targetToDate()).as("not 40 + 50").isEqualByComparingTo("50");
        assertThat(result.percentOfTarget()).isEqualByComparingTo("97.6");
    }

    @Test
    void percentOfTarget_isActualOverTargetToOneDecimalHalfUp_andAbsentWithoutATarget() {
        IndicatorRules rules = number(TimeAggregation.SUM, PartnerAggregation.SUM)
                .withTargets(Targets.ofProgramme(Map.of(q("2026-Q1"), dec(3))));
        Scope q1 = Scope.programme(range("2026-Q1", "2026-Q1"));

        assertThat(aggregate(rules, q1, approved(A, "2026-Q1", 2)).percentOfTarget()).isEqualByComparingTo("66.7");
        assertThat(aggregate(rules, q1, approved(A, "2026-Q1", 2)).percentOfTarget().scale()).isEqualTo(1);
        assertThat(aggregate(number(TimeAggregation.SUM, PartnerAggregation.SUM), q1, approved(A, "2026-Q1", 2))
                .percentOfTarget()).isNull();
        assertThat(aggregate(rules.withTargets(Targets.ofProgramme(Map.of(q("2026-Q1"), dec(0)))), q1, approved(A, "2026-Q1", 2))
                .percentOfTarget()).as("a zero target gives no percentage").isNull();
    }

    @Test
    void onTrackStatus_isGreenAmberOrRedByTheProgrammesThresholds() {
        IndicatorRules rules = number(TimeAggregation.SUM, PartnerAggregation.SUM)
                .withTargets(Targets.ofProgramme(Map.of(q("2026-Q1"), dec(1000))));
        Scope q1 = Scope.programme(range("2026-Q1", "2026-Q1"));

        assertThat(aggregate(rules, q1, approved(A, "2026-Q1", 900)).status()).isEqualTo(OnTrackStatus.GREEN);
        assertThat(aggregate(rules, q1, approved(A, "2026-Q1", 899)).status()).isEqualTo(OnTrackStatus.AMBER);
        assertThat(aggregate(rules, q1, approved(A, "2026-Q1", 700)).status()).isEqualTo(OnTrackStatus.AMBER);
        assertThat(aggregate(rules, q1, approved(A, "2026-Q1", 699)).status()).isEqualTo(OnTrackStatus.RED);
        assertThat(aggregate(rules, q1).status()).as("nothing reported").isEqualTo(OnTrackStatus.NONE);

        IndicatorRules lenient = rules.withThresholds(StatusThresholds.of(80, 50));
        assertThat(aggregate(lenient, q1, approved(A, "2026-Q1", 800)).status()).isEqualTo(OnTrackStatus.GREEN);
        assertThat(aggregate(lenient, q1, approved(A, "2026-Q1", 500)).status()).isEqualTo(OnTrackStatus.AMBER);
        assertThat(aggregate(lenient, q1, approved(A, "2026-Q1", 499)).status()).isEqualTo(OnTrackStatus.RED);
    }

    @Test
    void onTrackStatus_isJudgedOnThePercentageAsReported() {
        IndicatorRules rules = number(TimeAggregation.SUM, PartnerAggregation.SUM)
                .withTargets(Targets.ofProgramme(Map.of(q("2026-Q1"), dec(20000))));
        IndicatorResult result = aggregate(rules, Scope.programme(range("2026-Q1", "2026-Q1")), approved(A, "2026-Q1", 17990));

        assertThat(result.percentOfTarget()).isEqualByComparingTo("90.0");
        assertThat(result.status()).isEqualTo(OnTrackStatus.GREEN);
    }

    @Test
    void onTrackStatus_isNoneWithoutATarget() {
        IndicatorResult result = aggregate(number(TimeAggregation.SUM, PartnerAggregation.SUM),
                Scope.programme(range("2026-Q1", "2026-Q1")), approved(A, "2026-Q1", 5));

        assertThat(result.status()).isEqualTo(OnTrackStatus.NONE);
    }

    @Test
    void lowerIsBetter_percentOfTargetIsTheShareOfThePlannedFallFromTheBaseline() {
        // 1.a: 80% of migrants without registration at baseline, 60% targeted by 2026-Q1
        IndicatorRules falling = percentage(TimeAggregation.LATEST).withDirection(Direction.DECREASE)
                .withBaseline(Baseline.of(dec(80))).withTargets(Targets.ofProgramme(Map.of(q("2026-Q1"), dec(60))));
        Scope q1 = Scope.programme(range("2026-Q1", "2026-Q1"));

        IndicatorResult halfway = aggregate(falling, q1, approvedRatio(A, "2026-Q1", 70, 100));
        assertThat(halfway.percentOfTarget()).isEqualByComparingTo("50.0");
        assertThat(halfway.status()).isEqualTo(OnTrackStatus.RED);
        assertThat(aggregate(falling, q1, approvedRatio(A, "2026-Q1", 61, 100)).status()).isEqualTo(OnTrackStatus.GREEN);
        assertThat(aggregate(falling, q1, approvedRatio(A, "2026-Q1", 55, 100)).percentOfTarget())
                .as("beating the target").isEqualByComparingTo("125.0");
        assertThat(aggregate(falling, q1, approvedRatio(A, "2026-Q1", 85, 100)).percentOfTarget())
                .as("worse than the baseline").isEqualByComparingTo("-25.0");
        assertThat(aggregate(falling.withDirection(Direction.INCREASE), q1, approvedRatio(A, "2026-Q1", 70, 100))
                .status()).as("the same figures where higher is better").isEqualTo(OnTrackStatus.GREEN);
    }

    @Test
    void lowerIsBetter_withoutABaselineAboveTheTarget_isTargetOverActual() {
        IndicatorRules falling = number(TimeAggregation.LATEST, PartnerAggregation.SUM).withDirection(Direction.DECREASE)
                .withTargets(Targets.ofProgramme(Map.of(q("2026-Q1"), dec(40))));
        Scope q1 = Scope.programme(range("2026-Q1", "2026-Q1"));

        assertThat(aggregate(falling, q1, approved(A, "2026-Q1", 50)).percentOfTarget()).isEqualByComparingTo("80.0");
        assertThat(aggregate(falling, q1, approved(A, "2026-Q1", 0)).percentOfTarget())
                .as("nothing left to fall").isNull();
    }
}
