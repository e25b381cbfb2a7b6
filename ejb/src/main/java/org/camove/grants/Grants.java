package org.camove.grants;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.camove.logframe.LogframeService;
import org.camove.logframe.Programme;
import org.camove.logframe.Result;
import org.camove.logframe.ResultChoice;
import org.camove.money.Conversion;
import org.camove.money.Converted;
import org.camove.money.Currencies;
import org.camove.money.ExchangeRates;
import org.camove.money.Money;
import org.camove.money.Spend;
import org.camove.organisations.Organisation;
import org.camove.organisations.OrganisationKind;
import org.camove.reporting.ReportingPeriod;
import org.camove.security.Role;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;

/**
 * How programme managers set up and run grants: create one with its budget, revise a draft's budget in place, amend
 * an active one's (a new version), say which donors pay which share, plan its tranches and move it through its life
 * (audited). Every change hands back the grant's version its author saw; a newer one refuses it with an
 * {@link EditConflict}. Finance reviewers and partner officers read grants (a partner officer only their own, see
 * {@link GrantAccess}); money moves through {@link Disbursements}.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER})
public class Grants {

    public static final int REFERENCE_LENGTH = 40;
    public static final int REASON_LENGTH = 2000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private GrantAccess access;

    @EJB
    private ExchangeRates rates;

    @EJB
    private LogframeService logframes;

    /** A new draft grant with its first budget; refused field by field. Answers its id. */
    public long create(GrantDraft draft) {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        String reference = BudgetRules.text(draft.reference(), REFERENCE_LENGTH, "reference", "grant.required", "reference", violations);
        if (!reference.isEmpty() && !em.createNamedQuery(Grant.BY_REFERENCE, Grant.class).setParameter("reference", reference)
                .getResultList().isEmpty()) {
            violations.add(new InvalidInput.Violation("reference", "grant.reference.taken", List.of(reference)));
        }
        var programme = em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", draft.programmeCode())
                .getResultStream().findFirst();
        if (programme.isEmpty()) {
            violations.add(new InvalidInput.Violation("programme", "logframe.noSuchProgramme", List.of(String.valueOf(draft.programmeCode()))));
        }
        var partner = programme.flatMap(p -> participant(p, draft.partnerId(), OrganisationKind.PARTNER));
        if (programme.isPresent() && partner.isEmpty()) {
            violations.add(new InvalidInput.Violation("partner", "entry.noSuchPartner", List.of()));
        }
        if (draft.startsOn() == null || draft.endsOn() == null || !draft.endsOn().isAfter(draft.startsOn())) {
            violations.add(new InvalidInput.Violation("endsOn", "grant.dates", List.of()));
        }
        Currency currency = collect(violations, () -> Currencies.parse("currency", draft.currency()));
        if (draft.ratePolicy() == null) {
            violations.add(new InvalidInput.Violation("ratePolicy", "grant.ratePolicy.required", List.of()));
        }
        BigDecimal threshold = draft.varianceThreshold() == null ? Grant.DEFAULT_VARIANCE_THRESHOLD : draft.varianceThreshold();
        if (threshold.signum() < 0 || threshold.compareTo(HUNDRED) > 0 || threshold.scale() > 2) {
            violations.add(new InvalidInput.Violation("varianceThreshold", "grant.threshold.range", List.of()));
        }
        var checked = currency == null ? null : collect(violations, () -> BudgetRules.check(currency, draft.total(), draft.lines()));
        var lines = checked == null || programme.isEmpty() ? null
                : collect(violations, () -> linked(programme.get(), draft.lines(), checked));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        var change = access.changeNow();
        var grant = new Grant(reference, partner.get(), programme.get(), draft.startsOn(), draft.endsOn(), currency,
                draft.ratePolicy(), threshold, change);
        grant.draftBudget(Money.of(draft.total(), currency), lines, change);
        em.persist(grant);
        em.flush();
        return grant.getId();
    }

    /** Replaces a draft's budget (its only version) in place; an active grant changes by {@link #amend}. */
    public void reviseDraftBudget(long grantId, long seenVersion, BigDecimal total, List<BudgetLineInput> lines) {
        var grant = seen(grantId, seenVersion);
        var checked = linked(grant.getProgramme(), lines, BudgetRules.check(grant.currency(), total, lines));
        grant.discardDraftBudget();
        em.flush();
        grant.draftBudget(Money.of(total, grant.currency()), checked, access.changeNow());
    }

    /** A new budget version of an active grant, effective from {@code effectiveFrom}, with the reason for it; history kept. */
    public void amend(long grantId, long seenVersion, LocalDate effectiveFrom, String reason, BigDecimal total,
                      List<BudgetLineInput> lines) {
        var grant = seen(grantId, seenVersion);
        String kept = reason(reason, "grant.amend.reasonRequired");
        var checked = linked(grant.getProgramme(), lines, BudgetRules.check(grant.currency(), total, lines));
        grant.amend(effectiveFrom, kept, Money.of(total, grant.currency()), checked, access.changeNow());
    }

    /**
     * Moves the grant one step on (DRAFT → ACTIVE → CLOSING → CLOSED), audited with the optional reason. A grant is
     * activated only once its donors' shares are set.
     */
    public void move(long grantId, long seenVersion, GrantState next, String reason) {
        var grant = seen(grantId, seenVersion);
        if (next == GrantState.ACTIVE && grant.getShares().isEmpty()) {
            throw InvalidInput.of("state", "grant.activate.unfunded", grant.getReference());
        }
        em.persist(grant.move(next, optionalReason(reason, "reason"), access.changeNow()));
    }

    /**
     * Deletes a grant still in draft, entered by mistake or abandoned before it was signed: nothing was paid or
     * reported on it, so nothing of it is in any report. An active grant is closed instead, its history kept.
     */
    public void deleteDraft(long grantId, long seenVersion) {
        var grant = seen(grantId, seenVersion);
        if (grant.getState() != GrantState.DRAFT) {
            throw InvalidInput.of("state", "grant.delete.notDraft", grant.getReference());
        }
        long reports = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM financial_report WHERE grant_id = ?1")
                .setParameter(1, grantId).getSingleResult()).longValue();
        if (reports > 0) {
            throw InvalidInput.of("state", "grant.delete.reported", grant.getReference());
        }
        em.remove(grant);
    }

    /** Which donors pay which share: donors of the programme, each once, percentages above zero adding up to 100. */
    public void fund(long grantId, long seenVersion, List<ShareInput> shares) {
        var grant = seen(grantId, seenVersion);
        List<InvalidInput.Violation> violations = new ArrayList<>();
        List<FundingShare> kept = new ArrayList<>();
        var donors = new HashSet<Long>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            var share = shares.get(i);
            var donor = participant(grant.getProgramme(), share.donorId(), OrganisationKind.DONOR);
            if (donor.isEmpty() || !donors.add(share.donorId())) {
                violations.add(new InvalidInput.Violation("shares[" + i + "].donor", donor.isEmpty() ? "grant.share.noSuchDonor"
                        : "grant.share.twice", List.of(i + 1)));
            } else if (share.percent() == null || share.percent().signum() <= 0 || share.percent().stripTrailingZeros().scale() > 4) {
                violations.add(new InvalidInput.Violation("shares[" + i + "].percent", "grant.share.percent", List.of(i + 1)));
            } else {
                sum = sum.add(share.percent());
                kept.add(new FundingShare(grant, donor.get(), share.percent()));
            }
        }
        if (violations.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            violations.add(new InvalidInput.Violation("shares", "grant.share.notHundred", List.of(sum.stripTrailingZeros().toPlainString())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        grant.withdrawShares();
        em.flush();
        grant.fundBy(kept, access.changeNow());
    }

    /**
     * Adds a tranche to the schedule: a positive amount in the grant's currency that keeps the schedule within the
     * grant's total, and optionally the reporting period (of the grant's programme) whose report must be approved
     * before it is released. Answers its id.
     */
    public long planTranche(long grantId, long seenVersion, LocalDate plannedOn, BigDecimal amount, Long conditionPeriodId) {
        var grant = seen(grantId, seenVersion);
        if (grant.getState().compareTo(GrantState.ACTIVE) > 0) {
            throw InvalidInput.of(null, "tranche.plan.closing", grant.getReference());
        }
        if (plannedOn == null) {
            throw InvalidInput.of("plannedOn", "tranche.plannedOn.required");
        }
        if (amount == null || amount.signum() <= 0) {
            throw InvalidInput.of("amount", "tranche.amount.positive");
        }
        var money = Money.of(amount, grant.currency());
        var planned = Money.sum(grant.currency(), grant.getTranches().stream().map(Tranche::amount).toList()).plus(money);
        var total = grant.latestBudget().getTotal();
        if (planned.compareTo(total) > 0) {
            throw InvalidInput.of("amount", "tranche.exceedsTotal", planned.toString(), total.toString());
        }
        if (conditionPeriodId != null && Optional.ofNullable(em.find(ReportingPeriod.class, conditionPeriodId))
                .filter(p -> p.getProgramme().getId().equals(grant.getProgramme().getId())).isEmpty()) {
            throw InvalidInput.of("conditionPeriod", "period.gone");
        }
        var tranche = grant.plan(plannedOn, money, conditionPeriodId, access.changeNow());
        em.flush();
        return tranche.getId();
    }

    /** The grant with its budgets, shares, tranches and disbursements; another partner's grant is refused as not found. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
    public GrantView grant(long grantId, Locale locale) {
        var grant = access.grant(grantId, LockModeType.NONE);
        var disbursements = em.createNamedQuery(Disbursement.OF_GRANT, Disbursement.class).setParameter("grant", grant).getResultList();
        return GrantViews.of(grant, disbursements, em, locale);
    }

    /**
     * The spends converted into the grant's currency by its policy, each with the rates it used: the month's rates
     * from the table, or (FIFO) the grant's disbursements in the order received. FIFO needs the grant's whole spend to
     * date, in any order. A rate missing from the table is refused naming the pair and the month.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
    public List<Converted> convert(long grantId, List<Spend> spends) {
        var grant = access.grant(grantId, LockModeType.NONE);
        if (spends.isEmpty()) {
            return List.of();
        }
        var funding = em.createNamedQuery(Disbursement.OF_GRANT, Disbursement.class).setParameter("grant", grant).getResultStream()
                .map(Disbursement::asFunding).toList();
        var months = spends.stream().map(Spend::month).sorted().toList();
        var table = rates.table(grant.currency(), months.get(0), months.get(months.size() - 1));
        return Conversion.convert(grant.getRatePolicy(), spends, funding, grant.currency(), table);
    }

    /** The programme's grants by reference; a partner officer's list holds only their own organisation's. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
    public List<GrantView.Summary> grants(String programmeCode, Locale locale) {
        var query = access.isPartnerOfficer()
                ? em.createNamedQuery(Grant.OF_PARTNER, Grant.class).setParameter("partner", access.ownOrganisation().orElse(-1L))
                : em.createNamedQuery(Grant.OF_PROGRAMME, Grant.class);
        return query.setParameter("programme", programmeCode).getResultStream().map(g -> GrantViews.summary(g, locale)).toList();
    }

    /** Every grant the caller may see, of every programme: a partner officer's own organisation's only. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
    public List<GrantView.Summary> grants(Locale locale) {
        var query = access.isPartnerOfficer()
                ? em.createNamedQuery(Grant.ALL_OF_PARTNER, Grant.class).setParameter("partner", access.ownOrganisation().orElse(-1L))
                : em.createNamedQuery(Grant.ALL, Grant.class);
        return query.getResultStream().map(g -> GrantViews.summary(g, locale)).toList();
    }

    /** The codes of the programmes a grant can be made in, by start date. */
    public List<String> programmeCodes() {
        return em.createNamedQuery(Programme.ALL, Programme.class).getResultStream().map(Programme::getCode).toList();
    }

    /** The results of the programme a budget line may pay for, in logframe order (depth first), code and statement. */
    public List<ResultChoice> results(String programmeCode, Locale locale) {
        return logframes.logframe(programmeCode, locale).stream().flatMap(view -> view.resultsInOrder().stream())
                .map(node -> new ResultChoice(node.id(), node.code(), node.statement())).toList();
    }

    /** The programme's partners or donors (by {@code kind}), by code: whom a grant form offers. */
    @SuppressWarnings("unchecked")
    public List<Participant> participants(String programmeCode, OrganisationKind kind, Locale locale) {
        List<Organisation> found = em.createNativeQuery("SELECT o.* FROM organisation o JOIN programme_participant pp "
                + "ON pp.organisation_id = o.id JOIN programme p ON p.id = pp.programme_id WHERE p.code = ?1 AND o.kind = ?2 "
                + "ORDER BY o.code", Organisation.class).setParameter(1, programmeCode).setParameter(2, kind.name()).getResultList();
        return found.stream().map(o -> new Participant(o.getId(), o.getCode(), o.nameIn(locale))).toList();
    }

    /** The grant a tranche belongs to, if the caller may reach it; else refused as not found. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
    public long grantOfTranche(long trancheId) {
        return access.tranche(trancheId, LockModeType.NONE).getGrant().getId();
    }

    /**
     * One page of the grants the caller may see (a partner officer: their own organisation's), narrowed and sorted by
     * {@code filter}, with how many there are in all; {@code today} decides the next reporting due date.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
    public GrantListing list(GrantFilter filter, int first, int size, LocalDate today, Locale locale) {
        return listQuery(filter).page(em, filter, first, size, today, locale);
    }

    /** How many grants {@link #list} finds in all. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
    public long count(GrantFilter filter) {
        return listQuery(filter).count(em);
    }

    private GrantListQuery listQuery(GrantFilter filter) {
        Optional<Long> own = access.isPartnerOfficer() ? Optional.of(access.ownOrganisation().orElse(-1L)) : Optional.empty();
        return new GrantListQuery(filter, own);
    }

    // ---- loading, locking, versions ----------------------------------------------------------------

    /**
     * The grant, if the caller may reach it and it is still as its editor saw it. Its row is locked for this
     * transaction and its version raised, so that any change of its budget, shares or tranches (rows of their own)
     * makes every other editor's copy stale.
     */
    private Grant seen(long grantId, long seenVersion) {
        var grant = access.grant(grantId, LockModeType.PESSIMISTIC_WRITE);
        if (grant.getVersion() != seenVersion) {
            throw EditConflict.against(em, "conflict.grant", grant.getReference(), grant.getLastChange());
        }
        em.lock(grant, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return grant;
    }

    /**
     * The checked lines with the results their inputs name; a result that is not one of the grant's programme (or
     * does not exist) is refused for its line, so a budget never counts spend for another programme's logframe.
     */
    private List<BudgetRules.Line> linked(Programme programme, List<BudgetLineInput> inputs, List<BudgetRules.Line> checked) {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        List<BudgetRules.Line> lines = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            Long resultId = inputs.get(i).resultId();
            Result result = resultId == null ? null : em.find(Result.class, resultId);
            if (resultId != null && (result == null || !result.getProgramme().getId().equals(programme.getId()))) {
                violations.add(new InvalidInput.Violation("lines[" + i + "].result", "grant.line.result",
                        List.of(i + 1, programme.getCode())));
            }
            lines.add(checked.get(i).withResult(result));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return lines;
    }

    private Optional<Organisation> participant(Programme programme, long organisationId, OrganisationKind kind) {
        boolean participates = !em.createNativeQuery("SELECT 1 FROM programme_participant WHERE programme_id = ?1 "
                + "AND organisation_id = ?2").setParameter(1, programme.getId()).setParameter(2, organisationId).getResultList().isEmpty();
        return Optional.ofNullable(participates ? em.find(Organisation.class, organisationId) : null).filter(o -> o.getKind() == kind);
    }

    private static String reason(String reason, String requiredKey) {
        String kept = optionalReason(reason, "reason");
        if (kept == null) {
            throw InvalidInput.of("reason", requiredKey);
        }
        return kept;
    }

    /** A reason or comment stripped, null when blank; refused for {@code field} when longer than {@link #REASON_LENGTH}. */
    static String optionalReason(String reason, String field) {
        String kept = reason == null ? "" : reason.strip();
        if (kept.length() > REASON_LENGTH) {
            throw InvalidInput.of(field, "logframe.tooLong", REASON_LENGTH, kept.length());
        }
        return kept.isEmpty() ? null : kept;
    }

    private static <T> T collect(List<InvalidInput.Violation> violations, Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInput refused) {
            violations.addAll(refused.violations());
            return null;
        }
    }
}
