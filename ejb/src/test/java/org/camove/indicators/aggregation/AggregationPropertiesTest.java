package org.camove.indicators.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for any programme, checked on 200 random programmes per property from fixed
 * seeds (a failure names its seed and programme, so it can be replayed).
 */
class AggregationPropertiesTest {

    private static final int PROGRAMMES = 200;
    private static final Quarter FIRST = Quarter.of(2025, 1);
    private static final List<OptionCombination> CROSS_TAB = List.of(
            OptionCombination.of("SEX", "F", "AGE", "0-17"), OptionCombination.of("SEX", "F", "AGE", "18-35"),
            OptionCombination.of("SEX", "M", "AGE", "0-17"), OptionCombination.of("SEX", "M", "AGE", "18-35"));

    private final AggregationEngine engine = new AggregationEngine();

    /** A random programme: a few partners, a few years of values, some pending, a range somewhere inside. */
    private record Programme(List<PartnerId> partners, PeriodRange range, List<PeriodValue> values) {
    }

    private static Programme randomProgramme(Random random, MeasureType type, boolean cumulative, boolean disaggregated) {
        Set<PartnerId> partners = new TreeSet<>();
        int partnerCount = 1 + random.nextInt(8);
        while (partners.size() < partnerCount) {
            partners.add(PartnerId.of(1 + random.nextInt(50)));
        }
        Quarter from = plus(FIRST, random.nextInt(4));
        PeriodRange range = PeriodRange.of(from, plus(from, random.nextInt(6)));
        List<PeriodValue> values = new ArrayList<>();
        for (PartnerId partner : partners) {
            long runningTotal = 0;
            for (Quarter quarter = FIRST; !quarter.isAfter(plus(range.to(), 2)); quarter = quarter.next()) {
                if (random.nextInt(10) < 3) {
                    continue;
                }
                ApprovalState state = random.nextInt(5) == 0 ? ApprovalState.PENDING : ApprovalState.APPROVED;
                runningTotal = random.nextInt(10) == 0 ? Math.max(0, runningTotal - random.nextInt(50)) : runningTotal + random.nextInt(100);
                values.add(randomValue(random, type, partner, quarter, state, cumulative ? runningTotal : random.nextInt(1000), disaggregated));
            }
        }
        return new Programme(List.copyOf(partners), range, values);
    }

    private static PeriodValue randomValue(Random random, MeasureType type, PartnerId partner, Quarter quarter,
                                           ApprovalState state, long amount, boolean disaggregated) {
        if (type == MeasureType.PERCENTAGE) {
            long denominator = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(200);
            long numerator = denominator == 0 ? 0 : random.nextInt((int) denominator + 1);
            return PeriodValue.percentage(partner, quarter, state, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
        }
        PeriodValue value = PeriodValue.number(partner, quarter, state, BigDecimal.valueOf(amount));
        if (!disaggregated || random.nextInt(4) == 0) {
            return value;
        }
        Map<OptionCombination, Measurement> cells = new LinkedHashMap<>();
        long left = amount;
        for (int i = 0; i < CROSS_TAB.size() - 1; i++) {
            long cell = left == 0 ? 0 : random.nextInt((int) Math.min(left, Integer.MAX_VALUE - 1) + 1);
            cells.put(CROSS_TAB.get(i), Quantity.of(cell));
            left -= cell;
        }
        cells.put(CROSS_TAB.get(CROSS_TAB.size() - 1), Quantity.of(left));
        if (random.nextBoolean()) {
            return value.withFullBreakdown(cells);
        }
        cells.remove(CROSS_TAB.get(random.nextInt(CROSS_TAB.size())));
        return value.withPartialBreakdown(cells);
    }

    private static Quarter plus(Quarter quarter, int quarters) {
        Quarter result = quarter;
        for (int i = 0; i < quarters; i++) {
            result = result.next();
        }
        return result;
    }

    private static <T> T pick(Random random, T[] options) {
        return options[random.nextInt(options.length)];
    }

    private static BigDecimal valueOrZero(Actual actual) {
        return actual == null ? BigDecimal.ZERO : actual.value();
    }

    @Test
    void sumIndicatorsSummedAcrossPartners_programmeTotalEqualsTheSumOfPartnerTotals() {
        Random random = new Random(20260101L);
        IndicatorRules rules = IndicatorRules.of(MeasureType.NUMBER, TimeAggregation.SUM, PartnerAggregation.SUM);
        for (int run = 0; run < PROGRAMMES; run++) {
            Programme programme = randomProgramme(random, MeasureType.NUMBER, false, false);
            Scope scope = random.nextBoolean() ? Scope.programme(programme.range()) : Scope.programme(programme.range()).includingPending();
            IndicatorResult whole = engine.aggregateInAnyOrder(rules, scope, programme.values());

            BigDecimal sumOfPartners = BigDecimal.ZERO;
            for (PartnerId partner : programme.partners()) {
                Scope partnerScope = new Scope(false, new TreeSet<>(Set.of(partner)), programme.range(), scope.includePending());
                sumOfPartners = sumOfPartners.add(valueOrZero(engine.aggregateInAnyOrder(rules, partnerScope, programme.values()).totalToDate()));
            }
            BigDecimal sumOfPeriods = whole.periods().stream().map(p -> valueOrZero(p.actual())).reduce(BigDecimal.ZERO, BigDecimal::add);

            assertThat(valueOrZero(whole.totalToDate())).as("run %d: %s", run, programme).isEqualByComparingTo(sumOfPartners);
            assertThat(valueOrZero(whole.totalToDate())).as("run %d: %s", run, programme).isEqualByComparingTo(sumOfPeriods);
        }
    }

    @Test
    void cumulativeIndicators_programmeTotalEqualsTheSumOfEachPartnersLatestValue() {
        Random random = new Random(20260202L);
        IndicatorRules rules = IndicatorRules.of(MeasureType.NUMBER, TimeAggregation.CUMULATIVE, PartnerAggregation.SUM);
        for (int run = 0; run < PROGRAMMES; run++) {
            Programme programme = randomProgramme(random, MeasureType.NUMBER, true, false);
            IndicatorResult whole = engine.aggregateInAnyOrder(rules, Scope.programme(programme.range()), programme.values());

            for (Quarter quarter : programme.range().quarters()) {
                BigDecimal expected = null;
                for (PartnerId partner : programme.partners()) {
                    PeriodValue latest = null;
                    for (PeriodValue value : programme.values()) {
                        if (value.partner().equals(partner) && value.isApproved() && !value.quarter().isAfter(quarter)
                                && (latest == null || value.quarter().isAfter(latest.quarter()))) {
                            latest = value;
                        }
                    }
                    if (latest != null) {
                        BigDecimal amount = ((Quantity) latest.total()).value();
                        expected = expected == null ? amount : expected.add(amount);
                    }
                }
                Actual actual = whole.period(quarter).actual();
                if (expected == null) {
                    assertThat(actual).as("run %d, %s: %s", run, quarter, programme).isNull();
                } else {
                    assertThat(actual.value()).as("run %d, %s: %s", run, quarter, programme).isEqualByComparingTo(expected);
                }
                if (quarter.equals(programme.range().to())) {
                    assertThat(valueOrZero(whole.totalToDate())).as("run %d total: %s", run, programme)
                            .isEqualByComparingTo(expected == null ? BigDecimal.ZERO : expected);
                }
            }
        }
    }

    @Test
    void percentagesAcrossPartners_equalSumOfNumeratorsOverSumOfDenominators() {
        Random random = new Random(20260303L);
        for (int run = 0; run < PROGRAMMES; run++) {
            PartnerAggregation configured = pick(random, PartnerAggregation.values());
            IndicatorRules rules = IndicatorRules.of(MeasureType.PERCENTAGE, TimeAggregation.SUM, configured);
            Programme programme = randomProgramme(random, MeasureType.PERCENTAGE, false, false);
            IndicatorResult whole = engine.aggregateInAnyOrder(rules, Scope.programme(programme.range()), programme.values());

            BigDecimal numerators = BigDecimal.ZERO;
            BigDecimal denominators = BigDecimal.ZERO;
            boolean any = false;
            for (PeriodValue value : programme.values()) {
                if (value.isApproved() && programme.range().contains(value.quarter())) {
                    Ratio ratio = (Ratio) value.total();
                    numerators = numerators.add(ratio.numerator());
                    denominators = denominators.add(ratio.denominator());
                    any = true;
                }
            }
            if (!any) {
                assertThat(whole.totalToDate()).as("run %d", run).isNull();
                continue;
            }
            assertThat(whole.totalToDate().numerator()).as("run %d", run).isEqualByComparingTo(numerators);
            assertThat(whole.totalToDate().denominator()).as("run %d", run).isEqualByComparingTo(denominators);
            if (denominators.signum() == 0) {
                assertThat(whole.totalToDate().hasValue()).as("run %d", run).isFalse();
            } else {
                assertThat(whole.totalToDate().value()).as("run %d", run).isEqualByComparingTo(
                        numerators.multiply(BigDecimal.valueOf(100)).divide(denominators, MathContext.DECIMAL128));
            }
        }
    }

    @Test
    void resultsDoNotDependOnTheOrderOfTheInputValues() {
        Random random = new Random(20260404L);
        for (int run = 0; run < PROGRAMMES; run++) {
            MeasureType type = random.nextBoolean() ? MeasureType.NUMBER : MeasureType.PERCENTAGE;
            TimeAggregation overTime = pick(random, TimeAggregation.values());
            // POOLED is a percentage's rule; a number refuses it
            PartnerAggregation acrossPartners = type == MeasureType.PERCENTAGE ? pick(random, PartnerAggregation.values())
                    : pick(random, new PartnerAggregation[] {PartnerAggregation.SUM, PartnerAggregation.AVERAGE, PartnerAggregation.MAX});
            IndicatorRules rules = IndicatorRules.of(type, overTime, acrossPartners);
            boolean disaggregated = type == MeasureType.NUMBER && random.nextBoolean();
            if (disaggregated) {
                rules = rules.disaggregatedBy("SEX", "AGE");
            }
            Programme programme = randomProgramme(random, type, overTime == TimeAggregation.CUMULATIVE, disaggregated);
            Scope scope = random.nextBoolean() ? Scope.programme(programme.range()) : Scope.programme(programme.range()).includingPending();

            IndicatorResult asGiven = engine.aggregateInAnyOrder(rules, scope, programme.values());

            List<PeriodValue> shuffled = new ArrayList<>(programme.values());
            Collections.shuffle(shuffled, random);
            IndicatorResult fromShuffled = engine.aggregateInAnyOrder(rules, scope, shuffled);

            List<PartnerId> partnerOrder = new ArrayList<>(programme.partners());
            Collections.shuffle(partnerOrder, random);
            List<PeriodValue> grouped = new ArrayList<>();
            for (PartnerId partner : partnerOrder) {
                shuffled.stream().filter(v -> v.partner().equals(partner)).forEach(grouped::add);
            }
            IndicatorResult fromGroupedStream = engine.aggregate(rules, scope, grouped.iterator());

            assertThat(fromShuffled).as("run %d: %s", run, rules).isEqualTo(asGiven);
            assertThat(fromGroupedStream).as("run %d: %s", run, rules).isEqualTo(asGiven);
        }
    }

    @Test
    void aSubsetScopeNeverExceedsTheWholeProgramme_forSummedNonNegativeValues() {
        Random random = new Random(20260505L);
        for (int run = 0; run < PROGRAMMES; run++) {
            TimeAggregation overTime = pick(random, TimeAggregation.values());
            IndicatorRules rules = IndicatorRules.of(MeasureType.NUMBER, overTime, PartnerAggregation.SUM).disaggregatedBy("SEX", "AGE");
            Programme programme = randomProgramme(random, MeasureType.NUMBER, overTime == TimeAggregation.CUMULATIVE, true);
            Set<PartnerId> subset = new HashSet<>();
            programme.partners().forEach(partner -> {
                if (random.nextBoolean()) {
                    subset.add(partner);
                }
            });
            if (subset.isEmpty()) {
                subset.add(programme.partners().get(0));
            }

            IndicatorResult whole = engine.aggregateInAnyOrder(rules, Scope.programme(programme.range()), programme.values());
            IndicatorResult part = engine.aggregateInAnyOrder(rules, Scope.partners(subset, programme.range()), programme.values());

            assertThat(valueOrZero(part.totalToDate())).as("run %d: %s", run, programme).isLessThanOrEqualTo(valueOrZero(whole.totalToDate()));
            for (Quarter quarter : programme.range().quarters()) {
                assertThat(valueOrZero(part.period(quarter).actual())).as("run %d, %s", run, quarter)
                        .isLessThanOrEqualTo(valueOrZero(whole.period(quarter).actual()));
            }
            Map<OptionCombination, BigDecimal> wholeSubtotals = new TreeMap<>();
            whole.subtotalsByOption().forEach(s -> wholeSubtotals.put(s.options(), valueOrZero(s.totalToDate())));
            for (DisaggregatedSubtotal subtotal : part.subtotalsByOption()) {
                assertThat(valueOrZero(subtotal.totalToDate())).as("run %d, %s", run, subtotal.options())
                        .isLessThanOrEqualTo(wholeSubtotals.getOrDefault(subtotal.options(), BigDecimal.ZERO));
            }
        }
    }

    @Test
    void fullyBrokenDownSumIndicators_optionSubtotalsOfOneCategoryAddUpToTheTotal() {
        Random random = new Random(20260606L);
        IndicatorRules rules = IndicatorRules.of(MeasureType.NUMBER, TimeAggregation.SUM, PartnerAggregation.SUM).disaggregatedBy("SEX", "AGE");
        for (int run = 0; run < PROGRAMMES; run++) {
            Programme programme = randomProgramme(random, MeasureType.NUMBER, false, true);
            List<PeriodValue> complete = programme.values().stream().filter(PeriodValue::fullyDisaggregated).toList();
            IndicatorResult result = engine.aggregateInAnyOrder(rules, Scope.programme(programme.range()), complete);

            for (String category : List.of("SEX", "AGE")) {
                BigDecimal sum = result.subtotalsByOption().stream().filter(s -> s.options().categories().contains(category))
                        .map(s -> valueOrZero(s.totalToDate())).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum).as("run %d, %s", run, category).isEqualByComparingTo(valueOrZero(result.totalToDate()));
            }
            assertThat(result.hasFlag(Flag.Kind.PARTIALLY_DISAGGREGATED)).isFalse();
        }
    }
}
