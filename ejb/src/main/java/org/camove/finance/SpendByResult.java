package org.camove.finance;

import static java.util.stream.Collectors.toUnmodifiableMap;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.camove.money.Money;

/**
 * What the approved financial reports spent on the budget lines linked to each result, one amount per grant
 * currency (USD and EUR are never added up: converting them again would change what the reports stored), ordered by
 * currency code, each with the partners whose grants spent it. A result without linked spend has none.
 *
 * @param costByIndicator each counted indicator's cost per unit, per currency (see {@link #costPerUnit}); none when
 *                        not worked out
 */
public record SpendByResult(Map<Long, List<Spend>> byResult, Map<Long, List<Money>> costByIndicator) implements Serializable {

    public static final SpendByResult NONE = new SpendByResult(Map.of());

    /**
     * One currency's spend on a result and the partners whose grants spent it: what a unit cost is divided over is
     * what those partners achieved, not what partners paid from elsewhere did.
     */
    public record Spend(Money amount, Set<Long> partners) implements Serializable {

        public Spend {
            partners = Set.copyOf(partners);
        }
    }

    public SpendByResult {
        byResult = byResult.entrySet().stream().collect(toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        costByIndicator = costByIndicator.entrySet().stream().collect(toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /** The spend alone, no cost per unit worked out yet. */
    public SpendByResult(Map<Long, List<Spend>> byResult) {
        this(byResult, Map.of());
    }

    /** The indicator's cost per unit, one per currency of its result's spend; empty when none. */
    public List<Money> costPerUnitOf(long indicatorId) {
        return costByIndicator.getOrDefault(indicatorId, List.of());
    }

    /** The result's spend per currency; empty when none. */
    public List<Money> of(long resultId) {
        return spends(resultId).stream().map(Spend::amount).toList();
    }

    /** The result's spend per currency with whose grants spent it; empty when none. */
    public List<Spend> spends(long resultId) {
        return byResult.getOrDefault(resultId, List.of());
    }

    /**
     * The cost of one unit of an indicator of the result, per currency of its spend (see {@link CostPerUnit}): each
     * currency's spend divided by the indicator's actual for the partners who spent it ({@code actualOf} them).
     */
    public List<Money> costPerUnit(long resultId, MeasureType measure, TimeAggregation overTime,
                                   Function<Set<Long>, BigDecimal> actualOf) {
        if (!CostPerUnit.applies(measure, overTime)) {
            return List.of(); // before asking for any actual: working one out for the partners is a computation of results
        }
        return spends(resultId).stream().map(spend -> CostPerUnit.of(spend.amount(), measure, overTime, actualOf.apply(spend.partners())))
                .flatMap(Optional::stream).toList();
    }
}
