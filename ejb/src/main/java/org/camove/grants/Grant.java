package org.camove.grants;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camove.indicators.aggregation.Quarter;
import org.camove.logframe.Programme;
import org.camove.money.ExchangeRatePolicy;
import org.camove.money.Money;
import org.camove.organisations.Organisation;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;

/**
 * A sub-grant from the lead agency to one partner, in one currency. Its budget is a list of versions: a draft's
 * only version is edited in place; once the grant is active it changes only by amendment, a new version with an
 * effective date, and the old ones are kept, so a report for a past period uses the version then in force.
 */
@Entity
@Table(name = "grant_award")
@NamedQuery(name = Grant.BY_REFERENCE, query = "SELECT g FROM Grant g WHERE g.reference = :reference")
@NamedQuery(name = Grant.OF_PROGRAMME, query = "SELECT g FROM Grant g JOIN FETCH g.partner WHERE g.programme.code = :programme "
        + "ORDER BY g.reference")
@NamedQuery(name = Grant.ALL, query = "SELECT g FROM Grant g JOIN FETCH g.partner JOIN FETCH g.programme "
        + "ORDER BY g.programme.code, g.reference")
@NamedQuery(name = Grant.ALL_OF_PARTNER, query = "SELECT g FROM Grant g JOIN FETCH g.partner JOIN FETCH g.programme "
        + "WHERE g.partner.id = :partner ORDER BY g.programme.code, g.reference")
@NamedQuery(name = Grant.OF_PARTNER, query = "SELECT g FROM Grant g JOIN FETCH g.partner WHERE g.programme.code = :programme "
        + "AND g.partner.id = :partner ORDER BY g.reference")
public class Grant {

    public static final String BY_REFERENCE = "Grant.byReference";
    public static final String OF_PROGRAMME = "Grant.ofProgramme";
    public static final String OF_PARTNER = "Grant.ofPartner";
    public static final String ALL = "Grant.all";
    public static final String ALL_OF_PARTNER = "Grant.allOfPartner";
    public static final BigDecimal DEFAULT_VARIANCE_THRESHOLD = BigDecimal.TEN;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Organisation partner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_policy", nullable = false, length = 10)
    private ExchangeRatePolicy ratePolicy;

    /** In percent: a line's variance against its budget to date beyond this needs a justification. */
    @Column(name = "variance_threshold", nullable = false, precision = 5, scale = 2)
    private BigDecimal varianceThreshold;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private GrantState state = GrantState.DRAFT;

    @OneToMany(mappedBy = "grant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<BudgetVersion> budgetVersions = new ArrayList<>();

    @OneToMany(mappedBy = "grant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<FundingShare> shares = new ArrayList<>();

    @OneToMany(mappedBy = "grant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("plannedOn, id")
    private List<Tranche> tranches = new ArrayList<>();

    @Embedded
    private LastChange lastChange;

    @Version
    private long version;

    protected Grant() {
        // for JPA
    }

    Grant(String reference, Organisation partner, Programme programme, LocalDate startsOn, LocalDate endsOn, Currency currency,
          ExchangeRatePolicy ratePolicy, BigDecimal varianceThreshold, LastChange change) {
        this.reference = Objects.requireNonNull(reference);
        this.partner = Objects.requireNonNull(partner);
        this.programme = Objects.requireNonNull(programme);
        this.startsOn = Objects.requireNonNull(startsOn);
        this.endsOn = Objects.requireNonNull(endsOn);
        this.currency = currency.getCurrencyCode();
        this.ratePolicy = Objects.requireNonNull(ratePolicy);
        this.varianceThreshold = Objects.requireNonNull(varianceThreshold);
        this.lastChange = Objects.requireNonNull(change);
    }

    /**
     * Removes a draft's budget so that {@link #draftBudget} can put the revised one in its place. The caller flushes
     * in between: EclipseLink writes deletions after insertions, and the new version takes the old one's number.
     */
    void discardDraftBudget() {
        if (state != GrantState.DRAFT) {
            throw InvalidInput.of(null, "grant.budget.notDraft", reference);
        }
        budgetVersions.clear();
    }

    /** The draft's budget: its first and only version, effective from the grant's start. */
    void draftBudget(Money total, List<BudgetRules.Line> lines, LastChange change) {
        if (state != GrantState.DRAFT || !budgetVersions.isEmpty()) {
            throw InvalidInput.of(null, "grant.budget.notDraft", reference);
        }
        budgetVersions.add(new BudgetVersion(this, 1, startsOn, null, total, lines, change));
        changed(change);
    }

    /** A new budget version from {@code effectiveFrom}, after the latest one's and within the grant; the old ones stay. */
    BudgetVersion amend(LocalDate effectiveFrom, String reason, Money total, List<BudgetRules.Line> lines, LastChange change) {
        if (state != GrantState.ACTIVE) {
            throw InvalidInput.of(null, "grant.amend.notActive", reference);
        }
        var latest = latestBudget();
        if (effectiveFrom == null || !effectiveFrom.isAfter(latest.getEffectiveFrom()) || effectiveFrom.isAfter(endsOn)) {
            throw InvalidInput.of("effectiveFrom", "grant.amend.effectiveFrom", latest.getEffectiveFrom().toString(), endsOn.toString());
        }
        var amendment = new BudgetVersion(this, latest.getNumber() + 1, effectiveFrom, reason, total, lines, change);
        budgetVersions.add(amendment);
        changed(change);
        return amendment;
    }

    /** The budget version in force on {@code date}: the latest one effective on or before it (none before the start). */
    public Optional<BudgetVersion> versionInForce(LocalDate date) {
        return budgetVersions.stream().filter(v -> !v.getEffectiveFrom().isAfter(date))
                .max(Comparator.comparingInt(BudgetVersion::getNumber));
    }

    public BudgetVersion latestBudget() {
        return budgetVersions.stream().max(Comparator.comparingInt(BudgetVersion::getNumber)).orElseThrow();
    }

    GrantTransition move(GrantState next, String reason, LastChange change) {
        if (!state.canBecome(next)) {
            throw InvalidInput.of("state", "grant.move.refused", reference, state.name(), next.name());
        }
        var transition = new GrantTransition(this, state, next, reason, change);
        this.state = next;
        changed(change);
        return transition;
    }

    /** Removes the donors' shares before new ones are set (flushed in between, as {@link #discardDraftBudget}). */
    void withdrawShares() {
        if (state == GrantState.CLOSED) {
            throw InvalidInput.of(null, "grant.closed", reference);
        }
        shares.clear();
    }

    void fundBy(List<FundingShare> newShares, LastChange change) {
        shares.addAll(newShares);
        changed(change);
    }

    Tranche plan(LocalDate plannedOn, Money amount, Long conditionPeriodId, LastChange change) {
        var tranche = new Tranche(this, plannedOn, amount, conditionPeriodId);
        tranches.add(tranche);
        changed(change);
        return tranche;
    }

    void changed(LastChange change) {
        this.lastChange = Objects.requireNonNull(change);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Organisation getPartner() {
        return partner;
    }

    public Programme getProgramme() {
        return programme;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    /** Whether the quarter overlaps the grant's dates: a quarter its partner reports on. */
    public boolean covers(Quarter quarter) {
        return !quarter.firstDay().isAfter(endsOn) && !quarter.lastDay().isBefore(startsOn);
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public ExchangeRatePolicy getRatePolicy() {
        return ratePolicy;
    }

    public BigDecimal getVarianceThreshold() {
        return varianceThreshold;
    }

    public GrantState getState() {
        return state;
    }

    public List<BudgetVersion> getBudgetVersions() {
        return List.copyOf(budgetVersions);
    }

    public List<FundingShare> getShares() {
        return List.copyOf(shares);
    }

    public List<Tranche> getTranches() {
        return List.copyOf(tranches);
    }

    public LastChange getLastChange() {
        return lastChange;
    }

    public long getVersion() {
        return version;
    }
}
