package org.camove.reporting;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.camove.logframe.Programme;
import org.camove.security.Role;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;

/**
 * How programme managers run a programme's reporting calendar: generate its quarters, open and lock them,
 * change a window or the calendar's defaults; administrators also reopen locked periods, with a reason.
 * Every change of state is audited ({@link ReportingPeriodTransition}). Every change hands back the version
 * its author saw; a newer one refuses it with an {@link EditConflict} naming who saved in between.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER})
public class ReportingPeriods {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    public Optional<ProgrammePeriods> periods(String programmeCode, LocalDate today, Locale locale) {
        return programme(programmeCode, LockModeType.NONE).map(p -> {
            var calendar = calendar(p);
            var periods = periodsOf(p).stream().map(period -> ProgrammePeriods.Period.of(period, today)).toList();
            return new ProgrammePeriods(p.getCode(), p.getName().in(locale), calendar.getVersion(), calendar.rules(), periods,
                    caller.isCallerInRole(Role.Names.ADMIN));
        });
    }

    /** Adds the programme's quarters that have no period yet, planned, with the calendar's windows; answers how many. */
    public int generate(String programmeCode) {
        var programme = lock(programmeCode);
        var rules = calendar(programme).rules();
        var existing = periodsOf(programme).stream().map(ReportingPeriod::quarter).toList();
        int added = 0;
        for (var quarter : CalendarRules.quarters(programme.getStartDate(), programme.getEndDate())) {
            if (!existing.contains(quarter)) {
                em.persist(new ReportingPeriod(programme, quarter, rules.windowFor(quarter)));
                added++;
            }
        }
        return added;
    }

    public void open(String programmeCode, long periodId, long seenVersion) {
        transition(programmeCode, periodId, seenVersion, ReportingPeriod::open);
    }

    public void lock(String programmeCode, long periodId, long seenVersion) {
        transition(programmeCode, periodId, seenVersion, ReportingPeriod::lock);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void reopen(String programmeCode, long periodId, long seenVersion, String reason) {
        transition(programmeCode, periodId, seenVersion, (period, change) -> period.reopen(reason, change));
    }

    /** Changes one period's entry window; refused field by field (opensOn, dueOn, graceDays). */
    public void reschedule(String programmeCode, long periodId, long seenVersion, LocalDate opensOn, LocalDate dueOn,
                           Integer graceDays) {
        var period = seen(programmeCode, periodId, seenVersion);
        period.reschedule(EntryWindow.of(period.quarter(), opensOn, dueOn, graceDays), change());
    }

    /**
     * Sets the programme's calendar (refused field by field: opensAfterDays, dueAfterDays, graceDays,
     * reminderDaysBefore, changeThresholdPercent); planned periods take its windows, open and locked ones keep theirs.
     */
    public void configure(String programmeCode, long seenVersion, Integer opensAfterDays, Integer dueAfterDays,
                          Integer graceDays, Integer reminderDaysBefore, Integer changeThresholdPercent) {
        var rules = CalendarRules.of(opensAfterDays, dueAfterDays, graceDays, reminderDaysBefore, changeThresholdPercent);
        var programme = lock(programmeCode);
        var calendar = calendar(programme);
        if (calendar.getVersion() != seenVersion) {
            throw EditConflict.against(em, "conflict.calendar", programme.getName(), calendar.getLastChange());
        }
        var change = change();
        if (!em.contains(calendar)) {
            em.persist(calendar);
        }
        calendar.change(rules, change);
        periodsOf(programme).forEach(period -> period.followCalendar(rules, change));
    }

    // ---- loading, locking, versions ----------------------------------------------------------------

    private void transition(String programmeCode, long periodId, long seenVersion,
                            BiFunction<ReportingPeriod, LastChange, ReportingPeriodTransition> move) {
        var period = seen(programmeCode, periodId, seenVersion);
        em.persist(move.apply(period, change()));
    }

    /**
     * The period, if it is still there and still as its editor saw it; its row is locked for this transaction,
     * so a save made meanwhile is seen here and none is lost.
     */
    private ReportingPeriod seen(String programmeCode, long periodId, long seenVersion) {
        var period = Optional.ofNullable(em.find(ReportingPeriod.class, periodId, LockModeType.PESSIMISTIC_WRITE))
                .filter(p -> p.getProgramme().getCode().equals(programmeCode))
                .orElseThrow(() -> InvalidInput.of(null, "period.gone"));
        if (period.getVersion() != seenVersion) {
            throw EditConflict.against(em, "conflict.period", period.quarter().toString(), period.getLastChange());
        }
        return period;
    }

    private Programme lock(String programmeCode) {
        return programme(programmeCode, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> InvalidInput.of(null, "logframe.noSuchProgramme", programmeCode));
    }

    private Optional<Programme> programme(String programmeCode, LockModeType lock) {
        return em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", programmeCode)
                .setLockMode(lock).getResultStream().findFirst();
    }

    private List<ReportingPeriod> periodsOf(Programme programme) {
        return em.createNamedQuery(ReportingPeriod.OF_PROGRAMME, ReportingPeriod.class)
                .setParameter("programme", programme).getResultList();
    }

    private ReportingCalendar calendar(Programme programme) {
        return Optional.ofNullable(em.find(ReportingCalendar.class, programme.getId()))
                .orElseGet(() -> new ReportingCalendar(programme.getId()));
    }

    private LastChange change() {
        return LastChange.now(caller.getCallerPrincipal().getName());
    }
}
