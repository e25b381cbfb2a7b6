package org.camove.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;

/**
 * One message of the thread between a partner and its reviewers about a {@link Submission}. Kept as plain text:
 * control characters other than line breaks and tabs are dropped, and pages and the API always show it escaped, so
 * markup typed into it is shown, never run. Each kind of submission has its own table with these columns.
 */
@MappedSuperclass
public abstract class SubmissionComment {

    /** Longest comment kept. */
    public static final int LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String body;

    @Column(name = "written_by", nullable = false, length = 100)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    protected SubmissionComment() {
        // for JPA
    }

    protected SubmissionComment(String body, LastChange change) {
        this.body = plainText(body, "text", true);
        this.writtenBy = change.username();
        this.writtenAt = LocalDateTime.ofInstant(change.at(), ZoneOffset.UTC);
    }

    /**
     * Text as the thread and the audit trail keep it: stripped, without control characters but line breaks
     * and tabs, at most {@link #LENGTH} characters; null when empty and not required.
     */
    public static String plainText(String typed, String field, boolean required) {
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
