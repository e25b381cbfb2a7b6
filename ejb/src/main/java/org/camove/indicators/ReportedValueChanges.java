package org.camove.indicators;

import static java.util.stream.Collectors.joining;

import jakarta.persistence.EntityManager;
import java.util.Collection;

/**
 * The one rule for everything that writes reported values: in the same transaction as the write, raise the
 * values revision of each indicator whose values or cells changed. Computed results are kept between
 * requests under that revision ({@link ResultsCache}); a write that skips this would leave figures that no
 * longer match the database.
 */
public final class ReportedValueChanges {

    private ReportedValueChanges() {
    }

    /** The values of these indicators were inserted, changed, approved or deleted in the current transaction. */
    public static void record(EntityManager em, Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("UPDATE indicator SET values_revision = values_revision + 1 WHERE id IN ("
                + indicatorIds.stream().distinct().map(Object::toString).collect(joining(",")) + ")").executeUpdate();
    }
}
