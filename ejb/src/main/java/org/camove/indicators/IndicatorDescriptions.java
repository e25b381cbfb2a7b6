package org.camove.indicators;

import static java.util.stream.Collectors.joining;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camove.logframe.Indicator;
import org.camove.security.Role;
import org.camove.shared.LocalizedText;

/**
 * Describes one indicator for the pages that show its results: definition and disaggregation categories,
 * in two queries. Definitions hold no partner's data, so everyone working on the programme may read them.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
public class IndicatorDescriptions {

    private static final String CATEGORIES = "SELECT ic.indicator_id, c.code, c.name_en, c.name_ru, o.code, o.name_en, o.name_ru "
            + "FROM indicator_category ic JOIN disaggregation_category c ON c.id = ic.category_id "
            + "JOIN category_option o ON o.category_id = c.id "
            + "WHERE ic.indicator_id IN (%s) ORDER BY ic.indicator_id, ic.position, o.position";

    @PersistenceContext
    private EntityManager em;

    /** Empty when there is no such indicator. */
    public Optional<IndicatorDescription> describe(long indicatorId, Locale locale) {
        return Optional.ofNullable(em.find(Indicator.class, indicatorId)).map(indicator -> describe(indicator, locale));
    }

    /** The indicator as the caller read it. */
    public IndicatorDescription describe(Indicator indicator, Locale locale) {
        var programme = indicator.getResult().getProgramme();
        return new IndicatorDescription(indicator.getId(), programme.getCode(), programme.getStartDate(),
                programme.getEndDate(), indicator.getCode(), indicator.getName().in(locale),
                indicator.getUnit() == null ? "" : indicator.getUnit().in(locale), indicator.getMeasureType(),
                indicator.getTimeAggregation(), categories(List.of(indicator.getId()), locale).getOrDefault(indicator.getId(), List.of()));
    }

    /** The categories of these indicators' cross-tabs, in cross-tab order, in one query; none for an indicator without. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<IndicatorDescription.Category>> categories(Collection<Long> indicatorIds, Locale locale) {
        if (indicatorIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, String>> names = new LinkedHashMap<>();
        Map<Long, Map<String, List<IndicatorDescription.Option>>> options = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(CATEGORIES.formatted(
                indicatorIds.stream().map(Object::toString).collect(joining(",")))).getResultList()) {
            long indicator = ((Number) row[0]).longValue();
            String category = (String) row[1];
            names.computeIfAbsent(indicator, i -> new LinkedHashMap<>())
                    .putIfAbsent(category, LocalizedText.of((String) row[2], (String) row[3]).in(locale));
            options.computeIfAbsent(indicator, i -> new LinkedHashMap<>()).computeIfAbsent(category, c -> new ArrayList<>())
                    .add(new IndicatorDescription.Option((String) row[4], LocalizedText.of((String) row[5], (String) row[6]).in(locale)));
        }
        Map<Long, List<IndicatorDescription.Category>> categories = new HashMap<>();
        names.forEach((indicator, byCode) -> byCode.forEach((code, name) -> categories
                .computeIfAbsent(indicator, i -> new ArrayList<>())
                .add(new IndicatorDescription.Category(code, name, options.get(indicator).get(code)))));
        return categories;
    }
}
