package org.camove.indicators.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.camove.indicators.aggregation.Fixtures.A;
import static org.camove.indicators.aggregation.Fixtures.B;
import static org.camove.indicators.aggregation.Fixtures.C;
import static org.camove.indicators.aggregation.Fixtures.aggregate;
import static org.camove.indicators.aggregation.Fixtures.dec;
import static org.camove.indicators.aggregation.Fixtures.q;
import static org.camove.indicators.aggregation.Fixtures.range;
import static org.camove.indicators.aggregation.Fixtures.total;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.junit.jupiter.api.Test;

/** Milestones are judged on their latest answer; qualitative answers are never summed. */
class MilestoneAndQualitativeRulesTest {

    private static final Scope YEAR_2026 = Scope.programme(range("2026-Q1", "2026-Q4"));

    private static PeriodValue milestone(PartnerId partner, String quarter, ApprovalState state, boolean reached) {
        return PeriodValue.milestone(partner, q(quarter), state, reached);
    }

    private static PeriodValue answer(PartnerId partner, String quarter, ApprovalState state, String text, long score) {
        return PeriodValue.qualitative(partner, q(quarter), state, text, dec(score));
    }

    @Test
    void yesNo_isReachedWhenTheLatestApprovedAnswerIsYes_whateverTimeRuleIsConfigured() {
        IndicatorRules rules = IndicatorRules.of(MeasureType.YES_NO, TimeAggregation.SUM, PartnerAggregation.MAX)
                .withTargets(Targets.ofProgramme(Map.of(q("2026-Q4"), BigDecimal.ONE)));
        PeriodValue no = milestone(A, "2026-Q1", ApprovalState.APPROVED, false);
        PeriodValue yes = milestone(A, "2026-Q2", ApprovalState.APPROVED, true);

        IndicatorResult reached = aggregate(rules, YEAR_2026, no, yes, milestone(A, "2026-Q3", ApprovalState.PENDING, false));
        IndicatorResult reverted = aggregate(rules, YEAR_2026, no, yes, milestone(A, "2026-Q3", ApprovalState.APPROVED, false));

        assertThat(total(reached)).as("1, not a sum of answers").isEqualByComparingTo("1");
        assertThat(reached.status()).isEqualTo(OnTrackStatus.GREEN);
        assertThat(total(reverted)).isEqualByComparingTo("0");
        assertThat(reverted.status()).isEqualTo(OnTrackStatus.RED);
    }

    @Test
    void yesNo_acrossPartners_countsAnyOrShareOfPartnersThatReachedIt() {
        PeriodValue[] answers = {
            milestone(A, "2026-Q1", ApprovalState.APPROVED, true),
            milestone(B, "2026-Q2", ApprovalState.APPROVED, true),
            milestone(C, "2026-Q2", ApprovalState.APPROVED, false)};

        assertThat(total(aggregate(IndicatorRules.of(MeasureType.YES_NO, TimeAggregation.LATEST, PartnerAggregation.SUM),
                YEAR_2026, answers))).isEqualByComparingTo("2");
        assertThat(total(aggregate(IndicatorRules.of(MeasureType.YES_NO, TimeAggregation.LATEST, PartnerAggregation.MAX),
                YEAR_2026, answers))).isEqualByComparingTo("1");
        assertThat(total(aggregate(IndicatorRules.of(MeasureType.YES_NO, TimeAggregation.LATEST, PartnerAggregation.AVERAGE),
                YEAR_2026, answers))).isEqualByComparingTo(BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), MathContext.DECIMAL128));
    }

    @Test
    void yesNo_acceptsOnlyZeroOrOne() {
        IndicatorRules rules = IndicatorRules.of(MeasureType.YES_NO, TimeAggregation.LATEST, PartnerAggregation.MAX);
        assertThatIllegalArgumentException().isThrownBy(() -> aggregate(rules, YEAR_2026,
                PeriodValue.number(A, q("2026-Q1"), ApprovalState.APPROVED, dec(2))));
    }

    @Test
    void qualitative_hasNoNumericTotal_andReportsEachPartnersLatestTextAndScore() {
        IndicatorRules rules = IndicatorRules.of(MeasureType.QUALITATIVE, TimeAggregation.LATEST, PartnerAggregation.SUM);
        IndicatorResult result = aggregate(rules, YEAR_2026,
                answer(A, "2026-Q1", ApprovalState.APPROVED, "Draft law on residence registration prepared", 2),
                answer(A, "2026-Q3", ApprovalState.APPROVED, "Закон о регистрации принят", 4),
                answer(A, "2026-Q4", ApprovalState.PENDING, "Implementation started", 5),
                answer(B, "2026-Q2", ApprovalState.APPROVED, "Consultations with the diaspora", 3));

        assertThat(result.totalToDate()).isNull();
        assertThat(result.percentOfTarget()).isNull();
        assertThat(result.status()).isEqualTo(OnTrackStatus.NONE);
        assertThat(result.periods()).allSatisfy(period -> assertThat(period.actual()).isNull());
        assertThat(result.latestNarratives()).containsExactly(
                new LatestNarrative(A, q("2026-Q3"), new Narrative("Закон о регистрации принят", dec(4))),
                new LatestNarrative(B, q("2026-Q2"), new Narrative("Consultations with the diaspora", dec(3))));
        assertThat(result.latestNarrative().orElseThrow().partner()).isEqualTo(A);
    }

    @Test
    void aValueOfTheWrongShapeForTheMeasureType_isAFeedDefect() {
        assertThatIllegalArgumentException().isThrownBy(() -> aggregate(
                IndicatorRules.of(MeasureType.PERCENTAGE, TimeAggregation.SUM, PartnerAggregation.SUM), YEAR_2026,
                PeriodValue.number(A, q("2026-Q1"), ApprovalState.APPROVED, dec(55))));
        assertThatIllegalArgumentException().isThrownBy(() -> aggregate(
                IndicatorRules.of(MeasureType.NUMBER, TimeAggregation.SUM, PartnerAggregation.SUM), YEAR_2026,
                PeriodValue.qualitative(A, q("2026-Q1"), ApprovalState.APPROVED, "text", null)));
    }
}
