/**
 * Reporting periods: the quarters of a programme's calendar, each with an entry window and a state
 * (planned, open, locked), the audit trail of their changes and the reminders e-mailed to partner officers.
 * {@link org.camove.reporting.ReportingPeriod} is the aggregate root; the rules are plain Java
 * ({@link org.camove.reporting.CalendarRules}, {@link org.camove.reporting.EntryWindow},
 * {@link org.camove.reporting.PeriodState}, {@link org.camove.reporting.ReminderKind}).
 */
package org.camove.reporting;
