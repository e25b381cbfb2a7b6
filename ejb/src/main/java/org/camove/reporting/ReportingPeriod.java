package org.camove.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.camove.indicators.aggregation.Quarter;
import org.camove.logframe.Programme;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;

/**
 * One quarter of a programme's reporting calendar, with its entry window and state. Each change of state
 * answers the {@link ReportingPeriodTransition} that audits it; a locked period keeps its window.
 */
@Entity
@Table(name = "reporting_period")
@NamedQuery(name = ReportingPeriod.OF_PROGRAMME,
        query = "SELECT p FROM ReportingPeriod p WHERE p.programme = :programme ORDER BY p.year, p.quarter")
@NamedQuery(name = ReportingPeriod.OPEN,
        query = "SELECT p FROM ReportingPeriod p JOIN FETCH p.programme WHERE p.state = :state")
public class ReportingPeriod {

    public static final String OF_PROGRAMME = "ReportingPeriod.ofProgramme";
    public static final String OPEN = "ReportingPeriod.open";
    /** Longest reason for a reopening that is kept. */
    public static final int REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private int quarter;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PeriodState state = PeriodState.PLANNED;

    @Embedded
    private LastChange lastChange;

    @Version
    private long version;

    protected ReportingPeriod() {
        // for JPA
    }

    ReportingPeriod(Programme programme, Quarter quarter, EntryWindow window) {
        this.programme = Objects.requireNonNull(programme);
        this.year = quarter.year();
        this.quarter = quarter.quarter();
        setWindow(window);
    }

    public ReportingPeriodTransition open(LastChange change) {
        return move(PeriodState.OPEN, "period.open.notPlanned", null, change);
    }

    public ReportingPeriodTransition lock(LastChange change) {
        return move(PeriodState.LOCKED, "period.lock.notOpen", null, change);
    }

    /** Opens a locked period again; the reason is required and kept in the audit trail. */
    public ReportingPeriodTransition reopen(String reason, LastChange change) {
        if (state != PeriodState.LOCKED) {
            throw InvalidInput.of(null, "period.reopen.notLocked", quarter().toString());
        }
        String kept = reason == null ? "" : reason.strip();
        if (kept.isEmpty()) {
            throw InvalidInput.of("reason", "period.reopen.reasonRequired", quarter().toString());
        }
        if (kept.length() > REASON_LENGTH) {
            throw InvalidInput.of("reason", "logframe.tooLong", REASON_LENGTH, kept.length());
        }
        return move(PeriodState.OPEN, "period.reopen.notLocked", kept, change);
    }

    /** A locked period's window stays as it was when it was locked. */
    public void reschedule(EntryWindow window, LastChange change) {
        if (state == PeriodState.LOCKED) {
            throw InvalidInput.of(null, "period.locked", quarter().toString());
        }
        setWindow(window);
        this.lastChange = Objects.requireNonNull(change);
    }

    /** The calendar's window for a period that is still planned; open and locked ones keep theirs. */
    void followCalendar(CalendarRules rules, LastChange change) {
        if (state == PeriodState.PLANNED && !rules.windowFor(quarter()).equals(window())) {
            reschedule(rules.windowFor(quarter()), change);
        }
    }

    private ReportingPeriodTransition move(PeriodState next, String refusalKey, String reason, LastChange change) {
        if (!state.canBecome(next)) {
            throw InvalidInput.of(null, refusalKey, quarter().toString());
        }
        var transition = new ReportingPeriodTransition(this, state, next, reason, change);
        this.state = next;
        this.lastChange = Objects.requireNonNull(change);
        return transition;
    }

    private void setWindow(EntryWindow window) {
        this.opensOn = window.opensOn();
        this.dueOn = window.dueOn();
        this.graceDays = window.graceDays();
    }

    /** Past its due date and grace days, and not locked. */
    public boolean isOverdue(LocalDate today) {
        return state != PeriodState.LOCKED && window().isPastGrace(today);
    }

    public Quarter quarter() {
        return Quarter.of(year, quarter);
    }

    public EntryWindow window() {
        return new EntryWindow(opensOn, dueOn, graceDays);
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public PeriodState getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }

    public LastChange getLastChange() {
        return lastChange;
    }
}
