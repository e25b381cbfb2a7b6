package org.camove.grants;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.camove.security.Role;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;

/**
 * Who may reach a grant: the one place that says so. A partner officer reaches only their own organisation's
 * grants; any other is refused exactly as a grant that does not exist (so ids leak nothing), and the attempt is
 * logged. Lead-agency staff reach every grant. The callers' beans carry the roles; this one trusts them.
 */
@Stateless
@PermitAll
public class GrantAccess {

    private static final Logger LOG = Logger.getLogger(GrantAccess.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    /** The grant, read with {@code lock}, if the caller may reach it; else refused as not found. */
    public Grant grant(long grantId, LockModeType lock) {
        var grant = Optional.ofNullable(em.find(Grant.class, grantId, lock)).orElseThrow(GrantAccess::notFound);
        if (isPartnerOfficer() && !ownOrganisation().equals(Optional.of(grant.getPartner().getId()))) {
            String user = caller.getCallerPrincipal().getName();
            LOG.warning(() -> "Partner officer " + user + " asked for grant " + grantId + ", which is not their organisation's: refused");
            throw notFound();
        }
        return grant;
    }

    /** The tranche, if the caller may reach its grant; else refused as not found. */
    public Tranche tranche(long trancheId, LockModeType lock) {
        var tranche = Optional.ofNullable(em.find(Tranche.class, trancheId, lock))
                .orElseThrow(() -> InvalidInput.of(null, "tranche.notFound"));
        grant(tranche.getGrant().getId(), LockModeType.NONE);
        return tranche;
    }

    public boolean isPartnerOfficer() {
        return caller.isCallerInRole(Role.Names.PARTNER_OFFICER);
    }

    /** The caller's organisation, when they act for one. */
    public Optional<Long> ownOrganisation() {
        return em.createQuery("SELECT u.organisation.id FROM UserAccount u WHERE u.username = :username", Long.class)
                .setParameter("username", caller.getCallerPrincipal().getName()).getResultStream().findFirst();
    }

    public LastChange changeNow() {
        return LastChange.now(caller.getCallerPrincipal().getName());
    }

    static InvalidInput notFound() {
        return InvalidInput.of(null, "grant.notFound");
    }
}
