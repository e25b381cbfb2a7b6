package org.camove.indicators.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.camove.indicators.aggregation.Fixtures.A;
import static org.camove.indicators.aggregation.Fixtures.B;
import static org.camove.indicators.aggregation.Fixtures.C;
import static org.camove.indicators.aggregation.Fixtures.approved;
import static org.camove.indicators.aggregation.Fixtures.number;
import static org.camove.indicators.aggregation.Fixtures.range;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import org.camove.logframe.TimeAggregation;
import org.junit.jupiter.api.Test;

/** The engine reads a feed grouped by partner and never needs the whole programme's values at once. */
class StreamingFeedTest {

    private final AggregationEngine engine = new AggregationEngine();
    private static final Scope YEAR_2026 = Scope.programme(range("2026-Q1", "2026-Q4"));

    @Test
    void readsValuesGroupedByPartner_inAnyOrderWithinAPartner() {
        IndicatorResult result = engine.aggregate(number(TimeAggregation.CUMULATIVE, PartnerAggregation.SUM), YEAR_2026,
                Stream.of(approved(B, "2026-Q3", 12), approved(B, "2026-Q1", 5),
                        approved(A, "2026-Q2", 25), approved(A, "2026-Q1", 10)));

        assertThat(result.totalToDate().value()).isEqualByComparingTo("37");
    }

    @Test
    void refusesAPartnerWhoseValuesComeBackAfterAnotherPartners() {
        assertThatIllegalArgumentException().isThrownBy(() -> engine.aggregate(number(TimeAggregation.SUM, PartnerAggregation.SUM),
                        YEAR_2026, Stream.of(approved(A, "2026-Q1", 1), approved(B, "2026-Q1", 1), approved(A, "2026-Q2", 1))))
                .withMessageContaining("grouped by partner");
    }

    @Test
    void partnersOutsideTheScopeMayBeInterleaved_theyAreDroppedOnArrival() {
        IndicatorResult result = engine.aggregate(number(TimeAggregation.SUM, PartnerAggregation.SUM),
                Scope.partners(Set.of(A, B), range("2026-Q1", "2026-Q4")),
                Stream.of(approved(A, "2026-Q1", 1), approved(C, "2026-Q1", 100), approved(A, "2026-Q2", 2),
                        approved(C, "2026-Q2", 100), approved(B, "2026-Q1", 4)));

        assertThat(result.totalToDate().value()).isEqualByComparingTo("7");
    }

    @Test
    void aPartnersSeriesKeepsOnlyTheQuartersThatCanMatter() {
        PeriodRange range = range("2026-Q1", "2026-Q4");
        PartnerSeries cumulative = new PartnerSeries(A, Scope.programme(range), true);
        PartnerSeries summed = new PartnerSeries(A, Scope.programme(range), false);
        Quarter quarter = Quarter.of(1990, 1);
        for (int i = 0; i < 200; i++, quarter = quarter.next()) {
            PeriodValue value = PeriodValue.number(A, quarter, ApprovalState.APPROVED, BigDecimal.valueOf(i));
            cumulative.offer(value);
            summed.offer(value);
        }

        // 1990-Q1 + 200 quarters runs to 2039-Q4: 4 quarters in range, plus the latest before it for the running total.
        assertThat(cumulative.counted()).hasSize(5);
        assertThat(cumulative.counted().firstKey()).isEqualTo(Quarter.parse("2025-Q4"));
        assertThat(summed.counted()).hasSize(4);
    }

    @Test
    void aggregatesALongLazyFeedPartnerByPartner() {
        int partners = 20_000;
        List<Quarter> quarters = range("2026-Q1", "2026-Q4").quarters();
        Iterator<PeriodValue> feed = new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < partners * quarters.size();
            }

            @Override
            public PeriodValue next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                PartnerId partner = PartnerId.of(index / quarters.size());
                Quarter quarter = quarters.get(index % quarters.size());
                index++;
                return PeriodValue.number(partner, quarter, ApprovalState.APPROVED, BigDecimal.valueOf(quarter.quarter()));
            }
        };

        IndicatorResult result = engine.aggregate(number(TimeAggregation.CUMULATIVE, PartnerAggregation.SUM), YEAR_2026, feed);

        assertThat(result.totalToDate().value()).isEqualByComparingTo(BigDecimal.valueOf(4L * partners));
        assertThat(result.period(Quarter.parse("2026-Q2")).actual().value()).isEqualByComparingTo(BigDecimal.valueOf(2L * partners));
    }

    @Test
    void anAggregationGivesItsResultOnce_andTakesNoValuesAfterwards() {
        IndicatorAggregation aggregation = engine.start(number(TimeAggregation.SUM, PartnerAggregation.SUM), YEAR_2026);
        aggregation.accept(approved(A, "2026-Q1", 3));

        assertThat(aggregation.result()).isSameAs(aggregation.result());
        assertThatIllegalStateException().isThrownBy(() -> aggregation.accept(approved(B, "2026-Q1", 3)));
    }
}
