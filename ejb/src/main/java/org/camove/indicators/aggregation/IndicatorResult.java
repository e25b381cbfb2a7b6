package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camove.logframe.MeasureType;

/**
 * What dashboards, the IPTT, the API and donor reports show for one indicator in one scope.
 *
 * @param periods               every quarter of the scope's range, oldest first
 * @param totalToDate           null when nothing counted; always null for qualitative indicators
 * @param targetToDate          null when no target applies
 * @param percentOfTarget       total to date / target to date × 100, one decimal HALF_UP; null when either is
 *                              missing or the target is zero
 * @param subtotalsByOption     one per category option seen in cells, e.g. {SEX=F}
 * @param subtotalsByCombination one per cell of the cross-tab seen in cells, e.g. {AGE=18-35, SEX=F}
 * @param latestNarratives      qualitative indicators only: each partner's latest answer, by partner
 */
public record IndicatorResult(Scope scope, MeasureType measureType, Baseline baseline,
                              BigDecimal lifeOfProgrammeTarget, List<PeriodResult> periods, Actual totalToDate,
                              BigDecimal targetToDate, BigDecimal percentOfTarget, OnTrackStatus status,
                              List<Flag> flags, List<DisaggregatedSubtotal> subtotalsByOption,
                              List<DisaggregatedSubtotal> subtotalsByCombination,
                              List<LatestNarrative> latestNarratives) {

    public IndicatorResult {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(measureType, "measureType");
        Objects.requireNonNull(status, "status");
        periods = List.copyOf(periods);
        flags = List.copyOf(flags);
        subtotalsByOption = List.copyOf(subtotalsByOption);
        subtotalsByCombination = List.copyOf(subtotalsByCombination);
        latestNarratives = List.copyOf(latestNarratives);
    }

    public PeriodResult period(Quarter quarter) {
        return periods.stream().filter(p -> p.quarter().equals(quarter)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(quarter + " is outside " + scope.periods()));
    }

    public boolean hasFlag(Flag.Kind kind) {
        return flags.stream().anyMatch(flag -> flag.kind() == kind);
    }

    public Optional<DisaggregatedSubtotal> subtotal(OptionCombination options) {
        return subtotalsByOption.stream().filter(s -> s.options().equals(options)).findFirst()
                .or(() -> subtotalsByCombination.stream().filter(s -> s.options().equals(options)).findFirst());
    }

    /** The newest qualitative answer in scope; between partners answering in the same quarter, the lowest partner id, so input order never matters. */
    public Optional<LatestNarrative> latestNarrative() {
        return latestNarratives.stream().max(Comparator.comparing(LatestNarrative::quarter)
                .thenComparing(LatestNarrative::partner, Comparator.reverseOrder()));
    }
}
