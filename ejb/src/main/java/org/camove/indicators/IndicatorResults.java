package org.camove.indicators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camove.indicators.aggregation.AggregationEngine;
import org.camove.indicators.aggregation.Baseline;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.indicators.aggregation.IndicatorRules;
import org.camove.indicators.aggregation.PartnerId;
import org.camove.indicators.aggregation.Quarter;
import org.camove.indicators.aggregation.Scope;
import org.camove.indicators.aggregation.Targets;
import org.camove.logframe.Indicator;
import org.camove.security.Role;

/**
 * Computes an indicator's results for a scope from the values in the database. The values are streamed
 * partner by partner into the aggregation engine, so memory stays bounded whatever the programme's size:
 * three small queries (indicator, targets, categories) and one streamed query of values and cells.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER})
public class IndicatorResults {

    private static final String TARGETS_SQL =
            "SELECT partner_id, year, quarter, target FROM indicator_target WHERE indicator_id = ?";
    private static final String CATEGORIES_SQL =
            "SELECT c.code FROM indicator_category ic JOIN disaggregation_category c ON c.id = ic.category_id "
                    + "WHERE ic.indicator_id = ? ORDER BY ic.position";

    private final AggregationEngine engine = new AggregationEngine();

    @PersistenceContext
    private EntityManager em;

    public Optional<IndicatorResult> resultsFor(long indicatorId, Scope scope) {
        return Optional.ofNullable(em.find(Indicator.class, indicatorId)).map(indicator -> {
            IndicatorRules rules = rulesOf(indicator);
            try (Stream<ReportedValues.Row> rows = ReportedValues.rows(em, indicatorId, rules, scope)) {
                return engine.aggregate(rules, scope, ReportedValues.periodValues(rows.iterator(), rules));
            }
        });
    }

    private IndicatorRules rulesOf(Indicator indicator) {
        var rules = IndicatorRules.of(indicator.getMeasureType(), indicator.getTimeAggregation(),
                        indicator.getPartnerAggregation())
                .withLifeOfProgrammeTarget(indicator.getLifeOfProgrammeTarget())
                .withTargets(targetsOf(indicator.getId()));
        if (indicator.getBaseline() != null) {
            rules = rules.withBaseline(Baseline.of(indicator.getBaseline()));
        }
        @SuppressWarnings("unchecked")
        List<String> categories = em.createNativeQuery(CATEGORIES_SQL).setParameter(1, indicator.getId()).getResultList();
        return categories.isEmpty() ? rules : rules.disaggregatedBy(categories.toArray(String[]::new));
    }

    private Targets targetsOf(long indicatorId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(TARGETS_SQL).setParameter(1, indicatorId).getResultList();
        Map<Quarter, BigDecimal> programme = new TreeMap<>();
        Map<PartnerId, Map<Quarter, BigDecimal>> byPartner = new HashMap<>();
        for (Object[] row : rows) {
            Quarter quarter = Quarter.of(((Number) row[1]).intValue(), ((Number) row[2]).intValue());
            BigDecimal target = (BigDecimal) row[3];
            if (row[0] == null) {
                programme.put(quarter, target);
            } else {
                byPartner.computeIfAbsent(PartnerId.of(((Number) row[0]).longValue()), p -> new TreeMap<>())
                        .put(quarter, target);
            }
        }
        Targets targets = Targets.ofProgramme(programme);
        for (var partner : byPartner.entrySet()) {
            targets = targets.withPartner(partner.getKey(), partner.getValue());
        }
        return targets;
    }
}
