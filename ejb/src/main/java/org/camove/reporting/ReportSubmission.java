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
import java.util.Objects;
import org.camove.shared.LastChange;

/**
 * A partner's quarterly package for one reporting period (its indicator values and narrative report) on its
 * way to approval, with the workflow every {@link Submission} has. Each move answers the
 * {@link ReportSubmissionTransition} that audits it.
 */
@Entity
@Table(name = "report_submission")
@NamedQuery(name = ReportSubmission.OF_PARTNER,
        query = "SELECT s FROM ReportSubmission s WHERE s.period = :period AND s.partnerId = :partner")
@NamedQuery(name = ReportSubmission.OF_PERIODS,
        query = "SELECT s FROM ReportSubmission s WHERE s.period IN :periods")
public class ReportSubmission extends Submission<ReportSubmissionTransition> {

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

    protected ReportSubmission() {
        // for JPA
    }

    /** A partner's package as it starts: a draft. */
    public ReportSubmission(ReportingPeriod period, long partnerId, LastChange change) {
        super(change);
        this.period = Objects.requireNonNull(period);
        this.partnerId = partnerId;
    }

    @Override
    protected String messages() {
        return "submission";
    }

    @Override
    protected String subject() {
        return period.quarter().toString();
    }

    @Override
    protected ReportSubmissionTransition transition(SubmissionState from, SubmissionState to, String reason, LastChange change) {
        return new ReportSubmissionTransition(this, from, to, reason, change);
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
}
