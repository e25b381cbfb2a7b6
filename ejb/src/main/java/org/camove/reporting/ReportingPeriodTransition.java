package org.camove.reporting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.camove.audit.StateTransition;
import org.camove.shared.LastChange;

/** A reporting period opened, locked or reopened: the audit trail of its states. */
@Entity
@Table(name = "reporting_period_transition")
@NamedQuery(name = ReportingPeriodTransition.OF_PERIOD,
        query = "SELECT t FROM ReportingPeriodTransition t WHERE t.period = :period ORDER BY t.id")
public class ReportingPeriodTransition extends StateTransition {

    public static final String OF_PERIOD = "ReportingPeriodTransition.ofPeriod";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporting_period_id")
    private ReportingPeriod period;

    protected ReportingPeriodTransition() {
        // for JPA
    }

    ReportingPeriodTransition(ReportingPeriod period, PeriodState from, PeriodState to, String reason, LastChange change) {
        super(from, to, reason, change.username(), change.at());
        this.period = period;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }
}
