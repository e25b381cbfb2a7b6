package org.camove.indicators.aggregation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An indicator's targets per quarter: for the programme as a whole and, where partners have their own,
 * per partner. Each is the target <em>for</em> that quarter; how they make a target to date depends on the
 * indicator's time aggregation (see {@link AggregationEngine}).
 */
public record Targets(SortedMap<Quarter, BigDecimal> programme,
                      SortedMap<PartnerId, SortedMap<Quarter, BigDecimal>> byPartner) {

    private static final Targets NONE = new Targets(new TreeMap<>(), new TreeMap<>());

    public Targets {
        programme = copy(Objects.requireNonNull(programme, "programme"));
        SortedMap<PartnerId, SortedMap<Quarter, BigDecimal>> partners = new TreeMap<>();
        Objects.requireNonNull(byPartner, "byPartner")
                .forEach((partner, targets) -> partners.put(Objects.requireNonNull(partner, "partner"), copy(targets)));
        byPartner = Collections.unmodifiableSortedMap(partners);
    }

    public static Targets none() {
        return NONE;
    }

    public static Targets ofProgramme(Map<Quarter, BigDecimal> perQuarter) {
        return new Targets(new TreeMap<>(perQuarter), new TreeMap<>());
    }

    public Targets withProgramme(Map<Quarter, BigDecimal> perQuarter) {
        return new Targets(new TreeMap<>(perQuarter), byPartner);
    }

    public Targets withPartner(PartnerId partner, Map<Quarter, BigDecimal> perQuarter) {
        SortedMap<PartnerId, SortedMap<Quarter, BigDecimal>> partners = new TreeMap<>(byPartner);
        partners.put(partner, new TreeMap<>(perQuarter));
        return new Targets(programme, partners);
    }

    /** Every quarter for which some target is set, oldest first. */
    NavigableSet<Quarter> quarters() {
        NavigableSet<Quarter> quarters = new TreeSet<>(programme.keySet());
        byPartner.values().forEach(targets -> quarters.addAll(targets.keySet()));
        return quarters;
    }

    private static SortedMap<Quarter, BigDecimal> copy(Map<Quarter, BigDecimal> targets) {
        SortedMap<Quarter, BigDecimal> copy = new TreeMap<>();
        targets.forEach((quarter, target) ->
                copy.put(Objects.requireNonNull(quarter, "quarter"), Objects.requireNonNull(target, "target of " + quarter)));
        return Collections.unmodifiableSortedMap(copy);
    }
}
