package org.camove.finance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.camove.grants.GrantView;
import org.camove.grants.Grants;
import org.camove.money.Money;
import org.camove.indicators.aggregation.Quarter;
import org.camove.reports.ReportTemplate;
import org.camove.reports.grant.GrantFinancialReport;
import org.camove.reports.grant.GrantFinancialReportData;
import org.camove.reports.grant.GrantFinancialRow;
import org.camove.reports.grant.GrantFinancialRow.Cell;
import org.camove.security.Role;
import org.camove.shared.InvalidInput;

/**
 * The grant financial report of a grant up to a quarter, as PDF or XLSX, in the reader's language: the budget in force
 * against the spend of the grant's APPROVED financial reports only (a quarter per column; a draft or submitted report
 * never appears), variance and justifications, the rates each report stored (never re-read from the rate table, so a
 * rate edited later changes nothing), tranches, disbursements and the cash position. Every figure is the one
 * {@link FinancialReports#view} computes from the stored reports, so the document reconciles with the pages and the
 * API to the cent. Access is the grant's ({@link FinancialReportAccess}): a partner officer gets their own grants only.
 * Donors are not given it: they receive issued reports.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
public class GrantFinancialDocuments {

    /** Quarter columns one table has room for beside the line's budget and its five figures to date. */
    static final int QUARTERS_PER_TABLE = GrantFinancialRow.CELLS - 6;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private FinancialReportAccess access;

    @EJB
    private FinancialReports reports;

    @EJB
    private Grants grants;

    /**
     * @param periodId the last quarter the document covers; null: the latest approved report's
     * @throws InvalidInput the grant is not the caller's to see ({@code grant.notFound}), the period has no approved
     *                      report ({@code grantReport.notApproved}) or the grant none at all ({@code grantReport.noneApproved})
     */
    public byte[] pdf(long grantId, Long periodId, Locale locale, LocalDate today) {
        return GrantFinancialReport.renderPdf(data(grantId, periodId, locale, today));
    }

    /** Like {@link #pdf}, as a workbook whose figures are numbers. */
    public byte[] xlsx(long grantId, Long periodId, Locale locale, LocalDate today) {
        return GrantFinancialReport.renderXlsx(data(grantId, periodId, locale, today));
    }

    private GrantFinancialReportData data(long grantId, Long periodId, Locale locale, LocalDate today) {
        var grant = access.grant(grantId, LockModeType.NONE);
        var approved = em.createNamedQuery(FinancialReport.APPROVED_OF_GRANT, FinancialReport.class).setParameter("grant", grant)
                .getResultStream().sorted(Comparator.comparing(r -> r.getPeriod().quarter())).toList();
        if (approved.isEmpty()) {
            throw InvalidInput.of(null, "grantReport.noneApproved", grant.getReference());
        }
        var last = periodId == null ? approved.get(approved.size() - 1)
                : approved.stream().filter(r -> r.getPeriod().getId().equals(periodId)).findFirst()
                .orElseThrow(() -> InvalidInput.of("period", "grantReport.notApproved", grant.getReference(),
                        access.period(grant, periodId).quarter().toString()));
        List<FinancialReportView> quarters = approved.stream().filter(r -> !r.getPeriod().quarter().isAfter(last.getPeriod().quarter()))
                .map(r -> reports.view(grantId, r.getPeriod().getId(), locale)).toList();
        var words = new Words(ReportTemplate.labels(locale), locale);
        var rows = new ArrayList<GrantFinancialRow>();
        var upTo = quarters.get(quarters.size() - 1);
        var view = grants.grant(grantId, locale);
        header(view, upTo, words, rows);
        budgetAgainstActual(quarters, words, rows);
        justifications(quarters, words, rows);
        // rates, references, dates and amounts in the local currency need cells twice as wide as the quarters'
        var wide = new ArrayList<GrantFinancialRow>();
        rates(quarters, words, wide);
        tranches(view, words, wide);
        disbursements(view, upTo, words, wide);
        cash(upTo, words, wide);
        wide.forEach(row -> rows.add(row.widened()));
        return new GrantFinancialReportData(view.reference(), upTo.quarter(), today, locale, rows);
    }

    private static void header(GrantView grant, FinancialReportView upTo, Words words, List<GrantFinancialRow> rows) {
        rows.add(GrantFinancialRow.section(words.get("grantReport.section.grant")));
        rows.add(GrantFinancialRow.field(words.get("grantReport.partner"), grant.partnerCode() + " · " + grant.partnerName()));
        rows.add(GrantFinancialRow.field(words.get("grantReport.programme"), grant.programmeCode()));
        rows.add(GrantFinancialRow.field(words.get("grantReport.dates"), grant.startsOn() + " – " + grant.endsOn()));
        rows.add(GrantFinancialRow.field(words.get("grantReport.currency"), grant.currency()));
        rows.add(GrantFinancialRow.field(words.get("grantReport.policy"), words.get("grantReport.policy." + grant.ratePolicy())));
        rows.add(GrantFinancialRow.field(words.get("grantReport.threshold"), words.number(grant.varianceThreshold()) + " %"));
        grant.budgetInForce(lastDay(upTo)).ifPresent(b -> rows.add(GrantFinancialRow.field(words.get("grantReport.budgetVersion"),
                words.format("grantReport.budgetVersion.text", b.number(), b.effectiveFrom().toString(), words.money(b.total()),
                        b.reason() == null ? "" : b.reason()))));
        for (var share : grant.shares()) {
            rows.add(GrantFinancialRow.field(words.get("grantReport.donor"), words.format("grantReport.donor.text", share.donorName(),
                    share.donorCode(), words.number(share.percent()), words.money(share.amount()))));
        }
    }

    /** The lines of the budget in force against each approved quarter's spend, eight quarters to a table. */
    private static void budgetAgainstActual(List<FinancialReportView> quarters, Words words, List<GrantFinancialRow> rows) {
        var upTo = quarters.get(quarters.size() - 1);
        rows.add(GrantFinancialRow.section(words.format("grantReport.section.budget", upTo.grantCurrency())));
        List<Map<Integer, Money>> spentByPosition = quarters.stream().map(q -> q.lines().stream()
                .collect(Collectors.toMap(FinancialReportView.Line::position, l -> l.figures().thisQuarter()))).toList();
        for (int from = 0; from < quarters.size(); from += QUARTERS_PER_TABLE) {
            var chunk = quarters.subList(from, Math.min(quarters.size(), from + QUARTERS_PER_TABLE));
            var spent = spentByPosition.subList(from, from + chunk.size());
            List<String> headings = new ArrayList<>(List.of(words.get("grantReport.budget")));
            chunk.forEach(q -> headings.add(q.quarter()));
            headings.addAll(List.of(words.get("grantReport.cumulative"), words.get("grantReport.budgetToDate"),
                    words.get("grantReport.variance"), words.get("grantReport.variancePercent"), words.get("grantReport.remaining")));
            rows.add(GrantFinancialRow.head(words.get("grantReport.line"), headings));
            for (var line : upTo.lines()) {
                rows.add(GrantFinancialRow.row(line.position() + ". " + line.category() + (line.description() == null ? ""
                        : " — " + line.description()), figures(line.figures(), spent.stream().map(s -> s.get(line.position())).toList())));
            }
            rows.add(GrantFinancialRow.total(words.get("grantReport.total"), figures(upTo.total(),
                    chunk.stream().map(q -> q.total().thisQuarter()).toList())));
        }
    }

    private static List<Cell> figures(FinancialReportView.Figures figures, List<Money> perQuarter) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.money(figures.budget().amount())));
        perQuarter.forEach(m -> cells.add(Cell.money(m == null ? null : m.amount())));
        cells.addAll(List.of(Cell.money(figures.cumulative().amount()), Cell.money(figures.budgetToDate().amount()),
                Cell.money(figures.variance().amount()), Cell.percent(figures.variancePercent()), Cell.money(figures.remaining().amount())));
        return cells;
    }

    private static void justifications(List<FinancialReportView> quarters, Words words, List<GrantFinancialRow> rows) {
        rows.add(GrantFinancialRow.section(words.get("grantReport.section.justifications")));
        int before = rows.size();
        for (var quarter : quarters) {
            quarter.lines().stream().filter(l -> l.justification() != null).forEach(l -> rows.add(GrantFinancialRow.field(
                    quarter.quarter() + " · " + l.position() + ". " + l.category(), l.justification())));
        }
        if (rows.size() == before) {
            rows.add(GrantFinancialRow.field("", words.get("grantReport.none")));
        }
    }

    /** The rates as each approved report stored them with its conversions. */
    private static void rates(List<FinancialReportView> quarters, Words words, List<GrantFinancialRow> rows) {
        rows.add(GrantFinancialRow.section(words.get("grantReport.section.rates")));
        rows.add(GrantFinancialRow.head(words.get("grantReport.rate.where"), List.of(words.get("grantReport.rate.basis"),
                words.get("grantReport.rate.reference"), words.get("grantReport.rate.rate"), words.get("grantReport.rate.original"),
                words.get("grantReport.currency"), words.get("grantReport.rate.converted"))));
        for (var quarter : quarters) {
            for (var rate : quarter.rates()) {
                rows.add(GrantFinancialRow.row(quarter.quarter() + " · " + words.format("grantReport.rate.line", rate.position()),
                        List.of(Cell.text(words.get("grantReport.basis." + rate.basis())), Cell.text(rate.reference()), Cell.rate(rate.rate()),
                                Cell.money(rate.original().amount()), Cell.text(rate.original().currency().getCurrencyCode()),
                                Cell.money(rate.converted().amount()))));
            }
        }
    }

    private static void tranches(GrantView grant, Words words, List<GrantFinancialRow> rows) {
        rows.add(GrantFinancialRow.section(words.get("grantReport.section.tranches")));
        rows.add(GrantFinancialRow.head(words.get("grantReport.tranche.plannedOn"), List.of(words.get("grantReport.amount"),
                words.get("grantReport.tranche.condition"), words.get("grantReport.tranche.state"), words.get("grantReport.tranche.disbursed"))));
        for (var tranche : grant.tranches()) {
            Money disbursed = Money.sum(tranche.amount().currency(), grant.disbursements().stream().filter(d -> d.trancheId() == tranche.id())
                    .map(GrantView.DisbursementRow::grantAmount).toList());
            rows.add(GrantFinancialRow.row(tranche.plannedOn().toString(), List.of(Cell.money(tranche.amount().amount()),
                    Cell.text(tranche.conditionPeriod() == null ? "—" : words.format("grantReport.tranche.conditionText", tranche.conditionPeriod())),
                    Cell.text(words.get("grantReport.tranche.state." + tranche.state())), Cell.money(disbursed.amount()))));
        }
        rows.add(GrantFinancialRow.total(words.get("grantReport.total"), List.of(Cell.money(Money.sum(
                Currency.getInstance(grant.currency()), grant.tranches().stream().map(GrantView.TrancheRow::amount).toList()).amount()))));
    }

    /** The money received up to the report's last quarter: the cash position counts these. */
    private static void disbursements(GrantView grant, FinancialReportView upTo, Words words, List<GrantFinancialRow> rows) {
        rows.add(GrantFinancialRow.section(words.get("grantReport.section.disbursements")));
        rows.add(GrantFinancialRow.head(words.get("grantReport.disbursement.paidOn"), List.of(words.get("grantReport.amount"),
                words.get("grantReport.currency"), words.get("grantReport.rate.rate"), words.get("grantReport.disbursement.source"),
                words.format("grantReport.disbursement.inGrantCurrency", grant.currency()))));
        for (var paid : grant.disbursements()) {
            if (paid.paidOn().isAfter(lastDay(upTo))) {
                continue;
            }
            rows.add(GrantFinancialRow.row(paid.paidOn().toString(), List.of(Cell.money(paid.amount().amount()),
                    Cell.text(paid.amount().currency().getCurrencyCode()), Cell.rate(paid.rateToGrant()),
                    Cell.text(words.get("grantReport.disbursement.source." + paid.rateSource())), Cell.money(paid.grantAmount().amount()))));
        }
        rows.add(GrantFinancialRow.total(words.get("grantReport.total"), List.of(Cell.text(null), Cell.text(null), Cell.text(null),
                Cell.text(null), Cell.money(upTo.received().amount()))));
    }

    private static void cash(FinancialReportView upTo, Words words, List<GrantFinancialRow> rows) {
        rows.add(GrantFinancialRow.section(words.format("grantReport.section.cash", upTo.quarter())));
        rows.add(GrantFinancialRow.row(words.get("grantReport.cash.received"), List.of(Cell.money(upTo.received().amount()))));
        rows.add(GrantFinancialRow.row(words.get("grantReport.cash.spent"), List.of(Cell.money(upTo.total().cumulative().amount()))));
        rows.add(GrantFinancialRow.total(words.get("grantReport.cash.position"), List.of(Cell.money(upTo.cashPosition().amount()))));
    }

    private static LocalDate lastDay(FinancialReportView report) {
        return Quarter.parse(report.quarter()).lastDay();
    }

    /** The report's words and numbers in one language. */
    private record Words(ResourceBundle labels, Locale locale) {

        String get(String key) {
            return labels.getString(key);
        }

        String format(String key, Object... arguments) {
            return new MessageFormat(get(key), locale).format(arguments);
        }

        String number(BigDecimal number) {
            return formatter().format(number);
        }

        String money(Money money) {
            return formatter().format(money.amount()) + " " + money.currency().getCurrencyCode();
        }

        private NumberFormat formatter() {
            var format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format;
        }
    }
}
