package org.camove.finance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.camove.grants.BudgetVersion;
import org.camove.grants.Grant;
import org.camove.grants.GrantFigures;
import org.camove.grants.GrantState;
import org.camove.money.Money;
import org.camove.reporting.ReportingPeriod;
import org.camove.reporting.SubmissionState;
import org.camove.security.Role;

/**
 * The portfolio overview of the lead agency: per grant its budget (the version in force today), what was disbursed,
 * what was spent (approved financial reports only, as donors count it), the share spent beside the share of time gone,
 * the cash position and how timely its financial reports are. Read in five statements whatever the number of grants,
 * so the page stays quick for a programme of many partners. Totals are per currency: amounts in different currencies
 * are never added.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER})
public class Portfolio {

    /**
     * Spending against time: ahead or behind by more than the grant's variance threshold (percentage points); only a
     * grant that moves money (active, closing) is ever off pace, a draft or closed one spends nothing more.
     */
    public enum Pace { AHEAD, ON_PACE, BEHIND }

    /**
     * One grant. {@code percentSpent} is null when the budget is zero; {@code percentElapsed} is of the grant's days.
     * Overdue: quarters within the grant past their due date and grace days whose report was neither submitted nor
     * approved; {@code daysLate} counts from the oldest one's due date (0 when none). {@code waiting}: submitted, not
     * yet reviewed. {@code latestReportPeriodId}: the period of its latest report in any state (null when none).
     */
    public record Row(long grantId, String reference, String programmeCode, String partnerCode, String partnerName, String country,
                      GrantState state, LocalDate startsOn, LocalDate endsOn, Money budget, Money disbursed, Money spent,
                      BigDecimal percentSpent, BigDecimal percentElapsed, Pace pace, Money cashPosition, String lastApproved,
                      int overdue, int waiting, long daysLate, Long latestReportPeriodId) implements Serializable {
    }

    /** The sums of one currency's grants. */
    public record Totals(Currency currency, int grants, Money budget, Money disbursed, Money spent, Money cashPosition)
            implements Serializable {
    }

    /** The grants that pass the filters, their totals per currency (by code), and every country and state to filter by. */
    public record Overview(List<Row> rows, List<Totals> totals, List<String> countries) implements Serializable {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** The portfolio today; {@code country} (partner's, e.g. KG) and {@code state} filter when not null. */
    public Overview overview(String country, GrantState state, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        List<Grant> all = em.createQuery("SELECT DISTINCT g FROM Grant g JOIN FETCH g.partner JOIN FETCH g.programme "
                + "LEFT JOIN FETCH g.budgetVersions ORDER BY g.reference", Grant.class).getResultList();
        List<String> countries = all.stream().map(g -> g.getPartner().getCountry()).filter(Objects::nonNull).distinct().sorted().toList();
        List<Grant> grants = all.stream().filter(g -> country == null || country.equals(g.getPartner().getCountry()))
                .filter(g -> state == null || state == g.getState()).toList();
        if (grants.isEmpty()) {
            return new Overview(List.of(), List.of(), countries);
        }
        Map<Long, BigDecimal> disbursed = sums("SELECT d.tranche.grant.id, SUM(d.grantAmount.amount) FROM Disbursement d "
                + "WHERE d.tranche.grant IN :grants GROUP BY d.tranche.grant.id", grants);
        Map<Long, BigDecimal> spent = sums("SELECT l.report.grant.id, SUM(l.converted.amount) FROM ExpenditureLine l "
                + "WHERE l.report.grant IN :grants AND l.report.state = org.camove.reporting.SubmissionState.APPROVED "
                + "GROUP BY l.report.grant.id", grants);
        Map<String, SubmissionState> reported = new HashMap<>();
        em.createQuery("SELECT r.grant.id, r.period.id, r.state FROM FinancialReport r WHERE r.grant IN :grants", Object[].class)
                .setParameter("grants", grants).getResultStream()
                .forEach(row -> reported.put(row[0] + "/" + row[1], (SubmissionState) row[2]));
        List<ReportingPeriod> periods = em.createQuery("SELECT p FROM ReportingPeriod p WHERE p.programme IN :programmes "
                + "ORDER BY p.year, p.quarter", ReportingPeriod.class)
                .setParameter("programmes", grants.stream().map(Grant::getProgramme).distinct().toList()).getResultList();

        List<Row> rows = new ArrayList<>();
        for (var grant : grants) {
            var currency = grant.currency();
            Money budget = grant.versionInForce(today).or(() -> grant.getBudgetVersions().stream()
                    .min(Comparator.comparingInt(BudgetVersion::getNumber))).map(BudgetVersion::getTotal).orElse(Money.zero(currency));
            Money paid = Money.of(disbursed.getOrDefault(grant.getId(), BigDecimal.ZERO), currency);
            Money used = Money.of(spent.getOrDefault(grant.getId(), BigDecimal.ZERO), currency);
            BigDecimal percentSpent = GrantFigures.percent(used, budget);
            BigDecimal percentElapsed = GrantFigures.elapsed(grant.getStartsOn(), grant.getEndsOn(), today).multiply(HUNDRED)
                    .setScale(2, Money.ROUNDING);
            var reports = timeliness(grant, periods, reported, today);
            rows.add(new Row(grant.getId(), grant.getReference(), grant.getProgramme().getCode(), grant.getPartner().getCode(),
                    grant.getPartner().nameIn(locale), grant.getPartner().getCountry(), grant.getState(), grant.getStartsOn(),
                    grant.getEndsOn(), budget, paid, used, percentSpent, percentElapsed,
                    grant.getState().movesMoney() ? pace(percentSpent, percentElapsed, grant.getVarianceThreshold()) : Pace.ON_PACE,
                    GrantFigures.cashPosition(paid, used),
                    reports.lastApproved(), reports.overdue(), reports.waiting(), reports.daysLate(),
                    reports.latestReportPeriodId()));
        }
        return new Overview(rows, totals(rows), countries);
    }

    private Map<Long, BigDecimal> sums(String jpql, List<Grant> grants) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        em.createQuery(jpql, Object[].class).setParameter("grants", grants).getResultStream()
                .forEach(row -> sums.put((Long) row[0], (BigDecimal) row[1]));
        return sums;
    }

    static Pace pace(BigDecimal percentSpent, BigDecimal percentElapsed, BigDecimal threshold) {
        if (percentSpent == null) {
            return Pace.ON_PACE;
        }
        BigDecimal ahead = percentSpent.subtract(percentElapsed);
        return ahead.compareTo(threshold) > 0 ? Pace.AHEAD : ahead.negate().compareTo(threshold) > 0 ? Pace.BEHIND : Pace.ON_PACE;
    }

    /** How timely a grant's reports are (see {@link Row}). */
    private record Timeliness(String lastApproved, int overdue, int waiting, long daysLate, Long latestReportPeriodId) {
    }

    /** Only a grant that moves money (active, closing) owes reports. */
    private static Timeliness timeliness(Grant grant, List<ReportingPeriod> periods, Map<String, SubmissionState> reported,
                                         LocalDate today) {
        String lastApproved = null;
        int overdue = 0;
        int waiting = 0;
        long daysLate = 0;
        Long latest = null;
        for (var period : periods) {
            if (!period.getProgramme().getId().equals(grant.getProgramme().getId()) || !grant.covers(period.quarter())) {
                continue;
            }
            var state = reported.get(grant.getId() + "/" + period.getId());
            if (state != null) {
                latest = period.getId();
            }
            if (state == SubmissionState.APPROVED) {
                lastApproved = period.quarter().toString();
            } else if (state == SubmissionState.SUBMITTED) {
                waiting++;
            } else if (grant.getState().movesMoney() && period.window().isPastGrace(today)) {
                overdue++;
                daysLate = Math.max(daysLate, ChronoUnit.DAYS.between(period.window().dueOn(), today));
            }
        }
        return new Timeliness(lastApproved, overdue, waiting, daysLate, latest);
    }

    private static List<Totals> totals(List<Row> rows) {
        Map<String, List<Row>> byCurrency = new TreeMap<>();
        rows.forEach(r -> byCurrency.computeIfAbsent(r.budget().currency().getCurrencyCode(), c -> new ArrayList<>()).add(r));
        return byCurrency.values().stream().map(of -> {
            var currency = of.get(0).budget().currency();
            return new Totals(currency, of.size(), Money.sum(currency, of.stream().map(Row::budget).toList()),
                    Money.sum(currency, of.stream().map(Row::disbursed).toList()), Money.sum(currency, of.stream().map(Row::spent).toList()),
                    Money.sum(currency, of.stream().map(Row::cashPosition).toList()));
        }).toList();
    }
}
