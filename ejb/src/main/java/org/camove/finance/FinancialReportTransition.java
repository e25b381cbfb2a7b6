package org.camove.finance;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.camove.audit.StateTransition;
import org.camove.reporting.SubmissionState;
import org.camove.shared.LastChange;

/** A financial report submitted, returned or approved: the audit trail of its states, with the reviewer's comment. */
@Entity
@Table(name = "financial_report_transition")
@NamedQuery(name = FinancialReportTransition.OF_REPORT,
        query = "SELECT t FROM FinancialReportTransition t WHERE t.report = :report ORDER BY t.id")
public class FinancialReportTransition extends StateTransition {

    public static final String OF_REPORT = "FinancialReportTransition.ofReport";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "financial_report_id")
    private FinancialReport report;

    protected FinancialReportTransition() {
        // for JPA
    }

    FinancialReportTransition(FinancialReport report, SubmissionState from, SubmissionState to, String reason, LastChange change) {
        super(from, to, reason, change.username(), change.at());
        this.report = report;
    }
}
