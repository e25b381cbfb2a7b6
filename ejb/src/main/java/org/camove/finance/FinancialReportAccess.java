package org.camove.finance;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.camove.grants.Grant;
import org.camove.grants.GrantAccess;
import org.camove.reporting.PeriodState;
import org.camove.reporting.ReportingPeriod;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;

/**
 * Who may reach a financial report and its receipts: the one place that says so. Everything goes through the grant
 * ({@link GrantAccess}): a partner officer reaches only their own organisation's grants, any other is refused as not
 * found and the attempt logged; lead-agency staff reach every grant. A period must be one of the grant's programme.
 */
@Stateless
@PermitAll
public class FinancialReportAccess {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private GrantAccess grants;

    /** The grant, read with {@code lock}, if the caller may reach it; else refused as not found (and logged). */
    public Grant grant(long grantId, LockModeType lock) {
        return grants.grant(grantId, lock);
    }

    /** The period, if it is one of the grant's programme within the grant's dates; else refused as gone. */
    public ReportingPeriod period(Grant grant, long periodId) {
        return Optional.ofNullable(em.find(ReportingPeriod.class, periodId))
                .filter(p -> p.getProgramme().getId().equals(grant.getProgramme().getId()))
                .filter(p -> grant.covers(p.quarter()))
                .orElseThrow(() -> InvalidInput.of(null, "period.gone"));
    }

    /** The grant's report for the period, if it was started. */
    public Optional<FinancialReport> report(Grant grant, ReportingPeriod period) {
        return em.createNamedQuery(FinancialReport.OF_GRANT_AND_PERIOD, FinancialReport.class).setParameter("grant", grant)
                .setParameter("period", period).getResultStream().findFirst();
    }

    /** The report by its id, if the caller may reach its grant; else refused as not found, as a grant is. */
    public FinancialReport report(long reportId) {
        var report = Optional.ofNullable(em.find(FinancialReport.class, reportId)).orElseThrow(() -> InvalidInput.of(null, "grant.notFound"));
        grant(report.getGrant().getId(), LockModeType.NONE);
        return report;
    }

    /** Refuses a change unless the period is open (a locked period refuses every change). */
    public static void requireOpen(ReportingPeriod period) {
        if (period.getState() != PeriodState.OPEN) {
            throw InvalidInput.of(null, period.getState() == PeriodState.LOCKED ? "entry.period.locked" : "entry.period.notOpenYet",
                    period.quarter().toString());
        }
    }

    public boolean isPartnerOfficer() {
        return grants.isPartnerOfficer();
    }

    public Optional<Long> ownOrganisation() {
        return grants.ownOrganisation();
    }

    public LastChange changeNow() {
        return grants.changeNow();
    }
}
