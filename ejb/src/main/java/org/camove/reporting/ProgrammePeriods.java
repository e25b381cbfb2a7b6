package org.camove.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme's reporting periods as the periods page shows them, with the versions a save hands back and
 * whether the reader may reopen locked periods (administrators only).
 */
public record ProgrammePeriods(String programmeCode, String programmeName, long calendarVersion, CalendarRules rules,
                               List<Period> periods, boolean mayReopen) implements Serializable {

    public ProgrammePeriods {
        periods = List.copyOf(periods);
    }

    /** One period: its quarter (e.g. 2026-Q3), window, state and whether it is overdue today. */
    public record Period(long id, long version, String quarter, LocalDate opensOn, LocalDate dueOn, int graceDays,
                         LocalDate lastDay, PeriodState state, boolean overdue) implements Serializable {

        static Period of(ReportingPeriod period, LocalDate today) {
            var window = period.window();
            return new Period(period.getId(), period.getVersion(), period.quarter().toString(), window.opensOn(),
                    window.dueOn(), window.graceDays(), window.lastDay(), period.getState(), period.isOverdue(today));
        }

        public boolean openable() {
            return state == PeriodState.PLANNED;
        }

        public boolean lockable() {
            return state == PeriodState.OPEN;
        }

        public boolean reopenable() {
            return state == PeriodState.LOCKED;
        }
    }
}
