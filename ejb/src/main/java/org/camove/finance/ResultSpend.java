package org.camove.finance;

import static java.util.stream.Collectors.joining;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camove.grants.GrantAccess;
import org.camove.indicators.ProgrammePartner;
import org.camove.indicators.ProgrammeResults;
import org.camove.money.Money;
import org.camove.security.Role;

/**
 * Cost per result: the spend of approved financial reports on the budget lines linked to each result, for the same
 * scope as a set of results (the dashboard's): the grants of the programme whose partner the results cover (a
 * partner officer's own organisation only, whatever they were handed) and the reports whose quarter is in the
 * results' range. Amounts are the reports' converted ones as stored, in each grant's currency, summed per currency;
 * a draft, submitted or returned report never counts. All results in one query, whatever the size of the logframe.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
public class ResultSpend {

    private static final String SPEND = "SELECT b.result_id, l.grant_currency, SUM(l.converted_amount) "
            + "FROM financial_report r JOIN grant_award g ON g.id = r.grant_id "
            + "JOIN programme pr ON pr.id = g.programme_id "
            + "JOIN reporting_period p ON p.id = r.reporting_period_id "
            + "JOIN financial_report_line l ON l.financial_report_id = r.id "
            + "JOIN budget_line b ON b.id = l.budget_line_id "
            + "WHERE r.state = 'APPROVED' AND b.result_id IS NOT NULL AND pr.code = ?1 AND p.period_index BETWEEN ?2 AND ?3 "
            + "AND g.partner_id IN (%s) "
            + "GROUP BY b.result_id, l.grant_currency ORDER BY b.result_id, l.grant_currency";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private GrantAccess access;

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
        Map<Long, List<Money>> spend = new LinkedHashMap<>();
        for (Object[] row : rows) {
            spend.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(Money.of((BigDecimal) row[2], Currency.getInstance(row[1].toString().trim())));
        }
        return new SpendByResult(spend);
    }
}
