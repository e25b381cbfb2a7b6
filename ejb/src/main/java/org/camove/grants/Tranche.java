package org.camove.grants;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.camove.money.Money;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;

/**
 * One planned payment of a grant, in the grant's currency, with its release condition: none, or the approval of the
 * grant's financial report for a given reporting period (condition_period_id); {@link Disbursements} says when it is
 * met, and the report's approval releases it.
 */
@Entity
@Table(name = "tranche")
public class Tranche {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id")
    private Grant grant;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    /** The reporting period whose financial report (of this grant) must be approved first; null: no condition. */
    @Column(name = "condition_period_id")
    private Long conditionPeriodId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TrancheState state = TrancheState.PLANNED;

    @Embedded
    private LastChange lastChange;

    @Version
    private long version;

    protected Tranche() {
        // for JPA
    }

    Tranche(Grant grant, LocalDate plannedOn, Money amount, Long conditionPeriodId) {
        this.grant = Objects.requireNonNull(grant);
        this.plannedOn = Objects.requireNonNull(plannedOn);
        this.amount = amount.amount();
        this.conditionPeriodId = conditionPeriodId;
    }

    /**
     * Released; {@code override} is the finance reviewer's reason for releasing while the condition is unmet (null
     * when it is met), kept in the audit trail.
     */
    TrancheTransition release(String override, LastChange change) {
        requirePlanned();
        var transition = new TrancheTransition(this, state, TrancheState.RELEASED, override, change);
        this.state = TrancheState.RELEASED;
        this.lastChange = change;
        return transition;
    }

    /** Refused unless the tranche is still planned (a released one is never released again). */
    void requirePlanned() {
        if (state != TrancheState.PLANNED) {
            throw InvalidInput.of(null, "tranche.release.notPlanned", plannedOn.toString());
        }
    }

    public Long getId() {
        return id;
    }

    public Grant getGrant() {
        return grant;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public Money amount() {
        return Money.of(amount, grant.currency());
    }

    public Long getConditionPeriodId() {
        return conditionPeriodId;
    }

    public TrancheState getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }

    public LastChange getLastChange() {
        return lastChange;
    }
}
