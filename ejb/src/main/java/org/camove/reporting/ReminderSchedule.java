package org.camove.reporting;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Every morning, the reminders that are due. Non-persistent: a morning the server was down is made up the
 * next, since a reminder not yet sent is still due (see {@link ReminderKind#forPeriod}).
 */
@Singleton
public class ReminderSchedule {

    @EJB
    private ReportingReminders reminders;

    @Schedule(hour = "6", minute = "30", persistent = false, info = "camove reporting reminders")
    void sendReminders() {
        reminders.sendDue(LocalDate.now(ZoneOffset.UTC));
    }
}
