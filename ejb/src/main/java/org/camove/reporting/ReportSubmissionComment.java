package org.camove.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;

/**
 * One message of the thread between a partner and its reviewers about a package. Kept as plain text: control
 * characters other than line breaks and tabs are dropped, and pages and the API always show it escaped, so
 * markup typed into it is shown, never run.
 */
@Entity
@Table(name = "report_submission_comment")
@NamedQuery(name = ReportSubmissionComment.OF_SUBMISSION,
        query = "SELECT c FROM ReportSubmissionComment c WHERE c.submission = :submission ORDER BY c.id")
public class ReportSubmissionComment {

    public static final String OF_SUBMISSION = "ReportSubmissionComment.ofSubmission";
    /** Longest comment kept. */
    public static final int LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_submission_id")
    private ReportSubmission submission;

    @Column(nullable = false)
    private String body;

    @Column(name = "written_by", nullable = false, length = 100)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    protected ReportSubmissionComment() {
        // for JPA
    }

    ReportSubmissionComment(ReportSubmission submission, String body, LastChange change) {
        this.submission = Objects.requireNonNull(submission);
        this.body = plainText(body, "text", true);
        this.writtenBy = change.username();
        this.writtenAt = LocalDateTime.ofInstant(change.at(), ZoneOffset.UTC);
    }

    /**
     * Text as the thread and the audit trail keep it: stripped, without control characters but line breaks
     * and tabs, at most {@link #LENGTH} characters; null when empty and not required.
     */
    static String plainText(String typed, String field, boolean required) {
        String text = typed == null ? "" : typed.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        if (text.isEmpty()) {
            if (required) {
                throw InvalidInput.of(field, "submission.comment.required");
            }
            return null;
        }
        if (text.length() > LENGTH) {
            throw new InvalidInput(List.of(new InvalidInput.Violation(field, "logframe.tooLong", List.of(LENGTH, text.length()))));
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public String getBody() {
        return body;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt.toInstant(ZoneOffset.UTC);
    }
}
