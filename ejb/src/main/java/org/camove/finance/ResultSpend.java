package org.camove.finance;

import static java.util.stream.Collectors.joining;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camove.grants.GrantAccess;
import org.camove.indicators.IndicatorResults;
import org.camove.indicators.ProgrammePartner;
import org.camove.indicators.ProgrammeResults;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.camove.money.Money;
import org.camove.security.Role;

/**
 * Cost per result: the spend of approved financial reports on the budget lines linked to each result, for the same
 * scope as a set of results (the dashboard's): the grants of the programme whose partner the results cover (a
 * partner officer's own organisation only, whatever they were handed) and the reports whose quarter is in the
 * results' range. Amounts are the reports' converted ones as stored, in each grant's currency, summed per currency;
 * a draft, submitted or returned report never counts. All results in one query, whatever the size of the logframe.
 * Each counted indicator's cost per unit divides each currency's spend on its result by what the partners who spent
 * it achieved: a partner paid from elsewhere adds units without spend, and would make a unit look cheap.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
public class ResultSpend {

    private static final String SPEND = "SELECT b.result_id, l.grant_currency, g.partner_id, SUM(l.converted_amount) "
            + "FROM financial_report r JOIN grant_award g ON g.id = r.grant_id "
            + "JOIN programme pr ON pr.id = g.programme_id "
            + "JOIN reporting_period p ON p.id = r.reporting_period_id "
            + "JOIN financial_report_line l ON l.financial_report_id = r.id "
            + "JOIN budget_line b ON b.id = l.budget_line_id "
            + "WHERE r.state = 'APPROVED' AND b.result_id IS NOT NULL AND pr.code = ?1 AND p.period_index BETWEEN ?2 AND ?3 "
            + "AND g.partner_id IN (%s) "
            + "GROUP BY b.result_id, l.grant_currency, g.partner_id ORDER BY b.result_id, l.grant_currency";

    private static final String INDICATORS = "SELECT id, result_id, measure_type, time_aggregation FROM indicator "
            + "WHERE result_id IN (%s) ORDER BY id";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private GrantAccess access;

    @EJB
    private IndicatorResults indicatorResults;

    /** The spend per result and currency within the scope of {@code results}; none when it covers no partner. */
    public SpendByResult of(ProgrammeResults results) {
        List<Long> partners = results.partners().stream().map(ProgrammePartner::id).toList();
        if (access.isPartnerOfficer()) {
            Optional<Long> own = access.ownOrganisation();
            partners = partners.stream().filter(id -> own.equals(Optional.of(id))).toList();
        }
        if (partners.isEmpty()) {
            return SpendByResult.NONE;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(String.format(SPEND, partners.stream().map(String::valueOf).collect(joining(","))))
                .setParameter(1, results.programmeCode())
                .setParameter(2, results.periods().from().periodIndex())
                .setParameter(3, results.periods().to().periodIndex())
                .getResultList();
        // summed per result and currency over the partners who spent it, kept apart
        Map<Long, Map<Currency, Money>> amounts = new LinkedHashMap<>();
        Map<Long, Map<Currency, Set<Long>>> spentBy = new HashMap<>();
        for (Object[] row : rows) {
            long result = ((Number) row[0]).longValue();
            Money amount = Money.of((BigDecimal) row[3], Currency.getInstance(row[1].toString().trim()));
            amounts.computeIfAbsent(result, id -> new LinkedHashMap<>()).merge(amount.currency(), amount, Money::plus);
            spentBy.computeIfAbsent(result, id -> new HashMap<>()).computeIfAbsent(amount.currency(), c -> new HashSet<>())
                    .add(((Number) row[2]).longValue());
        }
        Map<Long, List<SpendByResult.Spend>> spend = new LinkedHashMap<>();
        amounts.forEach((result, byCurrency) -> spend.put(result, byCurrency.values().stream()
                .map(amount -> new SpendByResult.Spend(amount, spentBy.get(result).get(amount.currency()))).toList()));
        return costPerUnit(results, new SpendByResult(spend));
    }

    /** The spend with its results' counted indicators' costs per unit: one computation of results per group of partners. */
    @SuppressWarnings("unchecked")
    private SpendByResult costPerUnit(ProgrammeResults results, SpendByResult spent) {
        if (spent.byResult().isEmpty()) {
            return spent;
        }
        List<Object[]> indicators = em.createNativeQuery(String.format(INDICATORS, spent.byResult().keySet().stream()
                .map(String::valueOf).collect(joining(",")))).getResultList();
        List<Long> ids = indicators.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Set<Long>, Map<Long, IndicatorResult>> achieved = new HashMap<>();
        Map<Long, List<Money>> costs = new HashMap<>();
        for (Object[] row : indicators) {
            long indicator = ((Number) row[0]).longValue();
            List<Money> cost = spent.costPerUnit(((Number) row[1]).longValue(), MeasureType.valueOf(row[2].toString()),
                    TimeAggregation.valueOf(row[3].toString()), partners -> {
                        IndicatorResult result = achieved.computeIfAbsent(partners, p -> indicatorResults.resultsOf(results, ids, p))
                                .get(indicator);
                        return result == null || result.totalToDate() == null ? null : result.totalToDate().value();
                    });
            if (!cost.isEmpty()) {
                costs.put(indicator, cost);
            }
        }
        return new SpendByResult(spent.byResult(), costs);
    }
}
