package org.camove.web.finance;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camove.finance.ExpenditureInput;
import org.camove.finance.FinancialReportView;
import org.camove.finance.FinancialReports;
import org.camove.finance.Receipts;
import org.camove.money.Money;
import org.camove.narrative.EvidenceFiles;
import org.camove.reporting.SubmissionState;
import org.camove.shared.InvalidInput;
import org.camove.web.FieldMessages;
import org.camove.web.security.CurrentUser;
import org.primefaces.event.FileUploadEvent;

/**
 * A grant's financial report for a period ({@code financial-report.xhtml?grant=&period=}): the partner officer enters
 * what was spent of each budget line, saves and submits; a finance reviewer returns it (with a comment) or approves
 * it; everyone who may see the grant reads its figures, moves and thread. Without a grant it lists the partner
 * officer's own reports. Another partner's grant, or one that does not exist, is answered like a page that does not
 * exist. Each action is one service call, then a redirect.
 */
@Named
@ViewScoped
public class FinancialReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One line as typed. */
    public static final class Typed implements Serializable {
        private static final long serialVersionUID = 1L;
        private final FinancialReportView.Line line;
        private String amount;
        private String note;
        private String justification;

        Typed(FinancialReportView.Line line) {
            this.line = line;
            this.amount = line.spent() == null ? "" : line.spent().amount().toPlainString();
            this.note = line.note();
            this.justification = line.justification();
        }

        ExpenditureInput input() {
            return new ExpenditureInput(line.budgetLineId(), amount, note, justification);
        }

        public FinancialReportView.Line getLine() {
            return line;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getJustification() {
            return justification;
        }

        public void setJustification(String justification) {
            this.justification = justification;
        }
    }

    @EJB
    private FinancialReports reports;

    @EJB
    private Receipts receipts;

    @Inject
    private CurrentUser user;

    private Long grant;
    private Long period;
    private FinancialReportView view;
    private List<Typed> typed;
    private String currency;
    private String comment;
    private String reviewComment;
    private List<FinancialReports.Mine> mine;

    public void load() throws IOException {
        if (grant == null || period == null) {
            mine = user.isPartnerOfficer() ? reports.mine() : List.of();
            return;
        }
        try {
            view = reports.view(grant, period, user.getLocale());
            typed = new ArrayList<>(view.lines().stream().map(Typed::new).toList());
            currency = view.currency() != null ? view.currency() : view.grantCurrency();
        } catch (InvalidInput unreachable) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String save() {
        return attempt("reportForm", "finreport.saved", () -> reports.save(grant, period, view.version(), currency,
                typed.stream().map(Typed::input).toList(), user.getLocale()));
    }

    public String submit() {
        return attempt("reportForm", "finreport.submitted", () -> {
            // saved first, so that what was typed is kept even when the submit is refused (and the next try is not stale)
            view = reports.save(grant, period, view.version(), currency, typed.stream().map(Typed::input).toList(), user.getLocale());
            return reports.submit(grant, period, view.version(), user.getLocale());
        });
    }

    public String returnToPartner() {
        return attempt("reviewForm", "review.done", () -> reports.returnToPartner(grant, period, view.version(), reviewComment, user.getLocale()));
    }

    public String approve() {
        return attempt("reviewForm", "review.done", () -> reports.approve(grant, period, view.version(), reviewComment, user.getLocale()));
    }

    public String addComment() {
        return attempt("commentForm", "review.done", () -> reports.comment(grant, period, comment, user.getLocale()));
    }

    /** p:fileUpload's listener: the receipt is attached at once (the report must have been saved once), or the refusal shown. */
    public void attach(FileUploadEvent event) {
        var file = event.getFile();
        try (var content = file.getInputStream()) {
            receipts.attach(grant, period, file.getFileName(), content);
            view = reports.view(grant, period, user.getLocale());
            var faces = FacesContext.getCurrentInstance();
            String text = faces.getApplication().getResourceBundle(faces, "msg").getString("evidence.attached");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (InvalidInput refusal) {
            FieldMessages.show(refusal, "receiptForm", user.getLocale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a receipt attached by mistake, while the report is editable; the page is shown again. */
    public String deleteReceipt(long receiptId) {
        return attempt("receiptListForm", "evidence.deleted", () -> receipts.delete(grant, period, receiptId));
    }

    /** The largest file the page lets the browser send (the service checks it again). */
    public long getMaxBytes() {
        return EvidenceFiles.maxBytes();
    }

    private String attempt(String formId, String doneKey, Supplier<FinancialReportView> action) {
        return attempt(formId, doneKey, (Runnable) action::get);
    }

    /** Does it, or shows its refusal on the form; done, the page is shown again with {@code doneKey}'s message. */
    private String attempt(String formId, String doneKey, Runnable action) {
        return FieldMessages.attempt(action, formId, user.getLocale(), doneKey,
                "/financial-report?faces-redirect=true&grant=" + grant + "&period=" + period);
    }

    public boolean isReviewable() {
        return user.mayReviewFinance() && view != null && view.state() == SubmissionState.SUBMITTED;
    }

    public String money(Money money) {
        return MoneyText.of(money, user.getLocale());
    }

    public String percent(BigDecimal percent) {
        return MoneyText.percent(percent, user.getLocale());
    }

    /** When a move or comment was made, as the audit trail shows times: in UTC, to the minute. */
    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    public FinancialReportView getView() {
        return view;
    }

    public List<Typed> getTyped() {
        return typed;
    }

    public List<FinancialReports.Mine> getMine() {
        return mine;
    }

    public Long getGrant() {
        return grant;
    }

    public void setGrant(Long grant) {
        this.grant = grant;
    }

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
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
