package org.camove.reporting;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.camove.organisations.Organisation;
import org.camove.organisations.OrganisationKind;
import org.camove.security.Role;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;

/**
 * Who may reach a partner's quarterly package: the one place that says so for the values, the narrative,
 * the evidence and the workflow. A partner officer reaches only their own organisation's package (any other
 * is refused as if it did not exist, and the attempt is logged); programme managers and administrators reach
 * every partner of the period's programme. The callers' beans carry the roles; this one trusts them.
 */
@Stateless
@PermitAll
public class PackageAccess {

    private static final Logger LOG = Logger.getLogger(PackageAccess.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    /** The period, read with the given lock. */
    public ReportingPeriod period(long periodId, LockModeType lock) {
        return Optional.ofNullable(em.find(ReportingPeriod.class, periodId, lock))
                .orElseThrow(() -> InvalidInput.of(null, "period.gone"));
    }

    /** The partner, if it takes part in the period's programme and the caller may reach its package. */
    public Organisation partner(ReportingPeriod period, long partnerId) {
        if (isPartnerOfficer() && ownOrganisation().filter(own -> own == partnerId).isEmpty()) {
            String user = caller.getCallerPrincipal().getName();
            LOG.warning(() -> "Partner officer " + user + " asked for the quarterly package of organisation " + partnerId
                    + " (period " + period.getId() + "), which is not theirs: refused");
            throw InvalidInput.of("partner", "entry.notYourOrganisation");
        }
        boolean participates = !em.createNativeQuery("SELECT 1 FROM programme_participant WHERE programme_id = ?1 "
                        + "AND organisation_id = ?2").setParameter(1, period.getProgramme().getId()).setParameter(2, partnerId)
                .getResultList().isEmpty();
        return Optional.ofNullable(participates ? em.find(Organisation.class, partnerId) : null)
                .filter(o -> o.getKind() == OrganisationKind.PARTNER)
                .orElseThrow(() -> InvalidInput.of("partner", "entry.noSuchPartner"));
    }

    /** The partner's package for the period, if it was started. */
    public Optional<ReportSubmission> submission(ReportingPeriod period, Organisation partner, LockModeType lock) {
        return em.createNamedQuery(ReportSubmission.OF_PARTNER, ReportSubmission.class).setParameter("period", period)
                .setParameter("partner", partner.getId()).setLockMode(lock).getResultStream().findFirst();
    }

    /**
     * The package whose contents the caller is about to change: started as a draft if it was not, refused
     * unless the period is open and the package a draft or returned. Its row stays locked until the caller's
     * transaction ends, so that changes to one partner's package (and its submission) happen one after the
     * other while other partners' go on at once; the period's row is share-locked, so that it cannot be locked or
     * reopened meanwhile.
     */
    public ReportSubmission editable(ReportingPeriod period, Organisation partner, LastChange change) {
        // a shared lock: saves of all partners go on together, a change of the period's state waits for them (and they for it)
        Object state = em.createNativeQuery("SELECT state FROM reporting_period WHERE id = ?1 LOCK IN SHARE MODE")
                .setParameter(1, period.getId()).getSingleResult();
        if (!PeriodState.OPEN.name().equals(state)) {
            throw InvalidInput.of(null, PeriodState.LOCKED.name().equals(state) ? "entry.period.locked" : "entry.period.notOpenYet",
                    period.quarter().toString());
        }
        // The package is made by the partner's first save, as an insert that finds a row made meanwhile (ON DUPLICATE
        // KEY). Not on every save: on an existing row that insert share-locks the key (and the gap before it) before it
        // locks it for writing, so two saves of one partner would deadlock; and locking a missing row for update would
        // lock the gap, so other partners' first saves would wait. So a plain read decides, and first saves of one
        // partner queue on the partner's row (an existing row: no gap locked); the package's row lock orders the rest.
        boolean made = !em.createNativeQuery("SELECT id FROM report_submission WHERE reporting_period_id = ?1 AND partner_id = ?2")
                .setParameter(1, period.getId()).setParameter(2, partner.getId()).getResultList().isEmpty();
        if (!made) {
            em.createNativeQuery("SELECT id FROM organisation WHERE id = ?1 FOR UPDATE").setParameter(1, partner.getId()).getResultList();
            em.createNativeQuery("INSERT INTO report_submission (reporting_period_id, partner_id, state, changed_by, changed_at) "
                            + "VALUES (?1, ?2, 'DRAFT', ?3, ?4) ON DUPLICATE KEY UPDATE id = id")
                    .setParameter(1, period.getId()).setParameter(2, partner.getId()).setParameter(3, change.username())
                    .setParameter(4, LocalDateTime.ofInstant(change.at(), ZoneOffset.UTC)).executeUpdate();
        }
        var submission = submission(period, partner, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        submission.requireEditable();
        return submission;
    }

    /** The caller's organisation, if they belong to one. */
    public Optional<Long> ownOrganisation() {
        List<?> own = em.createNativeQuery("SELECT organisation_id FROM app_user WHERE username = ?1")
                .setParameter(1, caller.getCallerPrincipal().getName()).getResultList();
        return own.isEmpty() || !(own.get(0) instanceof Number id) ? Optional.empty() : Optional.of(id.longValue());
    }

    /** Whether the caller enters for their own organisation (else a manager or administrator, on its behalf). */
    public boolean isPartnerOfficer() {
        return caller.isCallerInRole(Role.Names.PARTNER_OFFICER);
    }

    /** The caller's change, now. */
    public LastChange changeNow() {
        return LastChange.now(caller.getCallerPrincipal().getName());
    }
}
