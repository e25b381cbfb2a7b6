package org.camove.reporting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.camove.shared.LastChange;

/** One message of the thread between a partner and its reviewers about a package (see {@link SubmissionComment}). */
@Entity
@Table(name = "report_submission_comment")
@NamedQuery(name = ReportSubmissionComment.OF_SUBMISSION,
        query = "SELECT c FROM ReportSubmissionComment c WHERE c.submission = :submission ORDER BY c.id")
public class ReportSubmissionComment extends SubmissionComment {

    public static final String OF_SUBMISSION = "ReportSubmissionComment.ofSubmission";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_submission_id")
    private ReportSubmission submission;

    protected ReportSubmissionComment() {
        // for JPA
    }

    ReportSubmissionComment(ReportSubmission submission, String body, LastChange change) {
        super(body, change);
        this.submission = Objects.requireNonNull(submission);
    }
}
