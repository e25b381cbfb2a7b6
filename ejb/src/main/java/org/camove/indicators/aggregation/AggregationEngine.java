package org.camove.indicators.aggregation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Computes an indicator's figures for a scope from its period values. Stateless; see the package
 * documentation for the rules and for how the database is expected to feed it.
 */
public final class AggregationEngine {

    /** Starts a push-style aggregation, for feeds that deliver values one by one (e.g. a JDBC result set). */
    public IndicatorAggregation start(IndicatorRules rules, Scope scope) {
        return new IndicatorAggregation(rules, scope);
    }

    /**
     * @param valuesGroupedByPartner every value of one partner before the next partner's; order within a
     *                               partner and order of partners do not matter
     */
    public IndicatorResult aggregate(IndicatorRules rules, Scope scope, Iterator<PeriodValue> valuesGroupedByPartner) {
        Objects.requireNonNull(valuesGroupedByPartner, "values");
        IndicatorAggregation aggregation = start(rules, scope);
        valuesGroupedByPartner.forEachRemaining(aggregation::accept);
        return aggregation.result();
    }

    /** As {@link #aggregate(IndicatorRules, Scope, Iterator)}; the caller closes the stream. */
    public IndicatorResult aggregate(IndicatorRules rules, Scope scope, Stream<PeriodValue> valuesGroupedByPartner) {
        return aggregate(rules, scope, valuesGroupedByPartner.iterator());
    }

    /**
     * For values in no particular order, e.g. a handful entered in a form or imported from a spreadsheet:
     * groups them by partner first, which holds them all in memory — database feeds should be ordered instead.
     */
    public IndicatorResult aggregateInAnyOrder(IndicatorRules rules, Scope scope, Collection<PeriodValue> values) {
        Map<PartnerId, List<PeriodValue>> byPartner = new TreeMap<>();
        for (PeriodValue value : values) {
            byPartner.computeIfAbsent(value.partner(), p -> new ArrayList<>()).add(value);
        }
        return aggregate(rules, scope, byPartner.values().stream().flatMap(List::stream).iterator());
    }
}
