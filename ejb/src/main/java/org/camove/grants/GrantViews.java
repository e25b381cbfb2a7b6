package org.camove.grants;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.camove.money.Money;
import org.camove.reporting.ReportingPeriod;
import org.camove.reporting.SubmissionState;

/** Builds the {@link GrantView}s the services hand out, so that no page reaches into the entities. */
final class GrantViews {

    private GrantViews() {
    }

    static GrantView of(Grant grant, List<Disbursement> disbursements, EntityManager em, Locale locale) {
        var budgets = grant.getBudgetVersions().stream().map(v -> new GrantView.Budget(v.getNumber(), v.getEffectiveFrom(),
                v.getReason(), v.getTotal(), v.getLines().stream().map(l -> new GrantView.Line(l.getPosition(), l.getCategory(),
                        l.getDescription(), l.getUnit(), l.getQuantity(), l.unitCost(), l.amount(),
                        l.getResult() == null ? null : l.getResult().getId(),
                        l.getResult() == null ? null : l.getResult().getCode())).toList(),
                v.getLastChange() == null ? null : v.getLastChange().username(),
                v.getLastChange() == null ? null : v.getLastChange().at())).toList();
        var shares = grant.getShares();
        List<Money> amounts = shares.isEmpty() ? List.of()
                : grant.latestBudget().getTotal().allocate(shares.stream().map(FundingShare::getPercent).toList());
        var shareRows = IntStream.range(0, shares.size()).mapToObj(i -> new GrantView.Share(
                shares.get(i).getDonor().getCode(), shares.get(i).getDonor().nameIn(locale), shares.get(i).getPercent(),
                amounts.get(i))).toList();
        var tranches = grant.getTranches().stream().map(t -> new GrantView.TrancheRow(t.getId(), t.getPlannedOn(), t.amount(),
                t.getConditionPeriodId() == null ? null : em.find(ReportingPeriod.class, t.getConditionPeriodId()).quarter().toString(),
                t.getState(), t.getVersion())).toList();
        var paid = disbursements.stream().map(d -> new GrantView.DisbursementRow(d.getId(), d.getTranche().getId(), d.getPaidOn(),
                d.getAmount(), d.getRateToGrant(), d.getRateSource(), d.getGrantAmount())).toList();
        var received = Money.sum(grant.currency(), disbursements.stream().map(Disbursement::getGrantAmount).toList());
        var periods = periods(grant, em);
        var spent = Money.sum(grant.currency(), periods.stream().filter(p -> p.reportState() == SubmissionState.APPROVED)
                .map(GrantView.Period::reported).toList());
        return new GrantView(grant.getId(), grant.getReference(), grant.getPartner().getCode(), grant.getPartner().nameIn(locale),
                grant.getProgramme().getCode(), grant.getStartsOn(), grant.getEndsOn(), grant.currency().getCurrencyCode(),
                grant.getRatePolicy(), grant.getVarianceThreshold(), grant.getState(), grant.getVersion(), budgets, shareRows,
                tranches, paid, received, spent, periods);
    }

    /**
     * The programme's quarters that overlap the grant's dates, each with its financial report's state and converted
     * total as the report stored them (read as rows: the finance package builds on this one, not the other way).
     */
    private static List<GrantView.Period> periods(Grant grant, EntityManager em) {
        Map<Long, Object[]> reports = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT r.reporting_period_id, r.state, COALESCE(SUM(l.converted_amount), 0) "
                + "FROM financial_report r LEFT JOIN financial_report_line l ON l.financial_report_id = r.id "
                + "WHERE r.grant_id = ?1 GROUP BY r.id, r.reporting_period_id, r.state").setParameter(1, grant.getId()).getResultList()) {
            Object[] report = (Object[]) row;
            reports.put(((Number) report[0]).longValue(), report);
        }
        return em.createNamedQuery(ReportingPeriod.OF_PROGRAMME, ReportingPeriod.class).setParameter("programme", grant.getProgramme())
                .getResultStream().filter(p -> grant.covers(p.quarter()))
                .map(p -> {
                    Object[] report = reports.get(p.getId());
                    return new GrantView.Period(p.getId(), p.quarter().toString(), report == null ? null : SubmissionState.valueOf((String) report[1]),
                            report == null ? null : Money.of((BigDecimal) report[2], grant.currency()));
                }).toList();
    }

    static GrantView.Summary summary(Grant grant, Locale locale) {
        return new GrantView.Summary(grant.getId(), grant.getReference(), grant.getProgramme().getCode(), grant.getPartner().getCode(),
                grant.getPartner().nameIn(locale),
                grant.getStartsOn(), grant.getEndsOn(), grant.latestBudget().getTotal(), grant.getState());
    }
}
