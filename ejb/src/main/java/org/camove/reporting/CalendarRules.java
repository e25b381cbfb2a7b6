package org.camove.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camove.indicators.aggregation.Quarter;
import org.camove.shared.InvalidInput;
import org.camove.shared.InvalidInput.Violation;

/**
 * How a programme's periods get their entry windows: the window opens {@code opensAfterDays} after the quarter's
 * last day (1: the first day after it), is due {@code dueAfterDays} after it opens, allows {@code graceDays};
 * partner officers are reminded {@code reminderDaysBefore} the due date. A submitted value that differs from the
 * previous period's by more than {@code changeThresholdPercent} needs a comment ({@link SubmissionChecks}).
 */
public record CalendarRules(int opensAfterDays, int dueAfterDays, int graceDays, int reminderDaysBefore,
                            int changeThresholdPercent) implements Serializable {

    /** The change from one period to the next that a partner explains unless the programme sets its own. */
    public static final int DEFAULT_THRESHOLD = 50;
    public static final CalendarRules DEFAULT = new CalendarRules(1, 30, 10, 7);
    /** Most days any of the four may be. */
    public static final int MOST_DAYS = 180;
    /** Largest change threshold, in percent. */
    public static final int MOST_PERCENT = 1000;

    /** The windows and reminders with the default change threshold. */
    public CalendarRules(int opensAfterDays, int dueAfterDays, int graceDays, int reminderDaysBefore) {
        this(opensAfterDays, dueAfterDays, graceDays, reminderDaysBefore, DEFAULT_THRESHOLD);
    }

    /** Checks the numbers typed on the calendar form; refuses them field by field. */
    public static CalendarRules of(Integer opensAfterDays, Integer dueAfterDays, Integer graceDays, Integer reminderDaysBefore,
                                   Integer changeThresholdPercent) {
        var violations = new ArrayList<Violation>();
        check("opensAfterDays", opensAfterDays, violations);
        check("dueAfterDays", dueAfterDays, violations);
        check("graceDays", graceDays, violations);
        check("reminderDaysBefore", reminderDaysBefore, violations);
        if (changeThresholdPercent == null || changeThresholdPercent < 1 || changeThresholdPercent > MOST_PERCENT) {
            violations.add(new Violation("changeThresholdPercent", "calendar.thresholdRange", List.of(1, MOST_PERCENT)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return new CalendarRules(opensAfterDays, dueAfterDays, graceDays, reminderDaysBefore, changeThresholdPercent);
    }

    private static void check(String field, Integer days, List<Violation> violations) {
        if (days == null || days < 0 || days > MOST_DAYS) {
            violations.add(new Violation(field, "calendar.daysRange", List.of(0, MOST_DAYS)));
        }
    }

    /** The quarters from the one the programme starts in to the one it ends in. */
    public static List<Quarter> quarters(LocalDate start, LocalDate end) {
        var quarters = new ArrayList<Quarter>();
        for (var q = Quarter.containing(start); !q.isAfter(Quarter.containing(end)); q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    public EntryWindow windowFor(Quarter quarter) {
        LocalDate opens = quarter.lastDay().plusDays(opensAfterDays);
        return new EntryWindow(opens, opens.plusDays(dueAfterDays), graceDays);
    }
}
