package org.camove.finance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.camove.grants.BudgetLine;
import org.camove.grants.BudgetVersion;
import org.camove.grants.Disbursement;
import org.camove.grants.Disbursements;
import org.camove.grants.Grant;
import org.camove.grants.GrantFigures;
import org.camove.grants.GrantState;
import org.camove.money.Conversion;
import org.camove.money.Converted;
import org.camove.money.Currencies;
import org.camove.money.ExchangeRatePolicy;
import org.camove.money.ExchangeRates;
import org.camove.money.Money;
import org.camove.money.Spend;
import org.camove.reporting.PeriodState;
import org.camove.reporting.ReportingPeriod;
import org.camove.reporting.SubmissionComment;
import org.camove.reporting.SubmissionHistory;
import org.camove.reporting.SubmissionState;
import org.camove.security.Role;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;
import org.camove.shared.InvalidInput.Violation;
import org.camove.shared.LastChange;

/**
 * The partners' financial reports: the partner's officer enters what was spent of each budget line in the quarter, in
 * one currency, and submits; a finance reviewer (or an administrator) returns it with a comment or approves it, never
 * the one who submitted it. Each save and the submit convert the spend into the grant's currency by the grant's policy
 * (the quarter's spend counts as spent on the period's last day, so MONTHLY takes the rate of the quarter's last month;
 * FIFO uses up the disbursements after the spend of the approved earlier reports) and store the converted amounts
 * with their rates; after the submit nothing is converted again. Approval releases the tranches the report conditions,
 * in the same transaction. Every change hands back the version its author read and locks the grant's row, so a stale
 * or repeated one (a double-clicked submit) is refused with an {@link EditConflict} and never happens twice.
 * {@link FinancialReportAccess} keeps partners apart.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
public class FinancialReports {

    /** Longest note or justification kept. */
    public static final int TEXT_LENGTH = 2000;

    /** A report waiting for review, as the finance queue lists it (oldest first). */
    public record Waiting(long reportId, long grantId, long periodId, String partnerCode, String partnerName, String grantReference,
                          String quarter, Money total, Instant submittedAt, long daysWaiting) implements java.io.Serializable {
    }

    /** A report a partner officer can open: one of their grants in a period that is open or that has a report. */
    public record Mine(long grantId, String grantReference, long periodId, String quarter, PeriodState periodState,
                       SubmissionState state) implements java.io.Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private FinancialReportAccess access;

    @EJB
    private ExchangeRates rates;

    @EJB
    private Disbursements disbursements;

    private final Clock clock = Clock.systemUTC();

    /** The report with all its figures; one not started reads with every line empty (state null, version 0). */
    public FinancialReportView view(long grantId, long periodId, Locale locale) {
        var grant = access.grant(grantId, LockModeType.NONE);
        var period = access.period(grant, periodId);
        return view(grant, period, access.report(grant, period).orElse(null), locale);
    }

    /**
     * Saves what was spent (all or none): every budget line of the version in force, {@code currency} one camove
     * accepts, amounts not negative, converted and stored with their rates.
     *
     * @throws InvalidInput one violation per problem (field {@code currency}, {@code amount.<position>} …), or a missing rate
     * @throws EditConflict when the report changed since {@code seenVersion} (0: not started)
     */
    @RolesAllowed(Role.Names.PARTNER_OFFICER)
    public FinancialReportView save(long grantId, long periodId, long seenVersion, String currency, List<ExpenditureInput> lines,
                                    Locale locale) {
        var grant = access.grant(grantId, LockModeType.PESSIMISTIC_WRITE);
        var period = access.period(grant, periodId);
        var report = seen(grant, period, seenVersion).orElse(null);
        requireChangeable(grant, period, report);
        List<Violation> violations = new ArrayList<>();
        Currency spentIn = collect(violations, () -> Currencies.parse("currency", currency));
        var budget = budget(grant, period);
        Map<Long, ExpenditureInput> typed = new HashMap<>();
        for (var input : lines) {
            if (budget.getLines().stream().noneMatch(l -> l.getId() == input.budgetLineId())) {
                violations.add(new Violation(null, "finreport.line.unknown", List.of(input.budgetLineId())));
            }
            typed.put(input.budgetLineId(), input);
        }
        List<Entry> entries = new ArrayList<>();
        for (var line : budget.getLines()) {
            var input = Optional.ofNullable(typed.get(line.getId())).orElse(new ExpenditureInput(line.getId(), null, null, null));
            var amount = collect(violations, () -> amount(input.amount(), line));
            var note = collect(violations, () -> text(input.note(), "note." + line.getPosition()));
            var justification = collect(violations, () -> text(input.justification(), "justification." + line.getPosition()));
            if (spentIn != null && amount != null) {
                entries.add(new Entry(line, Money.of(amount, spentIn), note, justification));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        if (report == null) {
            report = new FinancialReport(grant, period, spentIn, access.changeNow());
            em.persist(report);
        }
        store(report, spentIn, entries, access.changeNow());
        return view(grant, period, report, locale);
    }

    /**
     * Submits the report for review, converted once more at the rates as they are now and stored so. Each line whose
     * variance is beyond the grant's threshold needs a justification: the refusal names the lines.
     */
    @RolesAllowed(Role.Names.PARTNER_OFFICER)
    public FinancialReportView submit(long grantId, long periodId, long seenVersion, Locale locale) {
        var grant = access.grant(grantId, LockModeType.PESSIMISTIC_WRITE);
        var period = access.period(grant, periodId);
        var report = seen(grant, period, seenVersion).orElseThrow(() -> InvalidInput.of(null, "finreport.notStarted", period.quarter().toString()));
        requireChangeable(grant, period, report);
        var change = access.changeNow();
        store(report, report.currency(), report.getLines().stream()
                .map(l -> new Entry(l.getBudgetLine(), l.getAmount(), l.getNote(), l.getJustification())).toList(), change);
        var view = view(grant, period, report, locale);
        var missing = view.lines().stream().filter(l -> l.figures().justificationRequired() && l.justification() == null)
                .map(l -> new Violation("justification." + l.position(), "finreport.justification.required", List.of(l.position(),
                        l.category(), Optional.ofNullable(l.figures().variancePercent()).map(BigDecimal::toPlainString).orElse("—"), grant.getVarianceThreshold().toPlainString())))
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        em.persist(report.submit(change));
        return view(grant, period, report, locale);
    }

    /** Back to the partner with what to fix (required). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE_REVIEWER})
    public FinancialReportView returnToPartner(long grantId, long periodId, long seenVersion, String comment, Locale locale) {
        String kept = SubmissionComment.plainText(comment, "comment", false);
        return review(grantId, periodId, seenVersion, locale, (report, change) -> em.persist(report.returnToPartner(kept, change)));
    }

    /** Approves the report and releases, in the same transaction, each planned tranche whose condition it is (audited). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE_REVIEWER})
    public FinancialReportView approve(long grantId, long periodId, long seenVersion, String comment, Locale locale) {
        String kept = SubmissionComment.plainText(comment, "comment", false);
        return review(grantId, periodId, seenVersion, locale, (report, change) -> {
            em.persist(report.approve(kept, change));
            em.flush();
            disbursements.releaseConditionedOn(report.getGrant().getId(), report.getPeriod().getId(),
                    "financial report " + report.getId() + " (" + report.getGrant().getReference() + ", " + report.getPeriod().quarter()
                            + ") approved");
        });
    }

    /** Adds a message to the report's thread; the report must have been started. */
    public FinancialReportView comment(long grantId, long periodId, String text, Locale locale) {
        var grant = access.grant(grantId, LockModeType.NONE);
        var period = access.period(grant, periodId);
        var report = access.report(grant, period).orElseThrow(() -> InvalidInput.of(null, "finreport.notStarted", period.quarter().toString()));
        em.persist(new FinancialReportComment(report, text, access.changeNow()));
        return view(grant, period, report, locale);
    }

    /** The reports waiting for review, oldest submission first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE_REVIEWER, Role.Names.PROGRAMME_MANAGER})
    public List<Waiting> queue(Locale locale) {
        LocalDate today = LocalDate.now(clock);
        var waiting = em.createNamedQuery(FinancialReport.SUBMITTED, FinancialReport.class).getResultList();
        Map<Long, BigDecimal> totals = new HashMap<>();
        if (!waiting.isEmpty()) {
            em.createQuery("SELECT l.report.id, SUM(l.converted.amount) FROM ExpenditureLine l WHERE l.report IN :reports GROUP BY l.report.id",
                    Object[].class).setParameter("reports", waiting).getResultList()
                    .forEach(row -> totals.put((Long) row[0], (BigDecimal) row[1]));
        }
        return waiting.stream().map(r -> new Waiting(r.getId(), r.getGrant().getId(), r.getPeriod().getId(), r.getGrant().getPartner().getCode(),
                r.getGrant().getPartner().nameIn(locale), r.getGrant().getReference(), r.getPeriod().quarter().toString(),
                Money.of(totals.getOrDefault(r.getId(), BigDecimal.ZERO), r.getGrant().currency()), r.getSubmittedAt(),
                r.getSubmittedAt() == null ? 0 : ChronoUnit.DAYS.between(r.getSubmittedAt().atZone(clock.getZone()).toLocalDate(), today)))
                .toList();
    }

    /**
     * The partner officer's reports: each of their organisation's grants in each period it has a report for, and in
     * each open period within its dates while it moves money. Newest period first.
     */
    @RolesAllowed(Role.Names.PARTNER_OFFICER)
    public List<Mine> mine() {
        // three plain queries: EclipseLink 4 misplaces the table of an entity JOIN ... ON in the SQL it writes
        var own = em.createNamedQuery(Grant.ALL_OF_PARTNER, Grant.class).setParameter("partner", access.ownOrganisation().orElse(-1L))
                .getResultList();
        if (own.isEmpty()) {
            return List.of();
        }
        Map<String, SubmissionState> reported = new HashMap<>();
        em.createNamedQuery(FinancialReport.OF_GRANTS, FinancialReport.class).setParameter("grants", own).getResultStream()
                .forEach(r -> reported.put(r.getGrant().getId() + "/" + r.getPeriod().getId(), r.getState()));
        List<Mine> mine = new ArrayList<>();
        for (var grant : own) {
            var periods = new ArrayList<>(em.createNamedQuery(ReportingPeriod.OF_PROGRAMME, ReportingPeriod.class)
                    .setParameter("programme", grant.getProgramme()).getResultList());
            Collections.reverse(periods);
            for (var period : periods) {
                var state = reported.get(grant.getId() + "/" + period.getId());
                boolean due = period.getState() == PeriodState.OPEN && grant.getState().movesMoney() && grant.covers(period.quarter());
                if (state != null || due) {
                    mine.add(new Mine(grant.getId(), grant.getReference(), period.getId(), period.quarter().toString(), period.getState(), state));
                }
            }
        }
        return mine;
    }

    // ---- changes ------------------------------------------------------------------------------------

    /** What one line will hold. */
    private record Entry(BudgetLine line, Money amount, String note, String justification) {
    }

    private interface Review {
        void move(FinancialReport report, LastChange change);
    }

    private FinancialReportView review(long grantId, long periodId, long seenVersion, Locale locale, Review review) {
        var grant = access.grant(grantId, LockModeType.PESSIMISTIC_WRITE);
        var period = access.period(grant, periodId);
        var report = seen(grant, period, seenVersion).orElseThrow(() -> InvalidInput.of(null, "finreport.notStarted", period.quarter().toString()));
        review.move(report, access.changeNow());
        return view(grant, period, report, locale);
    }

    /** The report (none when not started), refused unless it is still at the version its author read. */
    private Optional<FinancialReport> seen(Grant grant, ReportingPeriod period, long seenVersion) {
        var report = access.report(grant, period);
        long version = report.map(FinancialReport::getVersion).orElse(0L);
        if (version != seenVersion || report.isEmpty() && seenVersion != 0) {
            throw EditConflict.against(em, "conflict.financialReport", grant.getReference() + ", " + period.quarter(),
                    report.map(FinancialReport::getLastChange).orElse(null));
        }
        return report;
    }

    private static void requireChangeable(Grant grant, ReportingPeriod period, FinancialReport report) {
        FinancialReportAccess.requireOpen(period);
        if (!grant.getState().movesMoney()) {
            throw InvalidInput.of(null, "tranche.grantNotActive", grant.getReference());
        }
        if (report != null) {
            report.requireEditable();
        }
    }

    /** Converts the entries by the grant's policy and puts them in the report's place (the old lines go first). */
    private void store(FinancialReport report, Currency spentIn, List<Entry> entries, LastChange change) {
        var grant = report.getGrant();
        var period = report.getPeriod();
        LocalDate spentOn = period.quarter().lastDay();
        List<Spend> earlier = new ArrayList<>();
        if (grant.getRatePolicy() == ExchangeRatePolicy.FIFO) {
            approvedBefore(grant, period).stream().sorted(Comparator.comparing(r -> r.getPeriod().quarter()))
                    .forEach(r -> r.getLines().stream().filter(l -> l.getAmount().isPositive())
                            .forEach(l -> earlier.add(new Spend(r.getPeriod().quarter().lastDay(), l.getAmount()))));
        }
        List<Integer> spending = IntStream.range(0, entries.size()).filter(i -> entries.get(i).amount().isPositive()).boxed().toList();
        List<Spend> spends = new ArrayList<>(earlier);
        spending.forEach(i -> spends.add(new Spend(spentOn, entries.get(i).amount())));
        List<Converted> converted = spending.isEmpty() ? List.of() : Conversion.convert(grant.getRatePolicy(), spends,
                em.createNamedQuery(Disbursement.OF_GRANT, Disbursement.class).setParameter("grant", grant).getResultStream()
                        .map(Disbursement::asFunding).toList(), grant.currency(),
                rates.table(grant.currency(), spends.stream().map(Spend::month).min(Comparator.naturalOrder()).orElseThrow(),
                        YearMonth.from(spentOn)));
        Map<Integer, Converted> byEntry = new HashMap<>();
        for (int k = 0; k < spending.size(); k++) {
            byEntry.put(spending.get(k), converted.get(earlier.size() + k));
        }
        report.spent(spentIn, List.of(), change);
        em.flush(); // EclipseLink deletes after it inserts: the old lines must be gone before the new take their keys
        List<ExpenditureLine> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            var conversion = Optional.ofNullable(byEntry.get(i)).orElse(new Converted(new Spend(spentOn, entry.amount()),
                    Money.zero(grant.currency()), List.of()));
            lines.add(new ExpenditureLine(report, entry.line(), conversion, entry.note(), entry.justification()));
        }
        report.spent(spentIn, lines, change);
        em.flush();
    }

    private List<FinancialReport> approvedBefore(Grant grant, ReportingPeriod period) {
        return em.createNamedQuery(FinancialReport.APPROVED_OF_GRANT, FinancialReport.class).setParameter("grant", grant).getResultStream()
                .filter(r -> r.getPeriod().quarter().isBefore(period.quarter())).toList();
    }

    private static BudgetVersion budget(Grant grant, ReportingPeriod period) {
        return grant.versionInForce(period.quarter().lastDay())
                .orElseThrow(() -> InvalidInput.of(null, "finreport.noBudget", grant.getReference(), period.quarter().toString()));
    }

    private static BigDecimal amount(String typed, BudgetLine line) {
        String text = typed == null ? "" : typed.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.');
        if (text.isEmpty()) {
            return BigDecimal.ZERO;
        }
        String field = "amount." + line.getPosition();
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw InvalidInput.of(field, "finreport.amount.malformed", line.getPosition(), typed.strip());
        }
        if (amount.signum() < 0) {
            throw InvalidInput.of(field, "finreport.amount.negative", line.getPosition(), line.getCategory());
        }
        if (amount.scale() > 2 || amount.precision() - amount.scale() > 15) {
            throw InvalidInput.of(field, "finreport.amount.malformed", line.getPosition(), typed.strip());
        }
        return amount;
    }

    private static String text(String typed, String field) {
        String kept = SubmissionComment.plainText(typed, field, false);
        if (kept != null && kept.length() > TEXT_LENGTH) {
            throw InvalidInput.of(field, "logframe.tooLong", TEXT_LENGTH, kept.length());
        }
        return kept;
    }

    private static <T> T collect(List<Violation> violations, Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInput refused) {
            violations.addAll(refused.violations());
            return null;
        }
    }

    // ---- reading ------------------------------------------------------------------------------------

    private FinancialReportView view(Grant grant, ReportingPeriod period, FinancialReport report, Locale locale) {
        var currency = grant.currency();
        LocalDate asOf = period.quarter().lastDay();
        var budget = budget(grant, period);
        Map<Long, ExpenditureLine> entered = new HashMap<>();
        if (report != null) {
            report.getLines().forEach(l -> entered.put(l.getBudgetLine().getId(), l));
        }
        // earlier spend by budget line position: an amendment keeps its lines' positions
        Map<Integer, Money> earlier = new HashMap<>();
        approvedBefore(grant, period).forEach(r -> r.getLines().forEach(l -> earlier.merge(l.getPosition(), l.getConverted(), Money::plus)));
        var budgetLines = budget.getLines();
        List<Money> thisQuarter = budgetLines.stream().map(l -> Optional.ofNullable(entered.get(l.getId()))
                .map(ExpenditureLine::getConverted).orElse(Money.zero(currency))).toList();
        List<Money> cumulative = IntStream.range(0, budgetLines.size()).mapToObj(i -> thisQuarter.get(i)
                .plus(earlier.getOrDefault(budgetLines.get(i).getPosition(), Money.zero(currency)))).toList();
        var figures = GrantFigures.lines(budgetLines.stream().map(BudgetLine::amount).toList(), cumulative,
                GrantFigures.elapsed(grant.getStartsOn(), grant.getEndsOn(), asOf), grant.getVarianceThreshold());
        List<FinancialReportView.Line> lines = new ArrayList<>();
        for (int i = 0; i < budgetLines.size(); i++) {
            var line = budgetLines.get(i);
            var f = figures.get(i);
            var spent = Optional.ofNullable(entered.get(line.getId()));
            lines.add(new FinancialReportView.Line(line.getId(), line.getPosition(), line.getCategory(), line.getDescription(),
                    spent.map(ExpenditureLine::getAmount).orElse(null), spent.map(ExpenditureLine::getNote).orElse(null),
                    spent.map(ExpenditureLine::getJustification).orElse(null),
                    new FinancialReportView.Figures(f.budget(), f.budgetToDate(), thisQuarter.get(i), f.spent(), f.variance(),
                            f.variancePercent(), f.justificationRequired(), f.remaining(),
                            GrantFigures.burnRate(f.spent(), grant.getStartsOn(), asOf))));
        }
        Money cumulativeTotal = Money.sum(currency, cumulative);
        Money toDate = Money.sum(currency, figures.stream().map(GrantFigures.LineFigures::budgetToDate).toList());
        Money variance = cumulativeTotal.minus(toDate);
        var total = new FinancialReportView.Figures(budget.getTotal(), toDate, Money.sum(currency, thisQuarter), cumulativeTotal, variance,
                GrantFigures.percent(variance, toDate), false, budget.getTotal().minus(cumulativeTotal),
                GrantFigures.burnRate(cumulativeTotal, grant.getStartsOn(), asOf));
        Money received = Money.sum(currency, em.createNamedQuery(Disbursement.OF_GRANT, Disbursement.class).setParameter("grant", grant)
                .getResultStream().filter(d -> !d.getPaidOn().isAfter(asOf)).map(Disbursement::getGrantAmount).toList());
        List<FinancialReportView.RateUsed> used = new ArrayList<>();
        if (report != null) {
            report.getLines().forEach(l -> l.getParts().stream().map(ConversionPart::asPart).forEach(p -> used.add(
                    new FinancialReportView.RateUsed(l.getPosition(), p.basis().name(), p.reference(), p.rate(), p.original(), p.converted()))));
        }
        var history = SubmissionHistory.of(em, report, report == null ? List.of()
                : em.createNamedQuery(FinancialReportTransition.OF_REPORT, FinancialReportTransition.class).setParameter("report", report)
                .getResultList(), report == null ? List.of()
                : em.createNamedQuery(FinancialReportComment.OF_REPORT, FinancialReportComment.class).setParameter("report", report)
                .getResultList());
        boolean editable = access.isPartnerOfficer() && period.getState() == PeriodState.OPEN && grant.getState().movesMoney()
                && (report == null || report.getState().isEditable());
        var partner = grant.getPartner();
        return new FinancialReportView(report == null ? 0 : report.getId(), grant.getId(), grant.getReference(), partner.getId(),
                partner.getCode(), partner.nameIn(locale), period.getId(), period.quarter().toString(), period.getState(),
                report == null ? null : report.getState(), report == null ? 0 : report.getVersion(),
                report == null ? null : report.currency().getCurrencyCode(), currency.getCurrencyCode(), grant.getVarianceThreshold(),
                lines, total, received, GrantFigures.cashPosition(received, cumulativeTotal), used, report == null ? List.of()
                : em.createNamedQuery(Receipt.OF_REPORT, Receipt.class).setParameter("report", report).getResultStream().map(Receipt::item)
                .toList(), grant.getTranches().stream().filter(t -> period.getId().equals(t.getConditionPeriodId()))
                .map(t -> new FinancialReportView.ConditionedTranche(t.getPlannedOn(), t.amount(), t.getState())).toList(), editable, history,
                report == null ? null : report.getSubmittedAt(), report == null ? null : report.getApprovedAt());
    }
}
