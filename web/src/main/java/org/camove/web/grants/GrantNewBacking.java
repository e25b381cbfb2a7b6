package org.camove.web.grants;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camove.grants.GrantDraft;
import org.camove.grants.Grants;
import org.camove.grants.Participant;
import org.camove.money.ExchangeRatePolicy;
import org.camove.organisations.OrganisationKind;
import org.camove.web.FieldMessages;
import org.camove.web.security.CurrentUser;

/**
 * A programme manager's new grant ({@code grant-new.xhtml}): its terms and first budget, created as a draft in one
 * service call (refused field by field, e.g. lines not adding up to the total, naming the difference; what was typed
 * stays), then the grant's page.
 */
@Named
@ViewScoped
public class GrantNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Grants grants;

    @Inject
    private CurrentUser user;

    private String programme;
    private List<String> programmes;
    private List<Participant> partners;
    private String reference;
    private Long partner;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String currency = "USD";
    private ExchangeRatePolicy ratePolicy = ExchangeRatePolicy.MONTHLY;
    private BigDecimal varianceThreshold;
    private BigDecimal total;
    private final BudgetLinesForm lines = BudgetLinesForm.empty();

    public void load() {
        programmes = grants.programmeCodes();
        if (programme == null || !programmes.contains(programme)) {
            programme = programmes.isEmpty() ? null : programmes.get(0);
        }
        partners = programme == null ? List.of() : grants.participants(programme, OrganisationKind.PARTNER, user.getLocale());
        lines.offer(programme == null ? List.of() : grants.results(programme, user.getLocale()));
    }

    public String create() {
        var id = new AtomicLong();
        String done = FieldMessages.attempt(() -> id.set(grants.create(new GrantDraft(reference, partner == null ? -1 : partner,
                programme, startsOn, endsOn, currency, total, ratePolicy, varianceThreshold, lines.inputs()))),
                "grantForm", user.getLocale(), "grant.created", "/grant");
        return done == null ? null : done + "?faces-redirect=true&id=" + id.get();
    }

    public ExchangeRatePolicy[] getPolicies() {
        return ExchangeRatePolicy.values();
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public List<String> getProgrammes() {
        return programmes;
    }

    public List<Participant> getPartners() {
        return partners;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Long getPartner() {
        return partner;
    }

    public void setPartner(Long partner) {
        this.partner = partner;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public ExchangeRatePolicy getRatePolicy() {
        return ratePolicy;
    }

    public void setRatePolicy(ExchangeRatePolicy ratePolicy) {
        this.ratePolicy = ratePolicy;
    }

    public BigDecimal getVarianceThreshold() {
        return varianceThreshold;
    }

    public void setVarianceThreshold(BigDecimal varianceThreshold) {
        this.varianceThreshold = varianceThreshold;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public void setTotal(BigDecimal total) {
        this.total = total;
    }

    public BudgetLinesForm getLines() {
        return lines;
    }
}
