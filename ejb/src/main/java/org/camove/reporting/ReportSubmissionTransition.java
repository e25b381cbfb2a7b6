package org.camove.reporting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.camove.audit.StateTransition;
import org.camove.shared.LastChange;

/** A package submitted, returned or approved: the audit trail of its states, with the reviewer's comment. */
@Entity
@Table(name = "report_submission_transition")
@NamedQuery(name = ReportSubmissionTransition.OF_SUBMISSION,
        query = "SELECT t FROM ReportSubmissionTransition t WHERE t.submission = :submission ORDER BY t.id")
public class ReportSubmissionTransition extends StateTransition {

    public static final String OF_SUBMISSION = "ReportSubmissionTransition.ofSubmission";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_submission_id")
    private ReportSubmission submission;

    protected ReportSubmissionTransition() {
        // for JPA
    }

    ReportSubmissionTransition(ReportSubmission submission, SubmissionState from, SubmissionState to, String reason,
                               LastChange change) {
        super(from, to, reason, change.username(), change.at());
        this.submission = submission;
    }

    public ReportSubmission getSubmission() {
        return submission;
    }
}
