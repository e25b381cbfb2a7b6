package org.camove.grants;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camove.money.Money;
import org.camove.reporting.PeriodState;

/**
 * The grants list as the database pages it: the filter becomes one WHERE clause shared by the count and the page,
 * and the page's figures (totals, disbursed, next tranche, next due date) are read in one query each for the page's
 * grants, never one per grant.
 */
final class GrantListQuery {

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final Map<String, Object> parameters = new HashMap<>();

    /** {@code ownOrganisation} is a partner officer's organisation (only its grants), empty for lead-agency staff. */
    GrantListQuery(GrantFilter filter, Optional<Long> ownOrganisation) {
        ownOrganisation.ifPresent(own -> condition(" AND g.partner.id = :own", "own", own));
        if (present(filter.reference())) {
            condition(" AND LOWER(g.reference) LIKE :reference ESCAPE '!'", "reference", contains(filter.reference()));
        }
        if (present(filter.partner())) {
            condition(" AND (LOWER(g.partner.code) LIKE :partner ESCAPE '!' OR LOWER(g.partner.name.en) LIKE :partner ESCAPE '!'"
                    + " OR LOWER(g.partner.name.ru) LIKE :partner ESCAPE '!')", "partner", contains(filter.partner()));
        }
        if (present(filter.country())) {
            condition(" AND g.partner.country = :country", "country", filter.country().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.state() != null) {
            condition(" AND g.state = :state", "state", filter.state());
        }
        if (present(filter.currency())) {
            condition(" AND g.currency = :currency", "currency", filter.currency().strip().toUpperCase(Locale.ROOT));
        }
    }

    long count(EntityManager em) {
        return bound(em.createQuery("SELECT COUNT(g) FROM Grant g" + where, Long.class)).getSingleResult();
    }

    GrantListing page(EntityManager em, GrantFilter filter, int first, int size, LocalDate today, Locale locale) {
        long count = count(em);
        String order = (filter.sortBy() == null ? "g.reference" : GrantListing.SORTS.getOrDefault(filter.sortBy(), "g.reference")) + (filter.descending() ? " DESC" : " ASC");
        List<Grant> grants = bound(em.createQuery("SELECT g FROM Grant g JOIN FETCH g.partner JOIN FETCH g.programme" + where
                + " ORDER BY " + order + ", g.id", Grant.class)).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, size))
                .getResultList();
        if (grants.isEmpty()) {
            return new GrantListing(List.of(), count);
        }
        var ids = grants.stream().map(Grant::getId).toList();
        var totals = pairs(em.createQuery("SELECT v.grant.id, v.total.amount FROM BudgetVersion v WHERE v.grant.id IN :ids "
                + "AND v.number = (SELECT MAX(w.number) FROM BudgetVersion w WHERE w.grant = v.grant)", Object[].class)
                .setParameter("ids", ids).getResultList());
        var disbursed = pairs(em.createQuery("SELECT d.tranche.grant.id, SUM(d.grantAmount.amount) FROM Disbursement d "
                + "WHERE d.tranche.grant.id IN :ids GROUP BY d.tranche.grant.id", Object[].class).setParameter("ids", ids).getResultList());
        Map<Long, Tranche> nextTranche = new LinkedHashMap<>();
        em.createQuery("SELECT t FROM Tranche t WHERE t.grant.id IN :ids AND t.state = :planned ORDER BY t.plannedOn, t.id", Tranche.class)
                .setParameter("ids", ids).setParameter("planned", TrancheState.PLANNED).getResultStream()
                .forEach(t -> nextTranche.putIfAbsent(t.getGrant().getId(), t));
        Map<Long, Object> nextDue = pairs(em.createQuery("SELECT p.programme.id, MIN(p.dueOn) FROM ReportingPeriod p "
                + "WHERE p.programme.id IN :programmes AND p.dueOn >= :today AND p.state <> :locked GROUP BY p.programme.id", Object[].class)
                .setParameter("programmes", grants.stream().map(g -> g.getProgramme().getId()).distinct().toList())
                .setParameter("today", today).setParameter("locked", PeriodState.LOCKED).getResultList());
        List<GrantListing.Row> rows = new ArrayList<>();
        for (Grant g : grants) {
            var tranche = Optional.ofNullable(nextTranche.get(g.getId()));
            rows.add(new GrantListing.Row(g.getId(), g.getReference(), g.getProgramme().getCode(), g.getPartner().getCode(),
                    g.getPartner().nameIn(locale), g.getPartner().getCountry(), g.currency().getCurrencyCode(), g.getStartsOn(),
                    g.getEndsOn(), money(totals.get(g.getId()), g), g.getState(), money(disbursed.get(g.getId()), g),
                    tranche.map(Tranche::getPlannedOn).orElse(null), tranche.map(Tranche::amount).orElse(null),
                    (LocalDate) nextDue.get(g.getProgramme().getId())));
        }
        return new GrantListing(rows, count);
    }

    private void condition(String clause, String name, Object value) {
        where.append(clause);
        parameters.put(name, value);
    }

    private <T> TypedQuery<T> bound(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static Map<Long, Object> pairs(List<Object[]> rows) {
        Map<Long, Object> map = new HashMap<>();
        rows.forEach(r -> map.put(((Number) r[0]).longValue(), r[1]));
        return map;
    }

    private static Money money(Object amount, Grant grant) {
        return Money.of(amount == null ? BigDecimal.ZERO : (BigDecimal) amount, grant.currency());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** A LIKE pattern for "contains", case-insensitive, with the wildcards typed taken literally. */
    private static String contains(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
