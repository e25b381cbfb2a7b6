package org.camove.web.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.camove.indicators.IndicatorDescription;
import org.camove.indicators.aggregation.AggregationEngine;
import org.camove.indicators.aggregation.ApprovalState;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.indicators.aggregation.IndicatorRules;
import org.camove.indicators.aggregation.OptionCombination;
import org.camove.indicators.aggregation.PartnerAggregation;
import org.camove.indicators.aggregation.PartnerId;
import org.camove.indicators.aggregation.PeriodRange;
import org.camove.indicators.aggregation.PeriodValue;
import org.camove.indicators.aggregation.Quantity;
import org.camove.indicators.aggregation.Quarter;
import org.camove.indicators.aggregation.Scope;
import org.camove.indicators.aggregation.Targets;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;

/** Results computed by the real aggregation engine, for the tests of what pages make of them. */
final class Results {

    static final PartnerId BISHKEK = PartnerId.of(1);
    static final PartnerId OSH = PartnerId.of(2);
    static final PeriodRange HALF_2026 = PeriodRange.parse("2026-Q1", "2026-Q2");
    static final FigureFormat ENGLISH = new FigureFormat(MeasureType.NUMBER, Locale.ENGLISH, "Yes", "No");

    private Results() {
    }

    static IndicatorDescription sexByAge(TimeAggregation overTime) {
        return new IndicatorDescription(7, "CAOTM", java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2027, 12, 31),
                "1.b", "People registered", "people", MeasureType.NUMBER, overTime, List.of(
                new IndicatorDescription.Category("SEX", "Sex", List.of(
                        new IndicatorDescription.Option("F", "Female"), new IndicatorDescription.Option("M", "Male"))),
                new IndicatorDescription.Category("AGE", "Age group", List.of(
                        new IndicatorDescription.Option("0-17", "0–17"), new IndicatorDescription.Option("18-35", "18–35")))));
    }

    /** Values given as partner, quarter, then the cells F/0-17, F/18-35, M/0-17, M/18-35. */
    static IndicatorResult computed(TimeAggregation overTime, Object[]... values) {
        var rules = IndicatorRules.of(MeasureType.NUMBER, overTime, PartnerAggregation.SUM).disaggregatedBy("SEX", "AGE")
                .withTargets(Targets.ofProgramme(Map.of(Quarter.parse("2026-Q1"), new BigDecimal("50"),
                        Quarter.parse("2026-Q2"), new BigDecimal("60"))));
        var aggregation = new AggregationEngine().start(rules, Scope.programme(HALF_2026));
        for (Object[] value : values) {
            long[] cells = (long[]) value[2];
            Map<OptionCombination, Quantity> breakdown = new TreeMap<>();
            breakdown.put(OptionCombination.of("SEX", "F", "AGE", "0-17"), Quantity.of(cells[0]));
            breakdown.put(OptionCombination.of("SEX", "F", "AGE", "18-35"), Quantity.of(cells[1]));
            breakdown.put(OptionCombination.of("SEX", "M", "AGE", "0-17"), Quantity.of(cells[2]));
            breakdown.put(OptionCombination.of("SEX", "M", "AGE", "18-35"), Quantity.of(cells[3]));
            long total = cells[0] + cells[1] + cells[2] + cells[3];
            aggregation.accept(PeriodValue.number((PartnerId) value[0], Quarter.parse((String) value[1]), ApprovalState.APPROVED,
                    BigDecimal.valueOf(total)).withFullBreakdown(breakdown));
        }
        return aggregation.result();
    }

    static Object[] value(PartnerId partner, String quarter, long... cells) {
        return new Object[] {partner, quarter, cells};
    }
}
