package org.camove.finance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.camove.grants.Grant;
import org.camove.reporting.ReportingPeriod;
import org.camove.reporting.Submission;
import org.camove.reporting.SubmissionState;
import org.camove.shared.LastChange;

/**
 * A partner's financial report on one grant for one reporting period: one {@link ExpenditureLine} per budget line of
 * the version in force at the period's end, all spent in one currency (the report's), each converted into the grant's.
 * It moves like the quarterly package ({@link Submission}).
 */
@Entity
@Table(name = "financial_report")
@NamedQuery(name = FinancialReport.OF_GRANT_AND_PERIOD,
        query = "SELECT r FROM FinancialReport r WHERE r.grant = :grant AND r.period = :period")
@NamedQuery(name = FinancialReport.OF_GRANTS, query = "SELECT r FROM FinancialReport r JOIN FETCH r.period WHERE r.grant IN :grants")
@NamedQuery(name = FinancialReport.APPROVED_OF_GRANT, query = "SELECT r FROM FinancialReport r JOIN FETCH r.period "
        + "WHERE r.grant = :grant AND r.state = org.camove.reporting.SubmissionState.APPROVED")
@NamedQuery(name = FinancialReport.SUBMITTED, query = "SELECT r FROM FinancialReport r JOIN FETCH r.grant g JOIN FETCH g.partner "
        + "JOIN FETCH r.period WHERE r.state = org.camove.reporting.SubmissionState.SUBMITTED ORDER BY r.submittedAt, r.id")
public class FinancialReport extends Submission<FinancialReportTransition> {

    public static final String OF_GRANT_AND_PERIOD = "FinancialReport.ofGrantAndPeriod";
    public static final String OF_GRANTS = "FinancialReport.ofGrants";
    public static final String APPROVED_OF_GRANT = "FinancialReport.approvedOfGrant";
    public static final String SUBMITTED = "FinancialReport.submitted";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id")
    private Grant grant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporting_period_id")
    private ReportingPeriod period;

    /** What the partner spent in (usually its local currency). */
    @Column(nullable = false, length = 3)
    private String currency;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ExpenditureLine> lines = new ArrayList<>();

    protected FinancialReport() {
        // for JPA
    }

    /** A report as it starts: a draft with nothing spent. */
    FinancialReport(Grant grant, ReportingPeriod period, Currency currency, LastChange change) {
        super(change);
        this.grant = Objects.requireNonNull(grant);
        this.period = Objects.requireNonNull(period);
        this.currency = currency.getCurrencyCode();
    }

    /** Replaces the spend (the caller converted it), once {@link #requireEditable} let it. */
    void spent(Currency spentIn, List<ExpenditureLine> newLines, LastChange change) {
        requireEditable();
        this.currency = spentIn.getCurrencyCode();
        lines.clear();
        lines.addAll(newLines);
        changed(change);
    }

    @Override
    protected String messages() {
        return "finreport";
    }

    @Override
    protected String subject() {
        return grant.getReference() + ", " + period.quarter();
    }

    @Override
    protected FinancialReportTransition transition(SubmissionState from, SubmissionState to, String reason, LastChange change) {
        return new FinancialReportTransition(this, from, to, reason, change);
    }

    public Long getId() {
        return id;
    }

    public Grant getGrant() {
        return grant;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public List<ExpenditureLine> getLines() {
        return List.copyOf(lines);
    }
}
