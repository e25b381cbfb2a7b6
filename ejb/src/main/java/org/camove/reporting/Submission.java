package org.camove.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.camove.audit.StateTransition;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;

/**
 * Anything a partner submits for review with the workflow of DOMAIN.md (the quarterly package, a financial report):
 * DRAFT → SUBMITTED → RETURNED with a comment → SUBMITTED … → APPROVED, never approved by whoever submitted it last.
 * The rules live here once; each kind of submission says what its refusals are called ({@link #messages()}: the
 * prefix of its bundle keys, e.g. "submission" or "finreport"), what they name ({@link #subject()}) and how its
 * moves are audited ({@link #transition}).
 *
 * @param <T> the audit row of one move
 */
@MappedSuperclass
public abstract class Submission<T extends StateTransition> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SubmissionState state = SubmissionState.DRAFT;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Embedded
    private LastChange lastChange;

    @Version
    private long version;

    protected Submission() {
        // for JPA
    }

    protected Submission(LastChange change) {
        this.lastChange = Objects.requireNonNull(change);
    }

    /** The prefix of this kind's refusal keys: {@code <prefix>.submit.notEditable}, {@code <prefix>.review.notSubmitted} … */
    protected abstract String messages();

    /** What the refusals name (the quarter, the grant and quarter). */
    protected abstract String subject();

    /** The audit row of a move. */
    protected abstract T transition(SubmissionState from, SubmissionState to, String reason, LastChange change);

    public T submit(LastChange change) {
        var transition = move(SubmissionState.SUBMITTED, ".submit.notEditable", null, change);
        this.submittedBy = change.username();
        this.submittedAt = utc(change.at());
        return transition;
    }

    /** Back to the partner; the comment is required and kept in the audit trail. */
    public T returnToPartner(String comment, LastChange change) {
        String kept = comment == null ? "" : comment.strip();
        if (kept.isEmpty()) {
            throw InvalidInput.of("comment", messages() + ".return.commentRequired");
        }
        return move(SubmissionState.RETURNED, ".review.notSubmitted", kept, change);
    }

    /** Approved by someone other than whoever submitted it. */
    public T approve(String comment, LastChange change) {
        if (change.username().equals(submittedBy)) {
            throw InvalidInput.of(null, messages() + ".approve.ownSubmission");
        }
        var transition = move(SubmissionState.APPROVED, ".review.notSubmitted", comment, change);
        this.approvedBy = change.username();
        this.approvedAt = utc(change.at());
        return transition;
    }

    /** Refuses a change of the contents unless it is a draft or returned. */
    public void requireEditable() {
        if (!state.isEditable()) {
            throw InvalidInput.of(null, messages() + ".notEditable." + state.name(), subject());
        }
    }

    /** Records a change of the contents (not a move). */
    protected void changed(LastChange change) {
        this.lastChange = Objects.requireNonNull(change);
    }

    private T move(SubmissionState next, String refusal, String reason, LastChange change) {
        if (!state.canBecome(next)) {
            throw InvalidInput.of(null, messages() + refusal, subject());
        }
        var transition = transition(state, next, reason, change);
        this.state = next;
        changed(change);
        return transition;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public SubmissionState getState() {
        return state;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt == null ? null : submittedAt.toInstant(ZoneOffset.UTC);
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt == null ? null : approvedAt.toInstant(ZoneOffset.UTC);
    }

    public LastChange getLastChange() {
        return lastChange;
    }

    public long getVersion() {
        return version;
    }
}
