package org.camove.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A partner's package for a period as its reviewers and its partner read it: its state ({@code null} when the
 * partner has not started it), the version a move hands back, who submitted and approved it, every move with its
 * comment, and the thread of comments. Names are users' full names.
 */
public record SubmissionView(long periodId, String quarter, PeriodState periodState, long partnerId, String partnerCode,
                             String partnerName, SubmissionState state, long version, String submittedBy, Instant submittedAt,
                             String approvedBy, Instant approvedAt, List<Move> moves, List<Comment> comments)
        implements Serializable {

    public SubmissionView {
        moves = List.copyOf(moves);
        comments = List.copyOf(comments);
    }

    /** One audited move: from, to, by whom, when, with the reviewer's comment (null when none). */
    public record Move(String from, String to, String by, Instant at, String comment) implements Serializable {
    }

    /** One message of the thread. */
    public record Comment(String by, Instant at, String text) implements Serializable {
    }

    public boolean started() {
        return state != null;
    }
}
