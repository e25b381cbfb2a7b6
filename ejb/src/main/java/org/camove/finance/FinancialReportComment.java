package org.camove.finance;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.camove.reporting.SubmissionComment;
import org.camove.shared.LastChange;

/** One message of the thread between a partner and finance about a financial report. */
@Entity
@Table(name = "financial_report_comment")
@NamedQuery(name = FinancialReportComment.OF_REPORT,
        query = "SELECT c FROM FinancialReportComment c WHERE c.report = :report ORDER BY c.id")
public class FinancialReportComment extends SubmissionComment {

    public static final String OF_REPORT = "FinancialReportComment.ofReport";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "financial_report_id")
    private FinancialReport report;

    protected FinancialReportComment() {
        // for JPA
    }

    FinancialReportComment(FinancialReport report, String body, LastChange change) {
        super(body, change);
        this.report = Objects.requireNonNull(report);
    }
}
