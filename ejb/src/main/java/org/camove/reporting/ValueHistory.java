package org.camove.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Every change of one partner's value of an indicator in a reporting period, oldest first, as the audit trail
 * ({@code indicator_value_change}) keeps it: donors audit every number, so the page shows who changed what,
 * when, whether on the partner's behalf, and why.
 */
public record ValueHistory(String indicatorCode, String indicatorName, String quarter, List<Change> changes)
        implements Serializable {

    public ValueHistory {
        changes = List.copyOf(changes);
    }

    /**
     * One change: the value before (null for the first entry) and after, as the audit trail describes values
     * ("35 cells{…}", "45/60"), who made it (user name and full name), when, whether on the partner's behalf,
     * and the comment that came with it.
     */
    public record Change(String oldValue, String newValue, String changedBy, String changedByName, Instant changedAt,
                         boolean onBehalf, String reason) implements Serializable {
    }
}
