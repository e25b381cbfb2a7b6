package org.camove.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camove.indicators.aggregation.Quarter;
import org.camove.shared.InvalidInput;
import org.camove.shared.InvalidInput.Violation;

/** When partners report on a quarter: from {@code opensOn}, due on {@code dueOn}, late after the grace days. */
public record EntryWindow(LocalDate opensOn, LocalDate dueOn, int graceDays) implements Serializable {

    /** Most grace days a window allows. */
    public static final int MOST_GRACE_DAYS = 90;

    /** Checks a window typed for {@code quarter}; refuses it field by field (opensOn, dueOn, graceDays). */
    public static EntryWindow of(Quarter quarter, LocalDate opensOn, LocalDate dueOn, Integer graceDays) {
        var violations = new ArrayList<Violation>();
        if (opensOn == null) {
            violations.add(new Violation("opensOn", "period.window.dateRequired", List.of()));
        } else if (opensOn.isBefore(quarter.firstDay())) {
            violations.add(new Violation("opensOn", "period.window.opensBeforeQuarter", List.of(quarter.toString(), quarter.firstDay())));
        }
        if (dueOn == null) {
            violations.add(new Violation("dueOn", "period.window.dateRequired", List.of()));
        } else if (opensOn != null && dueOn.isBefore(opensOn)) {
            violations.add(new Violation("dueOn", "period.window.dueBeforeOpens", List.of(dueOn, opensOn)));
        }
        if (graceDays == null || graceDays < 0 || graceDays > MOST_GRACE_DAYS) {
            violations.add(new Violation("graceDays", "period.window.graceRange", List.of(0, MOST_GRACE_DAYS)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return new EntryWindow(opensOn, dueOn, graceDays);
    }

    /** The last day a report is still on time, grace included. */
    public LocalDate lastDay() {
        return dueOn.plusDays(graceDays);
    }

    /** Past the due date and the grace days. */
    public boolean isPastGrace(LocalDate today) {
        return today.isAfter(lastDay());
    }
}
