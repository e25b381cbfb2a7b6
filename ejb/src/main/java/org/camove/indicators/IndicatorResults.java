package org.camove.indicators;

import static java.util.stream.Collectors.joining;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camove.indicators.aggregation.AggregationEngine;
import org.camove.indicators.aggregation.Baseline;
import org.camove.indicators.aggregation.IndicatorAggregation;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.indicators.aggregation.IndicatorRules;
import org.camove.indicators.aggregation.PartnerId;
import org.camove.indicators.aggregation.PeriodRange;
import org.camove.indicators.aggregation.Quarter;
import org.camove.indicators.aggregation.Scope;
import org.camove.indicators.aggregation.Targets;
import org.camove.logframe.Indicator;
import org.camove.logframe.Programme;
import org.camove.security.Role;

/**
 * Computes indicators' results for a scope from the values in the database, for one indicator or a whole
 * programme in the same four queries: indicators, targets, categories, and one streamed query of values and
 * cells ordered indicator by indicator, partner by partner, so memory stays bounded whatever the size.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER})
public class IndicatorResults {

    private final AggregationEngine engine = new AggregationEngine();

    @PersistenceContext
    private EntityManager em;

    public Optional<IndicatorResult> resultsFor(long indicatorId, Scope scope) {
        return Optional.ofNullable(em.find(Indicator.class, indicatorId))
                .map(indicator -> compute(List.of(indicator), scope).get(indicatorId));
    }

    /** Every indicator of the programme, in logframe order; empty when there is no such programme. */
    public Map<Long, IndicatorResult> resultsForProgramme(String programmeCode, Scope scope) {
        List<Indicator> indicators = em.createQuery(
                        "SELECT i FROM Indicator i JOIN i.result r WHERE r.programme.code = :code ORDER BY i.position",
                        Indicator.class)
                .setParameter("code", programmeCode).getResultList();
        return indicators.isEmpty() ? Map.of() : compute(indicators, scope);
    }

    /**
     * Official figures (approved values only) of every indicator of the programme, from its start to the last
     * quarter with approved values (never past today or the programme's end): a quarter still being reported
     * would otherwise count its targets before its values.
     */
    public Map<Long, IndicatorResult> officialResultsToDate(String programmeCode, LocalDate today) {
        return em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", programmeCode)
                .getResultStream().findFirst()
                .map(programme -> resultsForProgramme(programmeCode, Scope.programme(toDate(programme, today))))
                .orElse(Map.of());
    }

    private PeriodRange toDate(Programme programme, LocalDate today) {
        Quarter start = Quarter.containing(programme.getStartDate());
        Quarter end = Quarter.containing(programme.getEndDate());
        Quarter now = Quarter.containing(today);
        Quarter last = latestApprovedQuarter(programme.getCode()).filter(q -> !q.isAfter(now)).orElse(now);
        return PeriodRange.of(start, last.isBefore(start) ? start : last.isAfter(end) ? end : last);
    }

    private Optional<Quarter> latestApprovedQuarter(String programmeCode) {
        Object latest = em.createNativeQuery("SELECT MAX(v.period_index) FROM indicator_value v "
                        + "JOIN indicator i ON i.id = v.indicator_id JOIN result r ON r.id = i.result_id "
                        + "JOIN programme p ON p.id = r.programme_id "
                        + "WHERE p.code = ?1 AND v.approval_state = 'APPROVED'")
                .setParameter(1, programmeCode).getSingleResult();
        return Optional.ofNullable((Number) latest)
                .map(index -> Quarter.ofPeriodIndex(index.intValue()));
    }

    private Map<Long, IndicatorResult> compute(List<Indicator> indicators, Scope scope) {
        String ids = indicators.stream().map(i -> i.getId().toString()).collect(joining(","));
        Map<Long, IndicatorRules> rules = rulesOf(indicators, ids);
        Map<Long, IndicatorAggregation> running = new LinkedHashMap<>();
        rules.forEach((id, indicatorRules) -> running.put(id, engine.start(indicatorRules, scope)));
        try (Stream<ReportedValues.Row> rows = ReportedValues.rows(em, ids, scope)) {
            ReportedValues.periodValues(rows.iterator(), rules)
                    .forEachRemaining(value -> running.get(value.indicatorId()).accept(value.value()));
        }
        Map<Long, IndicatorResult> results = new LinkedHashMap<>();
        running.forEach((id, aggregation) -> results.put(id, aggregation.result()));
        return results;
    }

    private Map<Long, IndicatorRules> rulesOf(List<Indicator> indicators, String ids) {
        Map<Long, Targets> targets = targetsOf(ids);
        Map<Long, List<String>> categories = new HashMap<>();
        for (Object[] row : rows("SELECT ic.indicator_id, c.code FROM indicator_category ic "
                + "JOIN disaggregation_category c ON c.id = ic.category_id "
                + "WHERE ic.indicator_id IN (" + ids + ") ORDER BY ic.indicator_id, ic.position")) {
            categories.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add((String) row[1]);
        }
        Map<Long, IndicatorRules> rules = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            var indicatorRules = IndicatorRules.of(indicator.getMeasureType(), indicator.getTimeAggregation(),
                            indicator.getPartnerAggregation())
                    .withLifeOfProgrammeTarget(indicator.getLifeOfProgrammeTarget())
                    .withTargets(targets.getOrDefault(indicator.getId(), Targets.none()));
            if (indicator.getBaseline() != null) {
                indicatorRules = indicatorRules.withBaseline(Baseline.of(indicator.getBaseline()));
            }
            List<String> byCategories = categories.getOrDefault(indicator.getId(), List.of());
            if (!byCategories.isEmpty()) {
                indicatorRules = indicatorRules.disaggregatedBy(byCategories.toArray(String[]::new));
            }
            rules.put(indicator.getId(), indicatorRules);
        }
        return rules;
    }

    private Map<Long, Targets> targetsOf(String ids) {
        Map<Long, Map<Quarter, BigDecimal>> programme = new HashMap<>();
        Map<Long, Map<PartnerId, Map<Quarter, BigDecimal>>> byPartner = new HashMap<>();
        for (Object[] row : rows("SELECT indicator_id, partner_id, year, quarter, target FROM indicator_target "
                + "WHERE indicator_id IN (" + ids + ")")) {
            long indicator = ((Number) row[0]).longValue();
            Quarter quarter = Quarter.of(((Number) row[2]).intValue(), ((Number) row[3]).intValue());
            BigDecimal target = (BigDecimal) row[4];
            if (row[1] == null) {
                programme.computeIfAbsent(indicator, i -> new TreeMap<>()).put(quarter, target);
            } else {
                byPartner.computeIfAbsent(indicator, i -> new HashMap<>())
                        .computeIfAbsent(PartnerId.of(((Number) row[1]).longValue()), p -> new TreeMap<>())
                        .put(quarter, target);
            }
        }
        Map<Long, Targets> targets = new HashMap<>();
        programme.forEach((indicator, perQuarter) -> targets.put(indicator, Targets.ofProgramme(perQuarter)));
        byPartner.forEach((indicator, partners) -> partners.forEach((partner, perQuarter) ->
                targets.merge(indicator, Targets.none().withPartner(partner, perQuarter),
                        (existing, added) -> existing.withPartner(partner, perQuarter))));
        return targets;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
