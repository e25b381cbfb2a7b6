package org.camove.web.grants;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.camove.grants.Disbursements;
import org.camove.grants.GrantState;
import org.camove.grants.GrantView;
import org.camove.grants.Grants;
import org.camove.grants.Participant;
import org.camove.grants.ShareInput;
import org.camove.grants.TrancheState;
import org.camove.organisations.OrganisationKind;
import org.camove.shared.InvalidInput;
import org.camove.web.FieldMessages;
import org.camove.web.security.CurrentUser;

/**
 * One grant ({@code grant.xhtml?id=}): its terms, the budget in force (or an earlier version, {@code budget=n}) with
 * the versions' history, donors' shares, tranches, disbursements and cash received. Programme managers move it
 * through its life; finance reviewers release tranches (a reason overrides an unmet condition) and record
 * disbursements. Programme managers also revise a draft's budget or amend an active one's, set the donors' shares
 * and plan tranches. A grant the user may not see is answered like one that does not exist (the service logs a partner
 * officer's attempt). Each action is one service call with the version the page showed, then a redirect.
 */
@Named
@ViewScoped
public class GrantBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Grants grants;

    @EJB
    private Disbursements disbursements;

    @Inject
    private CurrentUser user;

    private Long id;
    private Integer budget;
    private GrantView view;

    private GrantState next;
    private String reason;
    private GrantView.TrancheRow chosenTranche;
    private String override;
    private Long paidTranche;
    private LocalDate paidOn;
    private BigDecimal paidAmount;
    private String paidCurrency;
    private String paidRate;

    private BudgetLinesForm budgetLines;
    private BigDecimal budgetTotal;
    private LocalDate effectiveFrom;
    private String amendReason;
    private LocalDate plannedOn;
    private BigDecimal trancheAmount;
    private Long conditionPeriod;
    private List<ShareRow> shareRows;

    /** A donor of the programme with the share typed for it (blank: none). */
    public static class ShareRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Participant donor;
        private BigDecimal percent;

        ShareRow(Participant donor, BigDecimal percent) {
            this.donor = donor;
            this.percent = percent;
        }

        public Participant getDonor() {
            return donor;
        }

        public BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(BigDecimal percent) {
            this.percent = percent;
        }
    }

    /** The page's view action: no id, an unknown grant or another partner's are all answered 404. */
    public void load() throws IOException {
        try {
            if (id == null) {
                throw InvalidInput.of(null, "grant.notFound");
            }
            view = grants.grant(id, user.getLocale());
            paidCurrency = view.currency();
        } catch (InvalidInput unreachable) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** The version shown: the one asked for, else the one in force today, else (a grant not started) the latest. */
    public GrantView.Budget getShownBudget() {
        return view.budgets().stream().filter(b -> budget != null && b.number() == budget).findFirst()
                .or(() -> view.budgetInForce(LocalDate.now(ZoneOffset.UTC)))
                .orElse(view.budgets().get(view.budgets().size() - 1));
    }

    /** The one move a grant can make next, null once closed. */
    public GrantState getNextState() {
        return view.state().ordinal() + 1 < GrantState.values().length ? GrantState.values()[view.state().ordinal() + 1] : null;
    }

    public List<GrantView.TrancheRow> getReleasedTranches() {
        return view.tranches().stream().filter(t -> t.state() == TrancheState.RELEASED).toList();
    }

    public void chooseMove() {
        next = getNextState();
        reason = null;
    }

    public String move() {
        return attempt("moveForm", () -> grants.move(id, view.version(), next, reason), "grant.moved");
    }

    /** Deletes the draft; the grants list is shown next. */
    public String deleteDraft() {
        return FieldMessages.attempt(() -> grants.deleteDraft(id, view.version()), "deleteForm", user.getLocale(), "grant.deleted",
                "/grants?faces-redirect=true");
    }

    public void chooseTranche(GrantView.TrancheRow tranche) {
        chosenTranche = tranche;
        override = null;
    }

    public String release() {
        return attempt("releaseForm", () -> disbursements.release(chosenTranche.id(), chosenTranche.version(), override), "grant.released");
    }

    public String recordDisbursement() {
        return attempt("disbursementForm", () -> disbursements.record(paidTranche == null ? -1 : paidTranche, paidOn, paidAmount,
                paidCurrency, paidRate), "grant.disbursementRecorded");
    }

    /** Starts editing the latest budget: a draft's is revised in place, an active grant's amended. */
    public void chooseBudgetEdit() {
        var latest = view.budgets().get(view.budgets().size() - 1);
        budgetLines = BudgetLinesForm.of(latest);
        budgetLines.offer(grants.results(view.programmeCode(), user.getLocale()));
        budgetTotal = latest.total().amount();
        effectiveFrom = null;
        amendReason = null;
    }

    public String saveBudget() {
        return attempt("budgetForm", () -> {
            if (view.state() == GrantState.DRAFT) {
                grants.reviseDraftBudget(id, view.version(), budgetTotal, budgetLines.inputs());
            } else {
                grants.amend(id, view.version(), effectiveFrom, amendReason, budgetTotal, budgetLines.inputs());
            }
        }, "grant.budgetSaved");
    }

    public String planTranche() {
        return attempt("trancheForm", () -> grants.planTranche(id, view.version(), plannedOn, trancheAmount, conditionPeriod),
                "grant.tranchePlanned");
    }

    /** Starts setting the donors' shares: every donor of the programme, with its current share if it has one. */
    public void chooseShares() {
        var current = view.shares().stream().collect(Collectors.toMap(GrantView.Share::donorCode, GrantView.Share::percent));
        shareRows = grants.participants(view.programmeCode(), OrganisationKind.DONOR, user.getLocale()).stream()
                .map(d -> new ShareRow(d, current.get(d.code()))).toList();
    }

    public String saveShares() {
        return attempt("sharesForm", () -> grants.fund(id, view.version(), shareRows.stream().filter(r -> r.percent != null)
                .map(r -> new ShareInput(r.donor.id(), r.percent)).toList()), "grant.sharesSaved");
    }

    private String attempt(String formId, Runnable edit, String doneKey) {
        return FieldMessages.attempt(edit, formId, user.getLocale(), doneKey, "/grant?faces-redirect=true&id=" + id);
    }

    public BudgetLinesForm getBudgetLines() {
        return budgetLines;
    }

    public BigDecimal getBudgetTotal() {
        return budgetTotal;
    }

    public void setBudgetTotal(BigDecimal budgetTotal) {
        this.budgetTotal = budgetTotal;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getAmendReason() {
        return amendReason;
    }

    public void setAmendReason(String amendReason) {
        this.amendReason = amendReason;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public BigDecimal getTrancheAmount() {
        return trancheAmount;
    }

    public void setTrancheAmount(BigDecimal trancheAmount) {
        this.trancheAmount = trancheAmount;
    }

    public Long getConditionPeriod() {
        return conditionPeriod;
    }

    public void setConditionPeriod(Long conditionPeriod) {
        this.conditionPeriod = conditionPeriod;
    }

    public List<ShareRow> getShareRows() {
        return shareRows;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getBudget() {
        return budget;
    }

    public void setBudget(Integer budget) {
        this.budget = budget;
    }

    public GrantView getView() {
        return view;
    }

    public GrantState getNext() {
        return next;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public GrantView.TrancheRow getChosenTranche() {
        return chosenTranche;
    }

    public String getOverride() {
        return override;
    }

    public void setOverride(String override) {
        this.override = override;
    }

    public Long getPaidTranche() {
        return paidTranche;
    }

    public void setPaidTranche(Long paidTranche) {
        this.paidTranche = paidTranche;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public void setPaidAmount(BigDecimal paidAmount) {
        this.paidAmount = paidAmount;
    }

    public String getPaidCurrency() {
        return paidCurrency;
    }

    public void setPaidCurrency(String paidCurrency) {
        this.paidCurrency = paidCurrency;
    }

    public String getPaidRate() {
        return paidRate;
    }

    public void setPaidRate(String paidRate) {
        this.paidRate = paidRate;
    }
}
