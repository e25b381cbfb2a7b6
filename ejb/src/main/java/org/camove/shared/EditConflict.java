package org.camove.shared;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A save based on a version that someone else has changed since it was read. Nothing of the late save
 * is kept (rollback); the earlier save stays. The message names what was changed, by whom and when, in
 * the reader's language (keys of the {@code org.camove.shared.i18n.errors} bundle).
 */
@ApplicationException(rollback = true)
public class EditConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String subjectKey;
    private final List<Object> subjectArguments;
    private final String changedBy;
    private final Instant changedAt;

    /**
     * {@code subjectKey} names what was changed (e.g. "conflict.result" with the result's code);
     * {@code changedBy} is the other user's name, null when unknown (changed before camove recorded it).
     */
    public EditConflict(String subjectKey, List<Object> subjectArguments, String changedBy, Instant changedAt) {
        super("edit conflict: " + subjectKey + " " + subjectArguments);
        this.subjectKey = subjectKey;
        this.subjectArguments = List.copyOf(subjectArguments);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The conflict with the save {@code last} records, naming its author by their full name. */
    public static EditConflict against(EntityManager em, String subjectKey, Object subject, LastChange last) {
        if (last == null) {
            return new EditConflict(subjectKey, List.of(subject), null, null);
        }
        String name = em.createQuery("SELECT u.fullName FROM UserAccount u WHERE u.username = :username", String.class)
                .setParameter("username", last.username()).getResultStream().findFirst().orElse(last.username());
        return new EditConflict(subjectKey, List.of(subject), name, last.at());
    }

    public String message(Locale locale) {
        String subject = format(subjectKey, locale, subjectArguments.toArray());
        if (changedBy == null || changedAt == null) {
            return format("conflict.changedByAnother", locale, subject);
        }
        return format("conflict.changedBy", locale, subject, changedBy, WHEN.format(changedAt));
    }

    public String changedBy() {
        return changedBy;
    }

    private static String format(String key, Locale locale, Object... arguments) {
        return new InvalidInput.Violation(null, key, List.of(arguments)).message(locale);
    }
}
