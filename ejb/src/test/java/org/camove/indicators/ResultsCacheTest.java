package org.camove.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.camove.indicators.aggregation.AggregationEngine;
import org.camove.indicators.aggregation.ApprovalState;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.indicators.aggregation.IndicatorRules;
import org.camove.indicators.aggregation.PartnerAggregation;
import org.camove.indicators.aggregation.PartnerId;
import org.camove.indicators.aggregation.PeriodRange;
import org.camove.indicators.aggregation.PeriodValue;
import org.camove.indicators.aggregation.Quarter;
import org.camove.indicators.aggregation.Scope;
import org.camove.indicators.aggregation.StatusThresholds;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.junit.jupiter.api.Test;

class ResultsCacheTest {

    private static final Scope YEAR = Scope.programme(PeriodRange.parse("2026-Q1", "2026-Q4"));
    private static final IndicatorResult RESULT = result("10");

    @Test
    void aResultIsFoundOnlyAtTheVersionAndValuesRevisionItWasComputedAt() {
        var cache = new ResultsCache();
        var key = key(1, YEAR);
        cache.put(key, 3, 7, RESULT);

        assertThat(cache.get(key, 3, 7)).isSameAs(RESULT);
        assertThat(cache.get(key, 4, 7)).as("the definition changed").isNull();
        assertThat(cache.get(key, 3, 8)).as("the values changed").isNull();
        assertThat(cache.get(key(1, YEAR.includingPending()), 3, 7)).as("another scope").isNull();
        assertThat(cache.get(new ResultsCache.Key(1, StatusThresholds.of(80, 60), YEAR), 3, 7))
                .as("other thresholds").isNull();
        assertThat(cache.get(key(2, YEAR), 3, 7)).as("another indicator").isNull();
    }

    @Test
    void aResultComputedAfreshReplacesTheOneItOutdates() {
        var cache = new ResultsCache();
        var key = key(1, YEAR);
        cache.put(key, 3, 7, RESULT);
        long held = cache.figures();
        var newer = result("12");
        cache.put(key, 3, 8, newer);

        assertThat(cache.get(key, 3, 8)).isSameAs(newer);
        assertThat(cache.get(key, 3, 7)).isNull();
        assertThat(cache.figures()).as("the old result is not held beside the new one").isEqualTo(held);
    }

    @Test
    void theLeastRecentlyUsedResultsGoWhenTheFiguresHeldPassTheCapacity() {
        long perResult = RESULT.periods().size();
        var cache = new ResultsCache(3 * perResult);
        for (long indicator = 1; indicator <= 3; indicator++) {
            cache.put(key(indicator, YEAR), 0, 0, RESULT);
        }
        cache.get(key(1, YEAR), 0, 0);
        cache.put(key(4, YEAR), 0, 0, RESULT);

        assertThat(cache.get(key(2, YEAR), 0, 0)).as("the least recently used").isNull();
        assertThat(cache.get(key(1, YEAR), 0, 0)).as("read just before").isNotNull();
        assertThat(cache.get(key(3, YEAR), 0, 0)).isNotNull();
        assertThat(cache.get(key(4, YEAR), 0, 0)).isNotNull();
        assertThat(cache.figures()).isEqualTo(3 * perResult);
    }

    private static ResultsCache.Key key(long indicator, Scope scope) {
        return new ResultsCache.Key(indicator, StatusThresholds.DEFAULT, scope);
    }

    private static IndicatorResult result(String value) {
        var rules = IndicatorRules.of(MeasureType.NUMBER, TimeAggregation.SUM, PartnerAggregation.SUM);
        return new AggregationEngine().aggregate(rules, YEAR, List.of(PeriodValue.number(PartnerId.of(1),
                Quarter.parse("2026-Q1"), ApprovalState.APPROVED, new BigDecimal(value))).iterator());
    }
}
