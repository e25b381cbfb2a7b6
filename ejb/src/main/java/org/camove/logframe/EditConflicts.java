package org.camove.logframe;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.camove.shared.EditConflict;
import org.camove.shared.LastChange;

/** Conflicts that name who saved first by the full name of their account, as the page they edit on shows people. */
final class EditConflicts {

    private EditConflicts() {
    }

    /** {@code last} is the change that came first; null when camove did not record it (then: "someone else"). */
    static EditConflict of(EntityManager em, String subjectKey, Object subject, LastChange last) {
        if (last == null) {
            return new EditConflict(subjectKey, List.of(subject), null, null);
        }
        String name = em.createQuery("SELECT u.fullName FROM UserAccount u WHERE u.username = :username", String.class)
                .setParameter("username", last.username()).getResultStream().findFirst().orElse(last.username());
        return new EditConflict(subjectKey, List.of(subject), name, last.at());
    }
}
