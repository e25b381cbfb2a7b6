package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;

/**
 * The targets that apply to a scope.
 *
 * <p>For one quarter: the whole programme uses the programme target; a country or partner combines its
 * partners' own targets by the partner rule (sum, mean, highest) over the partners that have one. When the
 * programme has no target for a quarter, its partners' targets are combined the same way. A percentage
 * target cannot be pooled without its denominators, so a one-partner scope uses that partner's own target
 * where it has one, and any other scope the programme's rate target (a rate target holds for every part of
 * the programme).
 *
 * <p>To date: a SUM indicator adds the quarters' targets over the range, unless it is a percentage (rates are
 * never added, over time any more than across partners: the range's pooled rate is measured against the rate it
 * should have reached); every other rule takes the target of the latest quarter that has one — within the
 * range, or for CUMULATIVE up to the range's end (a running total is measured against the latest running
 * target, as its actual carries in from earlier quarters).
 */
final class ScopeTargets {

    private final IndicatorRules rules;
    private final Scope scope;

    ScopeTargets(IndicatorRules rules, Scope scope) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    BigDecimal forPeriod(Quarter quarter) {
        Targets targets = rules.targets();
        BigDecimal programmeTarget = targets.programme().get(quarter);
        if (scope.wholeProgramme() && programmeTarget != null) {
            return programmeTarget;
        }
        if (partnersTargetsCannotBeCombined()) {
            return partnerRateTarget(quarter).orElse(programmeTarget);
        }
        return combinedPartnerTargets(quarter);
    }

    BigDecimal toDate() {
        PeriodRange range = scope.periods();
        TimeAggregation rule = rules.effectiveOverTime();
        if (rule == TimeAggregation.SUM && rules.measureType() != MeasureType.PERCENTAGE) {
            BigDecimal sum = null;
            for (Quarter quarter : rules.targets().quarters().subSet(range.from(), true, range.to(), true)) {
                BigDecimal target = forPeriod(quarter);
                if (target != null) {
                    sum = sum == null ? target : sum.add(target);
                }
            }
            return sum;
        }
        for (Quarter quarter : rules.targets().quarters().headSet(range.to(), true).descendingSet()) {
            if (quarter.isBefore(range.from()) && rule != TimeAggregation.CUMULATIVE) {
                return null;
            }
            BigDecimal target = forPeriod(quarter);
            if (target != null) {
                return target;
            }
        }
        return null;
    }

    private boolean partnersTargetsCannotBeCombined() {
        return rules.measureType() == MeasureType.PERCENTAGE || rules.measureType() == MeasureType.QUALITATIVE;
    }

    /** A single partner's own rate target; partners' rate targets cannot be pooled without denominators. */
    private Optional<BigDecimal> partnerRateTarget(Quarter quarter) {
        if (scope.partners().size() != 1) {
            return Optional.empty();
        }
        SortedMap<Quarter, BigDecimal> own = rules.targets().byPartner().get(scope.partners().first());
        return own == null ? Optional.empty() : Optional.ofNullable(own.get(quarter));
    }

    private BigDecimal combinedPartnerTargets(Quarter quarter) {
        BigDecimal combined = null;
        int count = 0;
        for (Map.Entry<PartnerId, SortedMap<Quarter, BigDecimal>> partner : rules.targets().byPartner().entrySet()) {
            BigDecimal target = partner.getValue().get(quarter);
            if (target == null || !scope.covers(partner.getKey())) {
                continue;
            }
            count++;
            if (combined == null) {
                combined = target;
            } else if (rules.acrossPartners() == PartnerAggregation.MAX) {
                combined = combined.max(target);
            } else {
                combined = combined.add(target);
            }
        }
        if (combined != null && rules.acrossPartners() == PartnerAggregation.AVERAGE) {
            return combined.divide(BigDecimal.valueOf(count), Precision.DIVISION);
        }
        return combined;
    }
}
