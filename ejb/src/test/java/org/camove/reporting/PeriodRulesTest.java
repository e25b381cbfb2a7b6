package org.camove.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.camove.indicators.aggregation.Quarter;
import org.camove.logframe.Programme;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;
import org.camove.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** The reporting calendar: quarters from the programme's dates, windows, overdue, the moves a period may make. */
class PeriodRulesTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Programme PROGRAMME = new Programme("T", LocalizedText.of("Test", null),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final LastChange CHANGE = new LastChange("manager", Instant.parse("2026-04-02T09:00:00Z"));

    @Test
    void aProgrammeHasEveryQuarterFromTheOneItStartsInToTheOneItEndsIn() {
        assertThat(CalendarRules.quarters(LocalDate.of(2025, 2, 15), LocalDate.of(2026, 1, 10)))
                .containsExactly(Quarter.of(2025, 1), Quarter.of(2025, 2), Quarter.of(2025, 3), Quarter.of(2025, 4), Quarter.of(2026, 1));
        assertThat(CalendarRules.quarters(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31))).hasSize(12);
    }

    @Test
    void byDefaultTheWindowOpensTheDayAfterTheQuarterIsDueThirtyDaysLaterWithTenGraceDays() {
        var window = CalendarRules.DEFAULT.windowFor(Quarter.of(2026, 4));
        assertThat(window).isEqualTo(new EntryWindow(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), 10));
        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(new CalendarRules(0, 14, 0, 3).windowFor(Quarter.of(2026, 1)))
                .isEqualTo(new EntryWindow(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 14), 0));
    }

    @Test
    void aPeriodIsOverdueOnlyPastItsGraceDaysAndNeverOnceLocked() {
        var period = period(2026, 1);
        period.open(CHANGE);
        assertThat(period.isOverdue(LocalDate.of(2026, 5, 11))).as("last day of grace").isFalse();
        assertThat(period.isOverdue(LocalDate.of(2026, 5, 12))).isTrue();
        period.lock(CHANGE);
        assertThat(period.isOverdue(LocalDate.of(2026, 5, 12))).isFalse();
        assertThat(period(2026, 1).isOverdue(LocalDate.of(2026, 5, 12))).as("planned and past its window").isTrue();
    }

    @Test
    void periodsMoveFromPlannedToOpenToLockedAndBackToOpenOnlyWithAReason() {
        assertThat(PeriodState.PLANNED.canBecome(PeriodState.OPEN)).isTrue();
        assertThat(PeriodState.PLANNED.canBecome(PeriodState.LOCKED)).isFalse();
        assertThat(PeriodState.OPEN.canBecome(PeriodState.PLANNED)).isFalse();
        assertThat(PeriodState.LOCKED.canBecome(PeriodState.OPEN)).isTrue();

        var period = period(2026, 2);
        assertThat(refused(() -> period.lock(CHANGE)).message(Locale.ENGLISH))
                .isEqualTo("2026-Q2 cannot be locked: only an open period can be locked.");
        var opened = period.open(CHANGE);
        assertThat(opened.getFromState() + ">" + opened.getToState()).isEqualTo("PLANNED>OPEN");
        assertThat(refused(() -> period.open(CHANGE)).key()).isEqualTo("period.open.notPlanned");
        assertThat(refused(() -> period.reopen("typo", CHANGE)).key()).isEqualTo("period.reopen.notLocked");
        period.lock(CHANGE);
        var noReason = refused(() -> period.reopen("  ", CHANGE));
        assertThat(noReason.field()).isEqualTo("reason");
        assertThat(noReason.message(RU)).isEqualTo("Укажите причину повторного открытия периода 2026-Q2: она сохраняется в журнале аудита.");
        assertThat(period.getState()).isEqualTo(PeriodState.LOCKED);
        var reopened = period.reopen("  KG-02 sent corrected figures  ", CHANGE);
        assertThat(reopened.getReason()).isEqualTo("KG-02 sent corrected figures");
        assertThat(reopened.getChangedBy()).isEqualTo("manager");
        assertThat(period.getState()).isEqualTo(PeriodState.OPEN);
    }

    @Test
    void aWindowIsCheckedFieldByFieldAndALockedPeriodKeepsItsWindow() {
        var q2 = Quarter.of(2026, 2);
        var bad = catchThrowableOfType(InvalidInput.class, () -> EntryWindow.of(q2, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), 91));
        assertThat(bad.violations()).extracting(InvalidInput.Violation::field).containsExactly("opensOn", "dueOn", "graceDays");
        assertThat(bad.violations().get(1).message(Locale.ENGLISH)).isEqualTo("The due date (2026-02-01) cannot be before the window opens (2026-03-01).");
        assertThat(bad.violations().get(2).message(RU)).isEqualTo("Введите число льготных дней от 0 до 90.");
        var missing = catchThrowableOfType(InvalidInput.class, () -> EntryWindow.of(q2, null, null, null));
        assertThat(missing.violations()).extracting(InvalidInput.Violation::key)
                .containsExactly("period.window.dateRequired", "period.window.dateRequired", "period.window.graceRange");

        var period = period(2026, 2);
        period.open(CHANGE);
        period.lock(CHANGE);
        assertThat(refused(() -> period.reschedule(EntryWindow.of(q2, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1), 5), CHANGE)).key())
                .isEqualTo("period.locked");
        var calendar = catchThrowableOfType(InvalidInput.class, () -> CalendarRules.of(-1, 30, null, 181, 50));
        assertThat(calendar.violations()).extracting(InvalidInput.Violation::field).containsExactly("opensAfterDays", "graceDays", "reminderDaysBefore");
    }

    @Test
    void anOpenPeriodCallsForAReminderFromSomeDaysBeforeItIsDueAndOnceItIsOverdue() {
        var window = CalendarRules.DEFAULT.windowFor(Quarter.of(2026, 1)); // due 2026-05-01, last day 2026-05-11
        assertThat(ReminderKind.forPeriod(PeriodState.OPEN, window, LocalDate.of(2026, 4, 23), 7)).isEmpty();
        assertThat(ReminderKind.forPeriod(PeriodState.OPEN, window, LocalDate.of(2026, 4, 24), 7)).contains(ReminderKind.DUE_SOON);
        assertThat(ReminderKind.forPeriod(PeriodState.OPEN, window, LocalDate.of(2026, 5, 11), 7)).contains(ReminderKind.DUE_SOON);
        assertThat(ReminderKind.forPeriod(PeriodState.OPEN, window, LocalDate.of(2026, 5, 12), 7)).contains(ReminderKind.OVERDUE);
        assertThat(ReminderKind.forPeriod(PeriodState.LOCKED, window, LocalDate.of(2026, 5, 12), 7)).isEmpty();
        assertThat(ReminderKind.forPeriod(PeriodState.PLANNED, window, LocalDate.of(2026, 4, 30), 7)).isEmpty();
    }

    private static ReportingPeriod period(int year, int quarter) {
        var q = Quarter.of(year, quarter);
        return new ReportingPeriod(PROGRAMME, q, CalendarRules.DEFAULT.windowFor(q));
    }

    private static InvalidInput.Violation refused(Runnable change) {
        var refusal = catchThrowableOfType(InvalidInput.class, change::run);
        assertThat(refusal).as("refused").isNotNull();
        return refusal.violations().get(0);
    }
}
