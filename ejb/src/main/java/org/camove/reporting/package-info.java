/**
 * Reporting periods: the quarters of a programme's calendar, each with an entry window and a state
 * (planned, open, locked), the audit trail of their changes and the reminders e-mailed to partner officers.
 * {@link org.camove.reporting.ReportingPeriod} is the aggregate root; the rules are plain Java
 * ({@link org.camove.reporting.CalendarRules}, {@link org.camove.reporting.EntryWindow},
 * {@link org.camove.reporting.PeriodState}, {@link org.camove.reporting.ReminderKind}).
 * <p>
 * Indicator values entered for a partner and period ({@link org.camove.reporting.IndicatorValueEntry}): the
 * partner's entry sheet, values saved pending while the period is open, each checked by
 * {@link org.camove.reporting.ValueRules}; a {@link org.camove.reporting.ReportedValue} is the aggregate root
 * of a value and its cells, and every change of it is audited ({@link org.camove.reporting.ReportedValueChange}).
 */
package org.camove.reporting;
