package org.camove.reporting;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camove.audit.StateTransition;

/**
 * What a {@link Submission}'s readers see of its past, for any kind of submission: every move with its comment, the
 * thread, and who submitted and approved it last, all by users' full names (read in one query).
 */
public record SubmissionHistory(List<SubmissionView.Move> moves, List<SubmissionView.Comment> comments, String submittedBy,
                                String approvedBy) {

    public SubmissionHistory {
        moves = List.copyOf(moves);
        comments = List.copyOf(comments);
    }

    /** The history of {@code submission} (null: not started, nothing to show). */
    public static SubmissionHistory of(EntityManager em, Submission<?> submission, List<? extends StateTransition> moves,
                                       List<? extends SubmissionComment> comments) {
        if (submission == null) {
            return new SubmissionHistory(List.of(), List.of(), null, null);
        }
        var names = fullNames(em, Stream.of(moves.stream().map(StateTransition::getChangedBy),
                comments.stream().map(SubmissionComment::getWrittenBy), Stream.of(submission.getSubmittedBy(), submission.getApprovedBy()))
                .flatMap(s -> s).filter(Objects::nonNull).distinct().toList());
        return new SubmissionHistory(
                moves.stream().map(m -> new SubmissionView.Move(m.getFromState(), m.getToState(), names.get(m.getChangedBy()),
                        m.getChangedAt(), m.getReason())).toList(),
                comments.stream().map(c -> new SubmissionView.Comment(names.get(c.getWrittenBy()), c.getWrittenAt(), c.getBody())).toList(),
                names.get(submission.getSubmittedBy()), names.get(submission.getApprovedBy()));
    }

    /** Users' full names by user name (the name itself for one that no longer exists). */
    public static Map<String, String> fullNames(EntityManager em, List<String> usernames) {
        Map<String, String> names = new HashMap<>();
        usernames.forEach(n -> names.put(n, n));
        if (!usernames.isEmpty()) {
            em.createQuery("SELECT u.username, u.fullName FROM UserAccount u WHERE u.username IN :names", Object[].class)
                    .setParameter("names", usernames).getResultList().forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        return names;
    }
}
