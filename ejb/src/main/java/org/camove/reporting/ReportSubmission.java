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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;

/**
 * A partner's quarterly package for one reporting period (its indicator values and narrative report) on its
 * way to approval. Each move answers the {@link ReportSubmissionTransition} that audits it. Who submitted it
 * last is kept, so that the approver can be told apart from the submitter.
 */
@Entity
@Table(name = "report_submission")
@NamedQuery(name = ReportSubmission.OF_PARTNER,
        query = "SELECT s FROM ReportSubmission s WHERE s.period = :period AND s.partnerId = :partner")
@NamedQuery(name = ReportSubmission.OF_PERIODS,
        query = "SELECT s FROM ReportSubmission s WHERE s.period IN :periods")
public class ReportSubmission {

    public static final String OF_PARTNER = "ReportSubmission.ofPartner";
    public static final String OF_PERIODS = "ReportSubmission.ofPeriods";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporting_period_id")
    private ReportingPeriod period;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

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

    protected ReportSubmission() {
        // for JPA
    }

    /** A partner's package as it starts: a draft. */
    public ReportSubmission(ReportingPeriod period, long partnerId, LastChange change) {
        this.period = Objects.requireNonNull(period);
        this.partnerId = partnerId;
        this.lastChange = Objects.requireNonNull(change);
    }

    public ReportSubmissionTransition submit(LastChange change) {
        var transition = move(SubmissionState.SUBMITTED, "submission.submit.notEditable", null, change);
        this.submittedBy = change.username();
        this.submittedAt = utc(change.at());
        return transition;
    }

    /** Back to the partner; the comment is required and kept in the audit trail. */
    public ReportSubmissionTransition returnToPartner(String comment, LastChange change) {
        String kept = comment == null ? "" : comment.strip();
        if (kept.isEmpty()) {
            throw InvalidInput.of("comment", "submission.return.commentRequired");
        }
        return move(SubmissionState.RETURNED, "submission.review.notSubmitted", kept, change);
    }

    /** Approved by someone other than whoever submitted it. */
    public ReportSubmissionTransition approve(String comment, LastChange change) {
        if (change.username().equals(submittedBy)) {
            throw InvalidInput.of(null, "submission.approve.ownSubmission");
        }
        var transition = move(SubmissionState.APPROVED, "submission.review.notSubmitted", comment, change);
        this.approvedBy = change.username();
        this.approvedAt = utc(change.at());
        return transition;
    }

    /** Refuses a change of the package's contents unless it is a draft or returned. */
    public void requireEditable() {
        if (!state.isEditable()) {
            throw InvalidInput.of(null, "submission.notEditable." + state.name(), period.quarter().toString());
        }
    }

    private ReportSubmissionTransition move(SubmissionState next, String refusalKey, String reason, LastChange change) {
        if (!state.canBecome(next)) {
            throw InvalidInput.of(null, refusalKey, period.quarter().toString());
        }
        var transition = new ReportSubmissionTransition(this, state, next, reason, change);
        this.state = next;
        this.lastChange = Objects.requireNonNull(change);
        return transition;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public long getPartnerId() {
        return partnerId;
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
