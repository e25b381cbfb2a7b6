package org.camove.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.camove.shared.LastChange;

/** A programme's own {@link CalendarRules}; a programme without one uses {@link CalendarRules#DEFAULT}. */
@Entity
@Table(name = "reporting_calendar")
public class ReportingCalendar {

    @Id
    @Column(name = "programme_id")
    private Long programmeId;

    @Column(name = "opens_after_days", nullable = false)
    private int opensAfterDays;

    @Column(name = "due_after_days", nullable = false)
    private int dueAfterDays;

    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    @Column(name = "reminder_days_before", nullable = false)
    private int reminderDaysBefore;

    @Column(name = "change_threshold_percent", nullable = false)
    private int changeThresholdPercent;

    @Embedded
    private LastChange lastChange;

    @Version
    private long version;

    protected ReportingCalendar() {
        // for JPA
    }

    /** The defaults, not yet stored, for a programme that has no calendar of its own. */
    ReportingCalendar(long programmeId) {
        this.programmeId = programmeId;
        apply(CalendarRules.DEFAULT);
    }

    public CalendarRules rules() {
        return new CalendarRules(opensAfterDays, dueAfterDays, graceDays, reminderDaysBefore, changeThresholdPercent);
    }

    void change(CalendarRules rules, LastChange change) {
        apply(rules);
        this.lastChange = Objects.requireNonNull(change);
    }

    private void apply(CalendarRules rules) {
        this.opensAfterDays = rules.opensAfterDays();
        this.dueAfterDays = rules.dueAfterDays();
        this.graceDays = rules.graceDays();
        this.reminderDaysBefore = rules.reminderDaysBefore();
        this.changeThresholdPercent = rules.changeThresholdPercent();
    }

    public long getVersion() {
        return version;
    }

    public LastChange getLastChange() {
        return lastChange;
    }
}
