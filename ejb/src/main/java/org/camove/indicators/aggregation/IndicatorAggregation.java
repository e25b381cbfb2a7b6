package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.camove.logframe.MeasureType;

/**
 * One aggregation in progress: values of one indicator are pushed in with {@link #accept(PeriodValue)},
 * grouped by partner (in any order within a partner, partners in any order), and {@link #result()} gives
 * the figures. Each partner's values are reduced and folded into per-quarter accumulators as soon as the
 * next partner starts, so memory holds one partner's series plus one accumulator per quarter and
 * disaggregation subtotal — never the whole programme's values. Not thread-safe; use once.
 */
public final class IndicatorAggregation {

    private final IndicatorRules rules;
    private final Scope scope;
    private final ValueConformance conformance;
    private final OverTime overTime;
    private final List<Quarter> quarters;
    private final SeriesAccumulator totals;
    private final SortedMap<OptionCombination, SeriesAccumulator> subtotals = new TreeMap<>();
    private final List<Flag> flags = new ArrayList<>();
    private final List<LatestNarrative> narratives = new ArrayList<>();
    private final Set<PartnerId> partnersStarted = new HashSet<>();
    private PartnerSeries currentPartner;
    private IndicatorResult result;

    IndicatorAggregation(IndicatorRules rules, Scope scope) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.conformance = new ValueConformance(rules);
        this.overTime = new OverTime(rules.effectiveOverTime(), scope.periods());
        this.quarters = scope.periods().quarters();
        this.totals = newSeries();
    }

    /**
     * @throws IllegalArgumentException when the value does not fit the indicator, when a partner's values
     *                                  come back after another partner's, or a quarter has two values of the same state
     */
    public void accept(PeriodValue value) {
        Objects.requireNonNull(value, "value");
        if (result != null) {
            throw new IllegalStateException("The result was already computed; start a new aggregation");
        }
        conformance.check(value);
        if (!scope.covers(value.partner())) {
            return;
        }
        if (currentPartner == null || !currentPartner.partner().equals(value.partner())) {
            finishCurrentPartner();
            if (!partnersStarted.add(value.partner())) {
                throw new IllegalArgumentException("Values must arrive grouped by partner: " + value.partner()
                        + " came back after other partners' values (order the query by partner)");
            }
            currentPartner = new PartnerSeries(value.partner(), scope, overTime.carriesForward());
        }
        currentPartner.offer(value);
    }

    public IndicatorResult result() {
        if (result == null) {
            finishCurrentPartner();
            result = assemble();
        }
        return result;
    }

    private void finishCurrentPartner() {
        if (currentPartner == null) {
            return;
        }
        PartnerId partner = currentPartner.partner();
        NavigableMap<Quarter, PeriodValue> counted = currentPartner.counted();
        currentPartner = null;
        if (rules.measureType() == MeasureType.QUALITATIVE) {
            NavigableMap<Quarter, PeriodValue> inRange = counted.subMap(scope.periods().from(), true, scope.periods().to(), true);
            if (!inRange.isEmpty()) {
                PeriodValue latest = inRange.lastEntry().getValue();
                narratives.add(new LatestNarrative(partner, latest.quarter(), (Narrative) latest.total()));
            }
            return;
        }
        flags.addAll(QualityFlags.of(partner, counted, rules, scope.periods()));
        NavigableMap<Quarter, Measurement> totalSeries = new TreeMap<>();
        Map<OptionCombination, NavigableMap<Quarter, Measurement>> subtotalSeries = new TreeMap<>();
        for (PeriodValue value : counted.values()) {
            totalSeries.put(value.quarter(), value.total());
            CellSubtotals.derivedFrom(value.cells()).forEach((options, subtotal) ->
                    subtotalSeries.computeIfAbsent(options, o -> new TreeMap<>()).put(value.quarter(), subtotal));
        }
        totals.addPartner(totalSeries);
        subtotalSeries.forEach((options, series) -> subtotals.computeIfAbsent(options, o -> newSeries()).addPartner(series));
    }

    private SeriesAccumulator newSeries() {
        return new SeriesAccumulator(overTime, quarters, AcrossPartners.forRules(rules));
    }

    private IndicatorResult assemble() {
        ScopeTargets targets = new ScopeTargets(rules, scope);
        SortedMap<Quarter, Actual> actualByPeriod = totals.actualByPeriod();
        List<PeriodResult> periods = new ArrayList<>();
        for (Quarter quarter : quarters) {
            periods.add(new PeriodResult(quarter, actualByPeriod.get(quarter), targets.forPeriod(quarter)));
        }
        Actual totalToDate = rules.hasNumericTotal() ? totals.totalToDate() : null;
        BigDecimal targetToDate = targets.toDate();
        BigDecimal percentOfTarget = percentOfTarget(totalToDate, targetToDate);
        Collections.sort(flags);
        narratives.sort(Comparator.comparing(LatestNarrative::partner));
        return new IndicatorResult(scope, rules.measureType(), rules.baseline(), rules.lifeOfProgrammeTarget(),
                periods, totalToDate, targetToDate, percentOfTarget, rules.thresholds().statusOf(percentOfTarget),
                flags, subtotals(1), subtotals(rules.disaggregationCategories().size()), narratives);
    }

    /** Subtotals keyed by combinations of {@code size} categories: 1 for options, all for cells of the cross-tab. */
    private List<DisaggregatedSubtotal> subtotals(int size) {
        List<DisaggregatedSubtotal> list = new ArrayList<>();
        subtotals.forEach((options, series) -> {
            if (options.categories().size() == size) {
                list.add(new DisaggregatedSubtotal(options, series.actualByPeriod(), series.totalToDate()));
            }
        });
        return list;
    }

    /**
     * The IPTT's "% of target". Where higher is better, plain actual over target (not progress from the
     * baseline). Where lower is better, the share of the planned fall achieved, (baseline − actual) /
     * (baseline − target); without a baseline above the target, target over actual, so reaching the
     * target is 100% and staying above it less.
     */
    private BigDecimal percentOfTarget(Actual actual, BigDecimal target) {
        if (actual == null || !actual.hasValue() || target == null) {
            return null;
        }
        if (rules.direction() == Direction.INCREASE) {
            return target.signum() == 0 ? null : percent(actual.value(), target);
        }
        Baseline baseline = rules.baseline();
        if (baseline != null && baseline.value().compareTo(target) > 0) {
            return percent(baseline.value().subtract(actual.value()), baseline.value().subtract(target));
        }
        return actual.value().signum() == 0 ? null : percent(target, actual.value());
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(Precision.HUNDRED).divide(whole, Precision.PERCENT_OF_TARGET_SCALE, RoundingMode.HALF_UP);
    }
}
