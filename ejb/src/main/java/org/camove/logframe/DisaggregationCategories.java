package org.camove.logframe;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camove.security.Role;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;
import org.camove.shared.LastChange;

/**
 * Administrators keep the disaggregation categories and their options: add, rename, reorder, retire and
 * reinstate them, and delete what nothing uses yet. The rules live on {@link DisaggregationCategory}; this
 * service reads what they are checked against (other codes, indicators and values that use one) and saves.
 * Indicators read the categories through {@link IndicatorDefinitions}, which offers only the active ones.
 * <p>
 * Every change names a category and begins by locking its row, so changes to one category are made one after
 * the other; it hands back the category's version its author saw, and a newer one refuses it with an
 * {@link EditConflict} naming who saved in between.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DisaggregationCategories {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    /** Every category with its options, retired ones too, in order: two queries. */
    public List<CategoryOverview> overview() {
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("SELECT category_id, COUNT(*) FROM indicator_category GROUP BY category_id")
                .getResultList();
        Map<Long, Long> indicators = counts.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(),
                row -> ((Number) row[1]).longValue()));
        return em.createNamedQuery(DisaggregationCategory.ALL, DisaggregationCategory.class).getResultStream()
                .map(c -> CategoryOverview.of(c, indicators.getOrDefault(c.getId(), 0L))).toList();
    }

    // ---- categories --------------------------------------------------------------------------------

    /** Adds a category after the others; it is offered for cross-tabs once it has an option. Answers its id. */
    public long addCategory(ReferenceEntry entry) {
        int position = em.createQuery("SELECT COALESCE(MAX(c.position), 0) FROM DisaggregationCategory c", Integer.class)
                .getSingleResult() + 1;
        var category = DisaggregationCategory.define(entry, position, codesBesides(null));
        category.changedBy(change());
        em.persist(category);
        flush(category);
        return category.getId();
    }

    /** Renames the category; its code changes too while no indicator or value uses it. */
    public void reviseCategory(long categoryId, long seenVersion, ReferenceEntry entry) {
        var category = seen(categoryId, seenVersion);
        category.revise(entry, codesBesides(category), () -> usage(category, null));
        saved(category);
    }

    public void retireCategory(long categoryId, long seenVersion) {
        var category = seen(categoryId, seenVersion);
        category.activate(false);
        saved(category);
    }

    public void reinstateCategory(long categoryId, long seenVersion) {
        var category = seen(categoryId, seenVersion);
        category.activate(true);
        saved(category);
    }

    /** Deletes a category, with its options, that no indicator and no value uses; one that is used is retired instead. */
    public void deleteCategory(long categoryId, long seenVersion) {
        var category = seen(categoryId, seenVersion);
        refuseIfUsed(category, null);
        em.remove(category);
        flush(category);
    }

    // ---- options -----------------------------------------------------------------------------------

    /** Adds an option at {@code position} (1 is first, null last); answers its id. */
    public long addOption(long categoryId, long seenVersion, ReferenceEntry entry, Integer position) {
        var category = seen(categoryId, seenVersion);
        var option = category.addOption(entry, position);
        saved(category);
        return option.getId();
    }

    /** Renames the option and moves it to {@code position} (null: where it is); its code changes only while unused. */
    public void reviseOption(long categoryId, long seenVersion, long optionId, ReferenceEntry entry, Integer position) {
        var category = seen(categoryId, seenVersion);
        var option = option(category, optionId);
        category.reviseOption(option, entry, position, () -> usage(category, option));
        saved(category);
    }

    public void retireOption(long categoryId, long seenVersion, long optionId) {
        var category = seen(categoryId, seenVersion);
        option(category, optionId).activate(false);
        saved(category);
    }

    public void reinstateOption(long categoryId, long seenVersion, long optionId) {
        var category = seen(categoryId, seenVersion);
        option(category, optionId).activate(true);
        saved(category);
    }

    /** Deletes an option of a category that no indicator and no value uses; one that is used is retired instead. */
    public void deleteOption(long categoryId, long seenVersion, long optionId) {
        var category = seen(categoryId, seenVersion);
        var option = option(category, optionId);
        refuseIfUsed(category, option);
        category.removeOption(option);
        saved(category);
    }

    // ---- reading, locking, saving ------------------------------------------------------------------

    /** The category, its row locked for this transaction, if it is still as its editor saw it. */
    private DisaggregationCategory seen(long categoryId, long seenVersion) {
        var category = Optional.ofNullable(em.find(DisaggregationCategory.class, categoryId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> InvalidInput.of(null, "referenceData.category.gone"));
        if (category.getVersion() != seenVersion) {
            throw EditConflict.against(em, "conflict.category", category.getName(), category.getLastChange());
        }
        return category;
    }

    private static CategoryOption option(DisaggregationCategory category, long optionId) {
        return category.option(optionId).orElseThrow(() -> InvalidInput.of(null, "referenceData.option.gone"));
    }

    private Set<String> codesBesides(DisaggregationCategory category) {
        return new HashSet<>(em.createQuery("SELECT c.code FROM DisaggregationCategory c WHERE c.id <> :self", String.class)
                .setParameter("self", category == null ? -1L : category.getId()).getResultList());
    }

    /**
     * How the category (option null) or the option is used. Values are counted only when no indicator breaks
     * down by the category: that is rare, and the count reads every cell ('AGE=18-35;SEX=F' names AGE and 18-35).
     */
    private Usage usage(DisaggregationCategory category, CategoryOption option) {
        long indicators = count("SELECT COUNT(*) FROM indicator_category WHERE category_id = ?1", category.getId());
        if (indicators > 0) {
            return new Usage(indicators, 0);
        }
        String named = ";" + category.getCode() + "=" + (option == null ? "" : option.getCode() + ";");
        return new Usage(0, count("SELECT COUNT(DISTINCT value_id) FROM indicator_value_cell "
                + "WHERE INSTR(CONCAT(';', option_key, ';'), ?1) > 0", named));
    }

    private void refuseIfUsed(DisaggregationCategory category, CategoryOption option) {
        usage(category, option).refusal(null, "delete", category.getName()).ifPresent(refusal -> {
            throw new InvalidInput(List.of(refusal));
        });
    }

    private long count(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    /** Records who changed the category and moves its version, also when only its options changed. */
    private void saved(DisaggregationCategory category) {
        category.changedBy(change());
        em.lock(category, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush(category);
    }

    private void flush(DisaggregationCategory category) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("conflict.category", List.of(category.getName()), null, null);
        }
    }

    private LastChange change() {
        return LastChange.now(caller.getCallerPrincipal().getName());
    }
}
