package org.camove.indicators;

import static java.util.stream.Collectors.joining;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camove.indicators.IndicatorReferenceSheet.Category;
import org.camove.indicators.IndicatorReferenceSheet.Option;
import org.camove.indicators.IndicatorReferenceSheet.ScoreScale;
import org.camove.indicators.IndicatorReferenceSheet.Target;
import org.camove.indicators.aggregation.Baseline;
import org.camove.indicators.aggregation.Quarter;
import org.camove.logframe.Indicator;
import org.camove.security.Role;
import org.camove.shared.LocalizedText;

/**
 * Reads indicators' reference sheets (their full definitions, for readers such as the API), one or a whole
 * programme's in four queries (indicators with their results, categories with options, targets,
 * responsible partners). Everyone who works on the programme
 * may read them; a partner officer sees the programme's targets and their own organisation's, never
 * another partner's.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
public class IndicatorReferenceSheets {

    private static final String INDICATORS = "SELECT i FROM Indicator i JOIN FETCH i.result r JOIN FETCH r.programme p ";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private IndicatorResults results;

    /** Empty when there is no such indicator. */
    public Optional<IndicatorReferenceSheet> definition(long indicatorId) {
        List<Indicator> found = em.createQuery(INDICATORS + "WHERE i.id = :id", Indicator.class)
                .setParameter("id", indicatorId).getResultList();
        return define(found).stream().findFirst();
    }

    /** Every indicator of the programme, in logframe order; empty when there is no such programme. */
    public List<IndicatorReferenceSheet> ofProgramme(String programmeCode) {
        List<Indicator> indicators = new ArrayList<>(em.createQuery(INDICATORS + "WHERE p.code = :code ORDER BY i.position",
                Indicator.class).setParameter("code", programmeCode).getResultList());
        Map<Long, Integer> order = resultsInLogframeOrder(programmeCode);
        indicators.sort(Comparator.comparing(i -> order.get(i.getResultId())));
        return define(indicators);
    }

    /** The codes of the programme's indicators by id, in logframe order, to label figures with. */
    public Map<Long, String> codesOf(String programmeCode) {
        List<Object[]> rows = new ArrayList<>(em.createQuery("SELECT i.id, i.code, i.resultId FROM Indicator i "
                + "WHERE i.result.programme.code = :code ORDER BY i.position", Object[].class)
                .setParameter("code", programmeCode).getResultList());
        Map<Long, Integer> order = resultsInLogframeOrder(programmeCode);
        rows.sort(Comparator.comparing(row -> order.get(id(row[2]))));
        Map<Long, String> codes = new LinkedHashMap<>();
        rows.forEach(row -> codes.put(id(row[0]), (String) row[1]));
        return codes;
    }

    /**
     * Each result's rank when the tree is read depth first, as the logframe shows it; an indicator's
     * position orders it only among its own result's indicators.
     */
    private Map<Long, Integer> resultsInLogframeOrder(String programmeCode) {
        Map<Long, List<Long>> children = new HashMap<>();
        List<Long> roots = new ArrayList<>();
        em.createQuery("SELECT r.id, r.parentId FROM Result r WHERE r.programme.code = :code ORDER BY r.position",
                Object[].class).setParameter("code", programmeCode).getResultStream().forEach(row -> {
                    if (row[1] == null) {
                        roots.add(id(row[0]));
                    } else {
                        children.computeIfAbsent(id(row[1]), parent -> new ArrayList<>()).add(id(row[0]));
                    }
                });
        Map<Long, Integer> rank = new HashMap<>();
        Deque<Long> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Long result = pending.pop();
            rank.put(result, rank.size());
            List<Long> below = children.getOrDefault(result, List.of());
            for (int i = below.size() - 1; i >= 0; i--) {
                pending.push(below.get(i));
            }
        }
        return rank;
    }

    private List<IndicatorReferenceSheet> define(List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        String programme = indicators.get(0).getResult().getProgramme().getCode();
        Set<String> visiblePartners = results.partners(programme).stream().map(ProgrammePartner::code)
                .collect(Collectors.toSet());
        String ids = indicators.stream().map(i -> i.getId().toString()).collect(joining(","));
        Map<Long, List<Category>> categories = categoriesOf(ids);
        Map<Long, List<Target>> targets = targetsOf(ids, visiblePartners);
        Map<Long, List<String>> responsible = new HashMap<>();
        for (Object[] row : rows("SELECT ip.indicator_id, o.code FROM indicator_partner ip "
                + "JOIN organisation o ON o.id = ip.organisation_id WHERE ip.indicator_id IN (" + ids + ") ORDER BY o.code")) {
            responsible.computeIfAbsent(id(row[0]), i -> new ArrayList<>()).add((String) row[1]);
        }
        return indicators.stream().map(i -> new IndicatorReferenceSheet(i.getId(), i.getVersion(), programme,
                i.getResult().getCode(), i.getCode(), i.getName(), i.getDefinition(), i.getUnit(), i.getMeasureType(),
                i.getTimeAggregation(), i.getPartnerAggregation(), i.getDirection(),
                i.getBaseline() == null ? null : new Baseline(i.getBaseline(), i.getBaselineDate(), i.getBaselineSource()),
                i.getLifeOfProgrammeTarget(), i.getMeansOfVerification(),
                i.getScoreMin() == null && i.getScoreMax() == null ? null
                        : new ScoreScale(i.getScoreMin(), i.getScoreMax(), i.getScoreScale()),
                categories.getOrDefault(i.getId(), List.of()), targets.getOrDefault(i.getId(), List.of()),
                responsible.getOrDefault(i.getId(), List.of()))).toList();
    }

    private Map<Long, List<Category>> categoriesOf(String ids) {
        // in cross-tab order, each category's options in their own order
        Map<Long, Map<String, LocalizedText>> names = new LinkedHashMap<>();
        Map<Long, Map<String, List<Option>>> options = new HashMap<>();
        for (Object[] row : rows("SELECT ic.indicator_id, c.code, c.name_en, c.name_ru, o.code, o.name_en, o.name_ru "
                + "FROM indicator_category ic JOIN disaggregation_category c ON c.id = ic.category_id "
                + "JOIN category_option o ON o.category_id = c.id "
                + "WHERE ic.indicator_id IN (" + ids + ") ORDER BY ic.indicator_id, ic.position, o.position")) {
            long indicator = id(row[0]);
            String category = (String) row[1];
            names.computeIfAbsent(indicator, i -> new LinkedHashMap<>())
                    .putIfAbsent(category, LocalizedText.of((String) row[2], (String) row[3]));
            options.computeIfAbsent(indicator, i -> new HashMap<>()).computeIfAbsent(category, c -> new ArrayList<>())
                    .add(new Option((String) row[4], LocalizedText.of((String) row[5], (String) row[6])));
        }
        Map<Long, List<Category>> categories = new HashMap<>();
        names.forEach((indicator, byCode) -> categories.put(indicator, byCode.entrySet().stream()
                .map(c -> new Category(c.getKey(), c.getValue(), options.get(indicator).get(c.getKey()))).toList()));
        return categories;
    }

    private Map<Long, List<Target>> targetsOf(String ids, Set<String> visiblePartners) {
        Map<Long, List<Target>> targets = new HashMap<>();
        for (Object[] row : rows("SELECT t.indicator_id, o.code, t.year, t.quarter, t.target FROM indicator_target t "
                + "LEFT JOIN organisation o ON o.id = t.partner_id WHERE t.indicator_id IN (" + ids + ") "
                + "ORDER BY t.indicator_id, o.code IS NOT NULL, o.code, t.year, t.quarter")) {
            String partner = (String) row[1];
            if (partner == null || visiblePartners.contains(partner)) {
                targets.computeIfAbsent(id(row[0]), i -> new ArrayList<>()).add(new Target(
                        Quarter.of(((Number) row[2]).intValue(), ((Number) row[3]).intValue()), partner, (BigDecimal) row[4]));
            }
        }
        return targets;
    }

    private static long id(Object column) {
        return ((Number) column).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
