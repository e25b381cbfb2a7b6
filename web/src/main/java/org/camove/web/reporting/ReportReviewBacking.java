package org.camove.web.reporting;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.camove.reporting.EntrySheet;
import org.camove.reporting.IndicatorValueEntry;
import org.camove.reporting.ReportSubmissions;
import org.camove.reporting.SubmissionState;
import org.camove.reporting.SubmissionView;
import org.camove.shared.InvalidInput;
import org.camove.web.FieldMessages;
import org.camove.web.security.CurrentUser;

/**
 * A partner's package for review ({@code report-review.xhtml?period=&partner=}): its values read-only, what the
 * data-quality checks find, its moves and its comment thread. Managers return it (with a comment) or approve it;
 * the partner's officer submits it and writes in the thread. Another partner's package, or one that does not
 * exist, is answered like a page that does not exist. Each action is one service call, then a redirect.
 */
@Named
@ViewScoped
public class ReportReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @EJB
    private ReportSubmissions submissions;

    @EJB
    private IndicatorValueEntry entry;

    @Inject
    private CurrentUser user;

    private Long period;
    private Long partner;
    private SubmissionView view;
    private EntrySheet sheet;
    private List<String> problems;
    private String comment;
    private String reviewComment;

    public void load() throws IOException {
        try {
            if (period == null || partner == null) {
                throw InvalidInput.of(null, "period.gone");
            }
            view = submissions.view(period, partner, user.getLocale());
            sheet = entry.sheet(period, partner, user.getLocale());
            problems = view.state() == null || view.state().isEditable()
                    ? submissions.problems(period, partner).stream().map(v -> v.message(user.getLocale())).toList() : List.of();
        } catch (InvalidInput unreachable) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String submit() {
        return attempt("reviewForm", () -> submissions.submit(period, partner, view.version(), user.getLocale()));
    }

    public String returnToPartner() {
        return attempt("reviewForm", () -> submissions.returnToPartner(period, partner, view.version(), reviewComment, user.getLocale()));
    }

    public String approve() {
        return attempt("reviewForm", () -> submissions.approve(period, partner, view.version(), reviewComment, user.getLocale()));
    }

    public String addComment() {
        return attempt("commentForm", () -> submissions.comment(period, partner, comment, user.getLocale()));
    }

    private String attempt(String formId, Supplier<SubmissionView> move) {
        return FieldMessages.attempt(move::get, formId, user.getLocale(), "review.done",
                "/report-review?faces-redirect=true&period=" + period + "&partner=" + partner);
    }

    /** Submit is offered while the package can be submitted (the service decides who may). */
    public boolean isSubmittable() {
        return sheet != null && sheet.open();
    }

    public boolean isReviewable() {
        return user.mayReviewPackages() && view != null && view.state() == SubmissionState.SUBMITTED;
    }

    /**
     * A value as the review shows it, as the entry page shows it read-only: a percentage with its share
     * ("33/75 (44%)"), not only its numerator and denominator.
     */
    public String shown(EntrySheet.Row row, EntrySheet.Entry value) {
        return ValueLine.shown(value, row.measureType());
    }

    /** When a move or comment was made, as the audit trail shows times: in UTC, to the minute. */
    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    public SubmissionView getView() {
        return view;
    }

    public EntrySheet getSheet() {
        return sheet;
    }

    public List<String> getProblems() {
        return problems;
    }

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }

    public Long getPartner() {
        return partner;
    }

    public void setPartner(Long partner) {
        this.partner = partner;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }
}
