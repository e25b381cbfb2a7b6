package org.camove.indicators.aggregation;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Whose values and which quarters a figure covers: the whole programme, a set of partners (a country's),
 * or one partner, over a period range. Official figures count approved values only;
 * {@code includePending} is for internal views that ask to see submitted but unapproved values too.
 */
public record Scope(boolean wholeProgramme, SortedSet<PartnerId> partners, PeriodRange periods, boolean includePending) {

    public Scope {
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(periods, "periods");
        partners.forEach(partner -> Objects.requireNonNull(partner, "partner"));
        if (wholeProgramme && !partners.isEmpty()) {
            throw new IllegalArgumentException("The whole programme's scope names no partners");
        }
        if (!wholeProgramme && partners.isEmpty()) {
            // An empty country must not silently mean "everyone".
            throw new IllegalArgumentException("A partial scope names at least one partner");
        }
        partners = Collections.unmodifiableSortedSet(new TreeSet<>(partners));
    }

    public static Scope programme(PeriodRange periods) {
        return new Scope(true, new TreeSet<>(), periods, false);
    }

    /** Some partners, e.g. those of one country. */
    public static Scope partners(Collection<PartnerId> partners, PeriodRange periods) {
        return new Scope(false, new TreeSet<>(partners), periods, false);
    }

    public static Scope partner(PartnerId partner, PeriodRange periods) {
        return partners(Set.of(partner), periods);
    }

    public Scope includingPending() {
        return new Scope(wholeProgramme, partners, periods, true);
    }

    public boolean covers(PartnerId partner) {
        return wholeProgramme || partners.contains(partner);
    }
}
