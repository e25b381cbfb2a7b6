package org.camove.indicators;

import static java.util.stream.Collectors.joining;

import jakarta.persistence.EntityManager;
import java.util.Collection;

/**
 * The one rule for everything that writes reported values: in the same transaction as the write, record
 * the change for each indicator whose values or cells changed. That raises the indicator's values revision,
 * under which its computed results are kept between requests ({@link ResultsCache}), and sets its newest
 * approved quarter, from which a programme's "to date" is read. A write that skips this leaves figures that
 * no longer match the database.
 */
public final class ReportedValueChanges {

    private ReportedValueChanges() {
    }

    /** The values of these indicators were inserted, changed, approved or deleted in the current transaction. */
    public static void record(EntityManager em, Collection<Long> indicatorIds) {
        if (!indicatorIds.isEmpty()) {
            em.createNativeQuery(update(indicatorIds.stream().distinct().map(Object::toString).collect(joining(","))))
                    .executeUpdate();
        }
    }

    /**
     * The statement that records it, for SQL that writes values in bulk (e.g. a generated data set).
     *
     * @param indicatorIds a comma-separated list of ids, or a query that selects them from a derived table
     */
    public static String update(String indicatorIds) {
        return "UPDATE indicator i SET i.values_revision = i.values_revision + 1, i.latest_approved_period = "
                + "(SELECT MAX(v.period_index) FROM indicator_value v WHERE v.indicator_id = i.id "
                + "AND v.approval_state = 'APPROVED') WHERE i.id IN (" + indicatorIds + ")";
    }
}
