package org.camove.indicators.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camove.indicators.aggregation.Fixtures.A;
import static org.camove.indicators.aggregation.Fixtures.B;
import static org.camove.indicators.aggregation.Fixtures.C;
import static org.camove.indicators.aggregation.Fixtures.actualIn;
import static org.camove.indicators.aggregation.Fixtures.aggregate;
import static org.camove.indicators.aggregation.Fixtures.approved;
import static org.camove.indicators.aggregation.Fixtures.number;
import static org.camove.indicators.aggregation.Fixtures.range;
import static org.camove.indicators.aggregation.Fixtures.total;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Set;
import org.camove.logframe.TimeAggregation;
import org.junit.jupiter.api.Test;

/** How partners' figures make a country's or the programme's. */
class PartnerAggregationRulesTest {

    private static final PeriodRange HALF_YEAR = range("2026-Q1", "2026-Q2");

    private static IndicatorResult threePartners(PartnerAggregation rule, Scope scope) {
        return aggregate(number(TimeAggregation.SUM, rule), scope,
                approved(A, "2026-Q1", 10), approved(A, "2026-Q2", 10),
                approved(B, "2026-Q1", 20),
                approved(C, "2026-Q1", 30), approved(C, "2026-Q2", 40));
    }

    @Test
    void acrossPartnersSum_addsPartnersFigures() {
        IndicatorResult result = threePartners(PartnerAggregation.SUM, Scope.programme(HALF_YEAR));

        assertThat(actualIn(result, "2026-Q1")).isEqualByComparingTo("60");
        assertThat(total(result)).isEqualByComparingTo("110");
    }

    @Test
    void acrossPartnersAverage_isTheMeanOverPartnersThatHaveAFigure() {
        IndicatorResult result = threePartners(PartnerAggregation.AVERAGE, Scope.programme(HALF_YEAR));

        assertThat(actualIn(result, "2026-Q1")).isEqualByComparingTo("20");
        assertThat(actualIn(result, "2026-Q2")).as("B reported nothing in Q2: not a zero").isEqualByComparingTo("25");
        assertThat(total(result)).as("(20 + 20 + 70) / 3")
                .isEqualByComparingTo(BigDecimal.valueOf(110).divide(BigDecimal.valueOf(3), MathContext.DECIMAL128));
    }

    @Test
    void acrossPartnersMax_takesTheHighestPartnersFigure() {
        IndicatorResult result = threePartners(PartnerAggregation.MAX, Scope.programme(HALF_YEAR));

        assertThat(actualIn(result, "2026-Q1")).isEqualByComparingTo("30");
        assertThat(total(result)).isEqualByComparingTo("70");
    }

    @Test
    void aCountryScopeCountsOnlyItsPartners() {
        IndicatorResult result = threePartners(PartnerAggregation.SUM, Scope.partners(Set.of(A, B), HALF_YEAR));

        assertThat(total(result)).isEqualByComparingTo("40");
    }

    @Test
    void aPartnerScopeCountsOnlyThatPartner() {
        IndicatorResult result = threePartners(PartnerAggregation.SUM, Scope.partner(C, HALF_YEAR));

        assertThat(total(result)).isEqualByComparingTo("70");
    }

    @Test
    void aScopeWithoutValuesHasNoActualsRatherThanZeros() {
        IndicatorResult result = aggregate(number(TimeAggregation.SUM, PartnerAggregation.SUM), Scope.programme(HALF_YEAR));

        assertThat(result.totalToDate()).isNull();
        assertThat(result.periods()).hasSize(2).allSatisfy(period -> assertThat(period.actual()).isNull());
        assertThat(result.status()).isEqualTo(OnTrackStatus.NONE);
    }
}
