package org.camove.indicators.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.camove.indicators.aggregation.Fixtures.A;
import static org.camove.indicators.aggregation.Fixtures.actualIn;
import static org.camove.indicators.aggregation.Fixtures.aggregate;
import static org.camove.indicators.aggregation.Fixtures.approved;
import static org.camove.indicators.aggregation.Fixtures.number;
import static org.camove.indicators.aggregation.Fixtures.pending;
import static org.camove.indicators.aggregation.Fixtures.range;
import static org.camove.indicators.aggregation.Fixtures.total;

import org.camove.logframe.TimeAggregation;
import org.junit.jupiter.api.Test;

/** Only approved values count in official figures. */
class ApprovalRulesTest {

    private static final Scope OFFICIAL = Scope.programme(range("2026-Q1", "2026-Q4"));
    private static final Scope INTERNAL = OFFICIAL.includingPending();
    private static final IndicatorRules SUMMED = number(TimeAggregation.SUM, PartnerAggregation.SUM);

    @Test
    void pendingValues_areExcludedFromOfficialFigures() {
        IndicatorResult result = aggregate(SUMMED, OFFICIAL, approved(A, "2026-Q1", 10), pending(A, "2026-Q2", 20));

        assertThat(total(result)).isEqualByComparingTo("10");
        assertThat(actualIn(result, "2026-Q2")).isNull();
    }

    @Test
    void pendingValues_countWhenAnInternalViewAsksForThem() {
        IndicatorResult result = aggregate(SUMMED, INTERNAL, approved(A, "2026-Q1", 10), pending(A, "2026-Q2", 20));

        assertThat(total(result)).isEqualByComparingTo("30");
    }

    @Test
    void aPendingRevision_replacesTheApprovedFigureOnlyWhenPendingValuesAreAskedFor() {
        PeriodValue[] values = {approved(A, "2026-Q1", 10), pending(A, "2026-Q1", 12)};

        assertThat(total(aggregate(SUMMED, OFFICIAL, values))).isEqualByComparingTo("10");
        assertThat(total(aggregate(SUMMED, INTERNAL, values))).isEqualByComparingTo("12");
        assertThat(total(aggregate(SUMMED, INTERNAL, pending(A, "2026-Q1", 12), approved(A, "2026-Q1", 10))))
                .as("whatever the order").isEqualByComparingTo("12");
    }

    @Test
    void aPendingCumulativeValueNeitherCarriesNorFlagsInOfficialFigures() {
        IndicatorRules cumulative = number(TimeAggregation.CUMULATIVE, PartnerAggregation.SUM);
        PeriodValue[] values = {approved(A, "2026-Q1", 10), pending(A, "2026-Q2", 8)};

        IndicatorResult official = aggregate(cumulative, OFFICIAL, values);
        IndicatorResult internal = aggregate(cumulative, INTERNAL, values);

        assertThat(total(official)).isEqualByComparingTo("10");
        assertThat(official.flags()).isEmpty();
        assertThat(total(internal)).isEqualByComparingTo("8");
        assertThat(internal.hasFlag(Flag.Kind.CUMULATIVE_DECREASE)).isTrue();
    }

    @Test
    void twoValuesOfTheSameStateForOneQuarter_areAFeedDefect() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> aggregate(SUMMED, OFFICIAL, approved(A, "2026-Q1", 10), approved(A, "2026-Q1", 11)))
                .withMessageContaining("2026-Q1");
    }
}
