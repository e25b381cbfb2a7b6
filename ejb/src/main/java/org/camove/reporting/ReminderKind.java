package org.camove.reporting;

import java.time.LocalDate;
import java.util.Optional;

/** The reminders partner officers get about an open period: once as it comes due, once when it is overdue. */
public enum ReminderKind {
    DUE_SOON,
    OVERDUE;

    /**
     * Which reminder an open period calls for today: overdue past its grace days; due soon from
     * {@code daysBefore} its due date until then (a reminder missed on its day still goes out within the grace).
     */
    public static Optional<ReminderKind> forPeriod(PeriodState state, EntryWindow window, LocalDate today, int daysBefore) {
        if (state != PeriodState.OPEN) {
            return Optional.empty();
        }
        if (window.isPastGrace(today)) {
            return Optional.of(OVERDUE);
        }
        return today.isBefore(window.dueOn().minusDays(daysBefore)) ? Optional.empty() : Optional.of(DUE_SOON);
    }
}
