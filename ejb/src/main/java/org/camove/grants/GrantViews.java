package org.camove.grants;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.camove.money.Money;
import org.camove.reporting.ReportingPeriod;

/** Builds the {@link GrantView}s the services hand out, so that no page reaches into the entities. */
final class GrantViews {

    private GrantViews() {
    }

    static GrantView of(Grant grant, List<Disbursement> disbursements, EntityManager em, Locale locale) {
        var budgets = grant.getBudgetVersions().stream().map(v -> new GrantView.Budget(v.getNumber(), v.getEffectiveFrom(),
                v.getReason(), v.getTotal(), v.getLines().stream().map(l -> new GrantView.Line(l.getPosition(), l.getCategory(),
                        l.getDescription(), l.getUnit(), l.getQuantity(), l.unitCost(), l.amount())).toList(),
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
        return new GrantView(grant.getId(), grant.getReference(), grant.getPartner().getCode(), grant.getPartner().nameIn(locale),
                grant.getProgramme().getCode(), grant.getStartsOn(), grant.getEndsOn(), grant.currency().getCurrencyCode(),
                grant.getRatePolicy(), grant.getVarianceThreshold(), grant.getState(), grant.getVersion(), budgets, shareRows,
                tranches, paid, received, periods(grant, em));
    }

    /** The programme's quarters that overlap the grant's dates. */
    private static List<GrantView.Period> periods(Grant grant, EntityManager em) {
        return em.createNamedQuery(ReportingPeriod.OF_PROGRAMME, ReportingPeriod.class).setParameter("programme", grant.getProgramme())
                .getResultStream().filter(p -> !p.quarter().lastDay().isBefore(grant.getStartsOn())
                        && !p.quarter().firstDay().isAfter(grant.getEndsOn()))
                .map(p -> new GrantView.Period(p.getId(), p.quarter().toString())).toList();
    }

    static GrantView.Summary summary(Grant grant, Locale locale) {
        return new GrantView.Summary(grant.getId(), grant.getReference(), grant.getProgramme().getCode(), grant.getPartner().getCode(),
                grant.getPartner().nameIn(locale),
                grant.getStartsOn(), grant.getEndsOn(), grant.latestBudget().getTotal(), grant.getState());
    }
}
