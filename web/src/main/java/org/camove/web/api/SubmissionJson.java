package org.camove.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.camove.reporting.SubmissionView;
import org.camove.shared.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Submission", description = "A partner's quarterly package for a period on its way to approval: its state "
        + "(null when not started), the version a move quotes, every move with its comment, the comment thread, and what "
        + "the data-quality checks find now (only while the partner can still change it)")
public record SubmissionJson(long periodId, String quarter, long partnerId, String partnerCode, String partnerName, String state,
                             long version, String submittedBy, Instant submittedAt, String approvedBy, Instant approvedAt,
                             List<Move> transitions, List<Comment> comments, List<ProblemJson.Violation> problems) {

    @Schema(name = "SubmissionTransition")
    public record Move(String from, String to, String by, Instant at, String comment) {
    }

    @Schema(name = "SubmissionComment")
    public record Comment(String by, Instant at, String text) {
    }

    static SubmissionJson from(SubmissionView view, List<InvalidInput.Violation> problems, Locale locale) {
        return new SubmissionJson(view.periodId(), view.quarter(), view.partnerId(), view.partnerCode(), view.partnerName(),
                view.state() == null ? null : view.state().name(), view.version(), view.submittedBy(), view.submittedAt(),
                view.approvedBy(), view.approvedAt(),
                moves(view.moves()), comments(view.comments()),
                problems.stream().map(v -> new ProblemJson.Violation(v.field(), v.message(locale))).toList());
    }

    static List<Move> moves(List<SubmissionView.Move> moves) {
        return moves.stream().map(m -> new Move(m.from(), m.to(), m.by(), m.at(), m.comment())).toList();
    }

    static List<Comment> comments(List<SubmissionView.Comment> comments) {
        return comments.stream().map(c -> new Comment(c.by(), c.at(), c.text())).toList();
    }
}
