package org.camove.finance;

import static java.util.stream.Collectors.toUnmodifiableMap;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.camove.money.Money;

/**
 * What the approved financial reports spent on the budget lines linked to each result, one amount per grant
 * currency (USD and EUR are never added up: converting them again would change what the reports stored), ordered by
 * currency code. A result without linked spend has none.
 */
public record SpendByResult(Map<Long, List<Money>> byResult) implements Serializable {

    public static final SpendByResult NONE = new SpendByResult(Map.of());

    public SpendByResult {
        byResult = byResult.entrySet().stream().collect(toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /** The result's spend per currency; empty when none. */
    public List<Money> of(long resultId) {
        return byResult.getOrDefault(resultId, List.of());
    }

    /** The cost of one unit of an indicator of the result, per currency of its spend (see {@link CostPerUnit}). */
    public List<Money> costPerUnit(long resultId, MeasureType measure, TimeAggregation overTime, BigDecimal actual) {
        return of(resultId).stream().map(spend -> CostPerUnit.of(spend, measure, overTime, actual)).flatMap(Optional::stream).toList();
    }
}
