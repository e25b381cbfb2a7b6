package org.camove.logframe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camove.indicators.aggregation.PeriodRange;
import org.camove.indicators.aggregation.Quarter;
import org.camove.organisations.Organisation;
import org.camove.security.Role;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;

/**
 * Programme managers define indicators: create, update and delete them with their full definition. The
 * rules live on {@link IndicatorDefinition} and {@link Indicator}; this service reads what they are checked
 * against and stores the outcome. A save names the version it was read at: a save based on a stale copy is
 * refused with a conflict and nothing of it is kept, so the other manager's save is never overwritten.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER})
public class IndicatorDefinitions {

    private static final String PARTNERS = "SELECT o.* FROM organisation o "
            + "JOIN programme_participant pp ON pp.organisation_id = o.id "
            + "WHERE pp.programme_id = ?1 AND o.kind = 'PARTNER' ORDER BY o.country, o.code";

    @PersistenceContext
    private EntityManager em;

    /** A blank definition for a new indicator of the result; empty when there is no such result. */
    public Optional<IndicatorDraft> draftFor(long resultId, Locale locale) {
        return Optional.ofNullable(em.find(Result.class, resultId)).map(result -> {
            var blank = new IndicatorDefinition();
            blank.setCode(Indicator.nextCode(result, siblingCodes(result, null)));
            return draft(result, null, blank, locale);
        });
    }

    /** The indicator's definition as stored, to edit; empty when there is no such indicator. */
    public Optional<IndicatorDraft> draftOf(long indicatorId, Locale locale) {
        return Optional.ofNullable(em.find(Indicator.class, indicatorId))
                .map(indicator -> draft(indicator.getResult(), indicator, indicator.definition(), locale));
    }

    /**
     * Adds an indicator to the result, after its other indicators.
     *
     * @return the new indicator's id
     * @throws InvalidInput when the definition breaks a rule, or the result no longer exists
     */
    public long create(long resultId, IndicatorDefinition definition) {
        Result result = Optional.ofNullable(em.find(Result.class, resultId))
                .orElseThrow(() -> InvalidInput.of(null, "indicator.result.gone"));
        int position = em.createQuery("SELECT COALESCE(MAX(i.position), 0) FROM Indicator i WHERE i.result = :result",
                Integer.class).setParameter("result", result).getSingleResult() + 1;
        Indicator indicator = Indicator.define(result, position, definition, setting(result, null));
        em.persist(indicator);
        em.flush();
        return indicator.getId();
    }

    /**
     * Replaces the indicator's definition with this one.
     *
     * @param version the version the definition was read at ({@link IndicatorDraft#version()})
     * @return the indicator's new version
     * @throws InvalidInput when the definition breaks a rule
     * @throws EditConflict when another save came first
     */
    public long update(long indicatorId, long version, IndicatorDefinition definition) {
        Indicator indicator = current(indicatorId, version);
        indicator.redefine(definition, setting(indicator.getResult(), indicator));
        // targets and categories are rows of their own: the indicator's version must move with them too
        em.lock(indicator, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw conflict(indicator);
        }
        return indicator.getVersion();
    }

    /**
     * Deletes an indicator for which nothing was reported, with its targets, categories and partners.
     *
     * @throws InvalidInput when values were reported for it
     * @throws EditConflict when it changed since it was read
     */
    public void delete(long indicatorId, long version) {
        Indicator indicator = current(indicatorId, version);
        long values = valuesOf(indicator);
        if (values > 0) {
            throw InvalidInput.of(null, "indicator.delete.hasValues", values);
        }
        em.remove(indicator);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw conflict(indicator);
        }
    }

    private Indicator current(long indicatorId, long version) {
        Indicator indicator = Optional.ofNullable(em.find(Indicator.class, indicatorId))
                .orElseThrow(() -> InvalidInput.of(null, "indicator.gone"));
        if (indicator.getVersion() != version) {
            throw conflict(indicator);
        }
        return indicator;
    }

    private static EditConflict conflict(Indicator indicator) {
        return new EditConflict("conflict.indicator", List.of(indicator.getCode()), null, null);
    }

    private IndicatorSetting setting(Result result, Indicator indicator) {
        Programme programme = result.getProgramme();
        PeriodRange quarters = PeriodRange.of(Quarter.containing(programme.getStartDate()),
                Quarter.containing(programme.getEndDate()));
        Set<String> siblings = siblingCodes(result, indicator);
        Map<String, DisaggregationCategory> categories = em.createNamedQuery(DisaggregationCategory.ALL,
                        DisaggregationCategory.class).getResultStream()
                .collect(Collectors.toMap(DisaggregationCategory::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        long values = indicator == null ? 0 : valuesOf(indicator);
        return new IndicatorSetting(quarters, partnersOf(programme), categories, siblings, values,
                category -> values == 0 ? 0 : valuesBrokenDownBy(indicator, category));
    }

    private Set<String> siblingCodes(Result result, Indicator indicator) {
        return new HashSet<>(em.createQuery(
                        "SELECT i.code FROM Indicator i WHERE i.result = :result AND i.id <> :self", String.class)
                .setParameter("result", result).setParameter("self", indicator == null ? -1L : indicator.getId())
                .getResultList());
    }

    private Map<String, Organisation> partnersOf(Programme programme) {
        @SuppressWarnings("unchecked")
        List<Organisation> partners = em.createNativeQuery(PARTNERS, Organisation.class)
                .setParameter(1, programme.getId()).getResultList();
        return partners.stream().collect(Collectors.toMap(Organisation::getCode, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    private long valuesOf(Indicator indicator) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM indicator_value WHERE indicator_id = ?1")
                .setParameter(1, indicator.getId()).getSingleResult()).longValue();
    }

    /** Values with a cell of the category: option keys read like 'AGE=18-35;SEX=F'. */
    private long valuesBrokenDownBy(Indicator indicator, String category) {
        return ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT c.value_id) FROM indicator_value_cell c "
                        + "JOIN indicator_value v ON v.id = c.value_id WHERE v.indicator_id = ?1 "
                        + "AND INSTR(CONCAT(';', c.option_key), CONCAT(';', ?2, '=')) > 0")
                .setParameter(1, indicator.getId()).setParameter(2, category).getSingleResult()).longValue();
    }

    /** The category as the editor shows it: its active options, and its retired ones too where the indicator has it. */
    private static IndicatorDraft.Category categoryChoice(DisaggregationCategory category, boolean used, Locale locale) {
        return new IndicatorDraft.Category(category.getCode(), category.getName().in(locale), category.isOffered(),
                category.getOptions().stream().filter(o -> o.isActive() || used)
                        .map(o -> new IndicatorDraft.Option(o.getCode(), o.getName().in(locale), o.isActive())).toList());
    }

    private IndicatorDraft draft(Result result, Indicator indicator, IndicatorDefinition definition, Locale locale) {
        Programme programme = result.getProgramme();
        List<Quarter> quarters = PeriodRange.of(Quarter.containing(programme.getStartDate()),
                Quarter.containing(programme.getEndDate())).quarters();
        List<IndicatorDraft.Choice> partners = partnersOf(programme).values().stream()
                .map(o -> new IndicatorDraft.Choice(o.getCode(), o.getCode() + " " + o.nameIn(locale))).toList();
        List<String> used = definition.categories();
        List<IndicatorDraft.Category> categories = em.createNamedQuery(DisaggregationCategory.ALL, DisaggregationCategory.class)
                .getResultStream().filter(c -> c.isOffered() || used.contains(c.getCode()))
                .map(c -> categoryChoice(c, used.contains(c.getCode()), locale)).toList();
        return new IndicatorDraft(indicator == null ? null : indicator.getId(), indicator == null ? 0 : indicator.getVersion(),
                result.getId(), result.getCode(), result.getStatement().in(locale), programme.getCode(), quarters,
                partners, categories, definition);
    }
}
