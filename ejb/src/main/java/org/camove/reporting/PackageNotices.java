package org.camove.reporting;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camove.organisations.Organisation;
import org.camove.security.Role;
import org.camove.security.UserAccount;

/**
 * E-mails about a package's moves, in each recipient's language, once the move is committed (a move that is refused
 * or rolled back tells nobody): programme managers when a partner's package is submitted, the partner's officers
 * when it is returned (with the reviewer's comment) or approved. A relay that fails loses the e-mail, never the move.
 */
@Stateless
@PermitAll
public class PackageNotices {

    private static final Logger LOG = Logger.getLogger(PackageNotices.class.getName());
    private static final String RECIPIENTS = "SELECT u FROM UserAccount u JOIN u.roles r WHERE r = :role AND u.enabled = TRUE "
            + "AND u.email IS NOT NULL";

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/mail/camove")
    private Session mail;

    // the move's transaction is over when this is called: the e-mails are read in a transaction of their own
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void moved(@Observes(during = TransactionPhase.AFTER_SUCCESS) PackageMoved moved) {
        var period = em.find(ReportingPeriod.class, moved.periodId());
        var partner = em.find(Organisation.class, moved.partnerId());
        boolean toManagers = moved.state() == SubmissionState.SUBMITTED;
        List<UserAccount> recipients = toManagers
                ? em.createQuery(RECIPIENTS + " ORDER BY u.username", UserAccount.class)
                        .setParameter("role", Role.PROGRAMME_MANAGER).getResultList()
                : em.createQuery(RECIPIENTS + " AND u.organisation = :partner ORDER BY u.username", UserAccount.class)
                        .setParameter("role", Role.PARTNER_OFFICER).setParameter("partner", partner).getResultList();
        String key = "package" + moved.state().name().charAt(0) + moved.state().name().substring(1).toLowerCase();
        try {
            for (var to : recipients) {
                Transport.send(ReportingReminders.message(mail, to, key, locale -> new Object[]{
                        period.getProgramme().getName().in(locale), period.quarter().toString(), partner.nameIn(locale),
                        to.getFullName(), moved.by(), moved.comment() == null ? "" : moved.comment()}));
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "The e-mail about the package of " + partner.getCode() + " for " + period.quarter()
                    + " (" + moved.state() + ") was not sent");
        }
    }
}
