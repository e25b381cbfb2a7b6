package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.camove.logframe.Programme;
import org.camove.reporting.CalendarRules;
import org.camove.reporting.PeriodState;
import org.camove.reporting.ProgrammePeriods;
import org.camove.reporting.ReportingPeriods;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;
import org.camove.shared.LocalizedText;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reporting periods against the real database: generation, the calendar, audited transitions, conflicts and roles. */
@ExtendWith(ArquillianExtension.class)
class ReportingPeriodsIT {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(ReportingPeriodsIT.class).addClasses(AsNamedManager.class, AsNamedAdministrator.class,
                AsFinanceReviewer.class, AsPartnerOfficer.class, IdentitiesForTests.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedManager manager;

    @EJB
    private AsNamedAdministrator admin;

    @EJB
    private AsFinanceReviewer finance;

    @EJB
    private AsPartnerOfficer partner;

    @EJB
    private ReportingPeriods periods;

    private String programme;

    /** A programme of its own per test, from February 2026 to March 2027: five quarters. */
    @BeforeEach
    void newProgramme() {
        IdentitiesForTests.create(tx);
        programme = "PERIODS-" + System.nanoTime();
        tx.call(em -> {
            em.persist(new Programme(programme, LocalizedText.of("Periods test", "Проверка периодов"),
                    LocalDate.of(2026, 2, 1), LocalDate.of(2027, 3, 31)));
            return null;
        });
    }

    @Test
    void eachQuarterOfTheProgrammeIsGeneratedOnceWithTheCalendarsWindow() {
        assertThat(asking(manager, () -> periods.generate(programme))).isEqualTo(5);
        assertThat(asking(manager, () -> periods.generate(programme))).as("again: nothing is missing").isZero();
        var view = view();
        assertThat(view.periods()).extracting(ProgrammePeriods.Period::quarter)
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1");
        var q1 = view.periods().get(0);
        assertThat(List.of(q1.opensOn(), q1.dueOn(), q1.lastDay())).containsExactly(
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 11));
        assertThat(q1.state()).isEqualTo(PeriodState.PLANNED);
        assertThat(q1.overdue()).as("planned, past its grace days on " + TODAY).isTrue();
        assertThat(view.rules()).isEqualTo(CalendarRules.DEFAULT);

        // a calendar of its own: planned periods follow it, an open one keeps its window
        as(manager, () -> periods.open(programme, q1.id(), q1.version()));
        as(manager, () -> periods.configure(programme, view.calendarVersion(), 0, 14, 5, 3, 50));
        var after = view();
        assertThat(after.rules()).isEqualTo(new CalendarRules(0, 14, 5, 3));
        assertThat(after.periods().get(0).dueOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(after.periods().get(1)).satisfies(q2 -> {
            assertThat(q2.opensOn()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(q2.dueOn()).isEqualTo(LocalDate.of(2026, 7, 14));
            assertThat(q2.graceDays()).isEqualTo(5);
        });
        var badCalendar = catchThrowableOfType(InvalidInput.class, () -> as(manager, () ->
                periods.configure(programme, after.calendarVersion(), 1, 200, null, 7, 50)));
        assertThat(badCalendar.violations()).extracting(InvalidInput.Violation::field).containsExactly("dueAfterDays", "graceDays");
        assertThat(badCalendar.violations().get(0).message(RU)).isEqualTo("Введите число дней от 0 до 180.");
        var staleCalendar = catchThrowableOfType(EditConflict.class, () -> as(admin, () ->
                periods.configure(programme, view.calendarVersion(), 1, 30, 10, 7, 50)));
        assertThat(staleCalendar.message(Locale.ENGLISH)).startsWith("The reporting calendar of Periods test was changed by Timur Testov at ");
    }

    @Test
    void periodsAreOpenedAndLockedByManagersAndReopenedOnlyByAnAdministratorWithAReasonAllAudited() {
        as(manager, () -> periods.generate(programme));
        var q2 = period("2026-Q2");
        as(manager, () -> periods.open(programme, q2.id(), q2.version()));
        var open = period("2026-Q2");
        assertThat(open.state()).isEqualTo(PeriodState.OPEN);
        assertThat(catchThrowableOfType(InvalidInput.class, () -> as(manager, () -> periods.open(programme, open.id(), open.version())))
                .violations().get(0).message(Locale.ENGLISH))
                .isEqualTo("2026-Q2 cannot be opened: only a planned period can be, and it is already open or locked.");
        as(manager, () -> periods.lock(programme, open.id(), open.version()));
        var locked = period("2026-Q2");
        assertThat(locked.state()).isEqualTo(PeriodState.LOCKED);
        assertThat(locked.overdue()).isFalse();

        assertThatThrownBy(() -> as(manager, () -> periods.reopen(programme, locked.id(), locked.version(), "the manager wants it")))
                .isInstanceOf(EJBAccessException.class);
        var noReason = catchThrowableOfType(InvalidInput.class, () -> as(admin, () ->
                periods.reopen(programme, locked.id(), locked.version(), " ")));
        assertThat(noReason.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("reason");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("Give the reason for reopening 2026-Q2: it is kept in the audit trail.");
        });
        assertThat(period("2026-Q2").state()).isEqualTo(PeriodState.LOCKED);
        assertThat(catchThrowableOfType(InvalidInput.class, () -> as(manager, () -> periods.reschedule(programme, locked.id(),
                locked.version(), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1), 5))).violations().get(0).key())
                .isEqualTo("period.locked");

        as(admin, () -> periods.reopen(programme, locked.id(), locked.version(), "Osh Legal Clinic sent corrected figures"));
        assertThat(period("2026-Q2").state()).isEqualTo(PeriodState.OPEN);
        List<Object[]> audit = tx.call(em -> em.createNativeQuery("SELECT t.from_state, t.to_state, t.changed_by, t.reason, t.changed_at "
                + "FROM reporting_period_transition t WHERE t.reporting_period_id = ?1 ORDER BY t.id").setParameter(1, locked.id()).getResultList());
        assertThat(audit).extracting(row -> row[0] + ">" + row[1] + " by " + row[2] + ": " + row[3]).containsExactly(
                "PLANNED>OPEN by " + IdentitiesForTests.MANAGER + ": null",
                "OPEN>LOCKED by " + IdentitiesForTests.MANAGER + ": null",
                "LOCKED>OPEN by " + IdentitiesForTests.ADMINISTRATOR + ": Osh Legal Clinic sent corrected figures");
        assertThat(audit).allSatisfy(row -> assertThat(row[4]).isNotNull());
    }

    @Test
    void aStaleSaveIsRefusedNamingWhoSavedFirstAndABadWindowFieldByField() {
        as(manager, () -> periods.generate(programme));
        var seenByBoth = period("2026-Q3");
        as(admin, () -> periods.open(programme, seenByBoth.id(), seenByBoth.version()));
        var conflict = catchThrowableOfType(EditConflict.class, () -> as(manager, () ->
                periods.reschedule(programme, seenByBoth.id(), seenByBoth.version(), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 20), 3)));
        assertThat(conflict.changedBy()).isEqualTo(IdentitiesForTests.ADMINISTRATOR_NAME);
        assertThat(conflict.message(Locale.ENGLISH)).startsWith("The reporting period 2026-Q3 was changed by " + IdentitiesForTests.ADMINISTRATOR_NAME + " at ");
        assertThat(conflict.message(RU)).startsWith("Отчётный период 2026-Q3: изменения внёс(ла) " + IdentitiesForTests.ADMINISTRATOR_NAME);
        assertThat(period("2026-Q3").dueOn()).isEqualTo(LocalDate.of(2026, 10, 31));

        var current = period("2026-Q3");
        var bad = catchThrowableOfType(InvalidInput.class, () -> as(manager, () ->
                periods.reschedule(programme, current.id(), current.version(), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 1), -1)));
        assertThat(bad.violations()).extracting(InvalidInput.Violation::field).containsExactly("opensOn", "dueOn", "graceDays");
        assertThat(bad.violations().get(0).message(Locale.ENGLISH)).isEqualTo("The window for 2026-Q3 cannot open before the quarter begins (2026-07-01).");
        as(manager, () -> periods.reschedule(programme, current.id(), current.version(), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 20), 3));
        assertThat(period("2026-Q3").lastDay()).isEqualTo(LocalDate.of(2026, 10, 23));
    }

    @Test
    void onlyProgrammeManagersAndAdministratorsRunTheCalendar() {
        assertThatThrownBy(() -> finance.call(() -> periods.generate(programme))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> partner.call(() -> periods.periods(programme, TODAY, Locale.ENGLISH))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> periods.generate(programme)).isInstanceOf(EJBAccessException.class);
        assertThat(view().periods()).isEmpty();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private ProgrammePeriods view() {
        return asking(manager, () -> periods.periods(programme, TODAY, Locale.ENGLISH).orElseThrow());
    }

    private ProgrammePeriods.Period period(String quarter) {
        return view().periods().stream().filter(p -> p.quarter().equals(quarter)).findFirst().orElseThrow();
    }

    private static <T> T asking(AsNamedManager user, Supplier<T> work) {
        return user.call(work);
    }

    private static void as(AsNamedManager user, Runnable work) {
        user.call(() -> {
            work.run();
            return null;
        });
    }

    private static void as(AsNamedAdministrator user, Runnable work) {
        user.call(() -> {
            work.run();
            return null;
        });
    }
}
