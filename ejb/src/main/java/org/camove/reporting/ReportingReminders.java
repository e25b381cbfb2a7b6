package org.camove.reporting;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.camove.organisations.Organisation;
import org.camove.security.Role;
import org.camove.security.UserAccount;

/**
 * E-mails partner officers about open periods: a configurable number of days before the due date, and once
 * the period is overdue; not those whose package for the period is submitted or approved. Each partner gets each kind of reminder for a period once, ever: what was sent is
 * recorded ({@link ReportingReminder}) in the same transaction as the sending, one partner at a time, so a
 * relay that fails leaves that reminder to the next run and never repeats one that went out.
 * {@link ReminderSchedule} calls {@link #sendDue} every morning; tests call it with the day they choose.
 */
@Stateless
public class ReportingReminders {

    private static final Logger LOG = Logger.getLogger(ReportingReminders.class.getName());
    private static final String BUNDLE = "org.camove.reporting.i18n.reminders";

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/mail/camove")
    private Session mail;

    @Resource
    private SessionContext context;

    /** Sends what is due on {@code today} and not sent before; answers how many partners were reminded. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue(LocalDate today) {
        var self = context.getBusinessObject(ReportingReminders.class);
        int sent = 0;
        for (var period : em.createNamedQuery(ReportingPeriod.OPEN, ReportingPeriod.class)
                .setParameter("state", PeriodState.OPEN).getResultList()) {
            var kind = ReminderKind.forPeriod(period.getState(), period.window(), today,
                    calendarRules(period.getProgramme().getId()).reminderDaysBefore());
            if (kind.isEmpty()) {
                continue;
            }
            for (long partnerId : partnersNotYetReminded(period, kind.get())) {
                try {
                    sent += self.remind(period.getId(), partnerId, kind.get());
                } catch (RuntimeException e) {
                    // the next run tries again: nothing was recorded for this partner
                    LOG.log(Level.WARNING, e, () -> "Reminder " + kind.get() + " of period " + period.getId()
                            + " to partner " + partnerId + " not sent");
                }
            }
        }
        return sent;
    }

    /** One partner's reminder, recorded and sent in one transaction; answers 1 if it went to anyone. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remind(long periodId, long partnerId, ReminderKind kind) {
        var period = em.find(ReportingPeriod.class, periodId);
        var partner = em.find(Organisation.class, partnerId);
        var officers = em.createQuery("SELECT u FROM UserAccount u JOIN u.roles r WHERE u.organisation = :partner "
                        + "AND r = :role AND u.enabled = TRUE AND u.email IS NOT NULL ORDER BY u.username", UserAccount.class)
                .setParameter("partner", partner).setParameter("role", Role.PARTNER_OFFICER).getResultList();
        if (officers.isEmpty()) {
            return 0;
        }
        em.persist(new ReportingReminder(periodId, partnerId, kind,
                officers.stream().map(UserAccount::getEmail).collect(Collectors.joining(", ")), Instant.now()));
        // the unique key refuses a reminder another server recorded meanwhile, before anything is sent
        em.flush();
        try {
            for (var officer : officers) {
                Transport.send(message(officer, partner, period, kind));
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("The mail relay refused a reminder: " + e.getMessage(), e);
        }
        return 1;
    }

    private MimeMessage message(UserAccount officer, Organisation partner, ReportingPeriod period, ReminderKind kind)
            throws MessagingException {
        var window = period.window();
        return message(mail, officer, kind == ReminderKind.DUE_SOON ? "dueSoon" : "overdue", locale -> new Object[]{
                period.getProgramme().getName().in(locale), period.quarter().toString(), partner.nameIn(locale),
                window.dueOn().toString(), window.lastDay().toString(), officer.getFullName()});
    }

    /** An e-mail of the reporting bundle ({@code key}.subject and .body) to one user, in their own language. */
    static MimeMessage message(Session mail, UserAccount to, String key, Function<Locale, Object[]> arguments)
            throws MessagingException {
        Locale locale = to.locale();
        var texts = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] values = arguments.apply(locale);
        var message = new MimeMessage(mail);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to.getEmail()));
        message.setSubject(new MessageFormat(texts.getString(key + ".subject"), locale).format(values),
                StandardCharsets.UTF_8.name());
        message.setText(new MessageFormat(texts.getString(key + ".body"), locale).format(values),
                StandardCharsets.UTF_8.name());
        return message;
    }

    private List<Long> partnersNotYetReminded(ReportingPeriod period, ReminderKind kind) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT o.id FROM programme_participant pp "
                        + "JOIN organisation o ON o.id = pp.organisation_id AND o.kind = 'PARTNER' "
                        + "WHERE pp.programme_id = ?1 AND NOT EXISTS (SELECT 1 FROM reporting_reminder r "
                        + "WHERE r.reporting_period_id = ?2 AND r.partner_id = o.id AND r.kind = ?3) "
                        // a package submitted or approved needs no reminder
                        + "AND NOT EXISTS (SELECT 1 FROM report_submission s WHERE s.reporting_period_id = ?2 "
                        + "AND s.partner_id = o.id AND s.state IN ('SUBMITTED', 'APPROVED')) ORDER BY o.code")
                .setParameter(1, period.getProgramme().getId()).setParameter(2, period.getId()).setParameter(3, kind.name())
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private CalendarRules calendarRules(long programmeId) {
        var calendar = em.find(ReportingCalendar.class, programmeId);
        return calendar == null ? CalendarRules.DEFAULT : calendar.rules();
    }
}
