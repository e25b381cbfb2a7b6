package org.camove.indicators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
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

    private static final String CATEGORIES = "SELECT c.code, c.name_en, c.name_ru, o.code, o.name_en, o.name_ru "
            + "FROM indicator_category ic JOIN disaggregation_category c ON c.id = ic.category_id "
            + "JOIN category_option o ON o.category_id = c.id "
            + "WHERE ic.indicator_id = ?1 ORDER BY ic.position, o.position";

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
                indicator.getTimeAggregation(), categories(indicator.getId(), locale));
    }

    @SuppressWarnings("unchecked")
    private List<IndicatorDescription.Category> categories(long indicatorId, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<IndicatorDescription.Option>> options = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(CATEGORIES).setParameter(1, indicatorId).getResultList()) {
            String category = (String) row[0];
            names.putIfAbsent(category, LocalizedText.of((String) row[1], (String) row[2]).in(locale));
            options.computeIfAbsent(category, c -> new ArrayList<>()).add(new IndicatorDescription.Option(
                    (String) row[3], LocalizedText.of((String) row[4], (String) row[5]).in(locale)));
        }
        List<IndicatorDescription.Category> categories = new ArrayList<>();
        names.forEach((code, name) -> categories.add(new IndicatorDescription.Category(code, name, options.get(code))));
        return categories;
    }
}
