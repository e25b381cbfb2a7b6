package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;

/**
 * Everything the engine needs to know about an indicator to aggregate it: measure type, how quarters
 * make a total ({@code overTime}), how partners make a country's or the programme's figure
 * ({@code acrossPartners}; ignored for percentages, which always pool), baseline, life-of-programme target,
 * whether higher or lower is better ({@code direction}), targets per quarter, the programme's status thresholds and the disaggregation categories of its cross-tab
 * (e.g. SEX, AGE), in display order.
 */
public record IndicatorRules(MeasureType measureType, TimeAggregation overTime, PartnerAggregation acrossPartners,
                             Direction direction, Baseline baseline, BigDecimal lifeOfProgrammeTarget, Targets targets,
                             StatusThresholds thresholds, List<String> disaggregationCategories) {

    public IndicatorRules {
        Objects.requireNonNull(measureType, "measureType");
        Objects.requireNonNull(overTime, "overTime");
        Objects.requireNonNull(acrossPartners, "acrossPartners");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(thresholds, "thresholds");
        disaggregationCategories = List.copyOf(disaggregationCategories);
        if (new HashSet<>(disaggregationCategories).size() != disaggregationCategories.size()) {
            throw new IllegalArgumentException("A disaggregation category is named twice: " + disaggregationCategories);
        }
        if (!disaggregationCategories.isEmpty()
                && (measureType == MeasureType.YES_NO || measureType == MeasureType.QUALITATIVE)) {
            // Subtotals are derived by adding cells; milestones and texts do not add up.
            throw new IllegalArgumentException("A " + measureType + " indicator cannot be disaggregated");
        }
        if (acrossPartners == PartnerAggregation.POOLED && measureType != MeasureType.PERCENTAGE) {
            // pooling needs numerators and denominators; only percentages have them
            throw new IllegalArgumentException("Only a percentage pools across partners, not a " + measureType);
        }
    }

    /** Rules with no baseline, targets or disaggregation and the default thresholds; add them with the {@code with…} methods. */
    public static IndicatorRules of(MeasureType measureType, TimeAggregation overTime, PartnerAggregation acrossPartners) {
        return new IndicatorRules(measureType, overTime, acrossPartners, Direction.INCREASE, null, null, Targets.none(),
                StatusThresholds.DEFAULT, List.of());
    }

    public IndicatorRules withBaseline(Baseline newBaseline) {
        return new IndicatorRules(measureType, overTime, acrossPartners, direction, newBaseline, lifeOfProgrammeTarget, targets,
                thresholds, disaggregationCategories);
    }

    public IndicatorRules withLifeOfProgrammeTarget(BigDecimal target) {
        return new IndicatorRules(measureType, overTime, acrossPartners, direction, baseline, target, targets, thresholds,
                disaggregationCategories);
    }

    public IndicatorRules withTargets(Targets newTargets) {
        return new IndicatorRules(measureType, overTime, acrossPartners, direction, baseline, lifeOfProgrammeTarget, newTargets,
                thresholds, disaggregationCategories);
    }

    public IndicatorRules withThresholds(StatusThresholds newThresholds) {
        return new IndicatorRules(measureType, overTime, acrossPartners, direction, baseline, lifeOfProgrammeTarget, targets,
                newThresholds, disaggregationCategories);
    }

    public IndicatorRules withDirection(Direction newDirection) {
        return new IndicatorRules(measureType, overTime, acrossPartners, newDirection, baseline, lifeOfProgrammeTarget,
                targets, thresholds, disaggregationCategories);
    }

    public IndicatorRules disaggregatedBy(String... categories) {
        return new IndicatorRules(measureType, overTime, acrossPartners, direction, baseline, lifeOfProgrammeTarget, targets,
                thresholds, List.of(categories));
    }

    public boolean isDisaggregated() {
        return !disaggregationCategories.isEmpty();
    }

    /**
     * The time rule the engine applies. A milestone is judged on its latest answer, whatever rule was
     * configured: adding or averaging yes/no answers over quarters has no meaning, and the latest answer
     * (rather than "ever yes") lets a reverted milestone — a regulation adopted then repealed — show as not reached.
     */
    public TimeAggregation effectiveOverTime() {
        return measureType == MeasureType.YES_NO ? TimeAggregation.LATEST : overTime;
    }

    boolean hasNumericTotal() {
        return measureType != MeasureType.QUALITATIVE;
    }
}
