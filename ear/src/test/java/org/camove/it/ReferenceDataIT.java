package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.camove.logframe.CategoryOverview;
import org.camove.logframe.DisaggregationCategories;
import org.camove.logframe.IndicatorDefinition;
import org.camove.logframe.IndicatorDefinitions;
import org.camove.logframe.IndicatorDraft;
import org.camove.logframe.LogframeLevel;
import org.camove.logframe.MeasureType;
import org.camove.logframe.Programme;
import org.camove.logframe.ReferenceEntry;
import org.camove.logframe.Result;
import org.camove.logframe.TimeAggregation;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;
import org.camove.shared.LocalizedText;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administrators keep the disaggregation categories through {@link DisaggregationCategories}, against the real
 * database: what is stored, refusals field by field in English and Russian, codes fixed once an indicator or a
 * value uses them, retired categories kept by the indicators that have them and offered to no other, a stale
 * save, and the roles that may not change reference data. Each test adds categories of its own (the demo's
 * stay as they are, other tests read them).
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataIT {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(ReferenceDataIT.class)
                .addClasses(AsNamedAdministrator.class, AsPartnerOfficer.class, IdentitiesForTests.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedAdministrator admin;

    @EJB
    private AsProgrammeManager manager;

    @EJB
    private AsPartnerOfficer partner;

    @EJB
    private DisaggregationCategories categories;

    @EJB
    private IndicatorDefinitions definitions;

    /** A code no other test uses: the categories are shared by every test of the run. */
    private String code;

    @BeforeEach
    void uniqueCode() {
        IdentitiesForTests.create(tx);
        code = "T" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    @Test
    void anAdministratorAddsACategoryWithOptions_renamesAndReordersThem() {
        long id = as(() -> categories.addCategory(new ReferenceEntry(" " + code.toLowerCase(Locale.ROOT) + " ", "Disability", "Инвалидность")));
        assertThat(category(id).code()).as("trimmed, in capitals").isEqualTo(code);
        assertThat(category(id).offered()).as("not offered without an option").isFalse();

        addOption(id, "NONE", "No disability", "Без инвалидности", null);
        addOption(id, "PHYSICAL", "Physical", "Физическая", null);
        addOption(id, "SENSORY", "Sensory", "Сенсорная", 2);
        assertThat(optionCodes(id)).containsExactly("NONE", "SENSORY", "PHYSICAL");

        var sensory = option(id, "SENSORY");
        as(() -> categories.reviseOption(id, category(id).version(), sensory.id(),
                new ReferenceEntry("SENSORY", "Sensory (sight, hearing)", "Сенсорная (зрение, слух)"), 3));
        assertThat(optionCodes(id)).containsExactly("NONE", "PHYSICAL", "SENSORY");
        assertThat(category(id).options()).extracting(CategoryOverview.Option::position).containsExactly(1, 2, 3);
        assertThat(option(id, "SENSORY").nameRu()).isEqualTo("Сенсорная (зрение, слух)");

        as(() -> categories.reviseCategory(id, category(id).version(), new ReferenceEntry(code, "Disability status", "Статус инвалидности")));
        assertThat(category(id).nameEn()).isEqualTo("Disability status");
        assertThat(category(id).offered()).isTrue();
        String changedBy = tx.call(em -> (String) em.createNativeQuery("SELECT changed_by FROM disaggregation_category WHERE id = ?1")
                .setParameter(1, id).getSingleResult());
        assertThat(changedBy).isEqualTo(IdentitiesForTests.ADMINISTRATOR);

        // unused, a code may still change, and an option or a category may go
        as(() -> categories.reviseOption(id, category(id).version(), option(id, "NONE").id(),
                new ReferenceEntry("NO", "No disability", "Без инвалидности"), null));
        as(() -> categories.deleteOption(id, category(id).version(), option(id, "PHYSICAL").id()));
        assertThat(optionCodes(id)).containsExactly("NO", "SENSORY");
        as(() -> categories.deleteCategory(id, category(id).version()));
        assertThat(as(() -> categories.overview())).extracting(CategoryOverview::code).doesNotContain(code);
    }

    @Test
    void badEntriesAreRefusedFieldByFieldInTheReadersLanguage() {
        var duplicate = refused(() -> categories.addCategory(new ReferenceEntry("sex", "Gender", "Гендер")));
        assertViolation(duplicate, "code", "Another category already has the code SEX.", "Код SEX уже есть у другой категории.");

        var blank = refused(() -> categories.addCategory(new ReferenceEntry(code, "", " ")));
        assertViolation(blank, "nameEn", "Write the name in English", "Укажите название по-английски");
        assertViolation(blank, "nameRu", "Write the name in Russian too", "Укажите название и по-русски");

        var form = refused(() -> categories.addCategory(new ReferenceEntry("AGE=1;X", "Odd", "Странный")));
        assertViolation(form, "code", "at most 20 characters: Latin capital letters", "заглавные латинские буквы");

        long id = category(code, "NONE", "No disability");
        var taken = refused(() -> categories.addOption(id, category(id).version(), new ReferenceEntry("none", "None", "Нет"), null));
        assertViolation(taken, "code", "Disability already has an option with the code NONE.",
                "В категории «Инвалидность» уже есть вариант с кодом NONE.");
        var noRussian = refused(() -> categories.addOption(id, category(id).version(), new ReferenceEntry("MENTAL", "Mental", ""), null));
        assertViolation(noRussian, "nameRu", "Write the name in Russian too", "Укажите название и по-русски");
        var place = refused(() -> categories.addOption(id, category(id).version(), new ReferenceEntry("MENTAL", "Mental", "Психическая"), 5));
        assertViolation(place, "position", "Choose a place from 1 to 2.", "Выберите место от 1 до 2.");
        assertThat(optionCodes(id)).as("nothing of the refused saves").containsExactly("NONE");
    }

    @Test
    void aCodeAnIndicatorUsesIsFixed_andWhatIsUsedIsNotDeleted() {
        long id = category(code, "NONE", "No disability");
        long result = result();
        long indicator = indicatorBrokenDownBy(result);
        long none = option(id, "NONE").id();

        var recode = refused(() -> categories.reviseOption(id, category(id).version(), none, new ReferenceEntry("NO", "None", "Нет"), null));
        assertViolation(recode, "code", "The code cannot change: one indicator breaks down by Disability",
                "Код нельзя изменить: по категории «Инвалидность» разбиты индикаторы (их число: 1)");
        var recodeCategory = refused(() -> categories.reviseCategory(id, category(id).version(), new ReferenceEntry(code + "X", "Disability", "Инвалидность")));
        assertViolation(recodeCategory, "code", "The code cannot change", "Код нельзя изменить");
        var deleteOption = refused(() -> categories.deleteOption(id, category(id).version(), none));
        assertViolation(deleteOption, null, "It cannot be deleted: one indicator breaks down by Disability. Retire it instead",
                "Удалить нельзя");
        assertThat(refused(() -> categories.deleteCategory(id, category(id).version()))).isNotNull();
        // renaming keeps the code, so it is allowed
        as(() -> categories.reviseOption(id, category(id).version(), none, new ReferenceEntry("NONE", "None reported", "Не указано"), null));
        assertThat(option(id, "NONE").nameEn()).isEqualTo("None reported");

        // a value that names the category is evidence too, even with no indicator breaking down by it any more
        tx.call(em -> em.createNativeQuery("DELETE FROM indicator_category WHERE indicator_id = ?1").setParameter(1, indicator).executeUpdate());
        cellNaming(indicator, code + "=NONE");
        var withValues = refused(() -> categories.deleteOption(id, category(id).version(), none));
        assertViolation(withValues, null, "It cannot be deleted: one reported value refers to it.",
                "Удалить нельзя: на это ссылаются представленные значения (их число: 1)");
        assertViolation(refused(() -> categories.reviseOption(id, category(id).version(), none, new ReferenceEntry("NO", "None", "Нет"), null)),
                "code", "one reported value refers to it", "ссылаются представленные значения");
        assertThat(refused(() -> categories.deleteCategory(id, category(id).version()))).isNotNull();
        // another option of the category is named by no value: it may go
        addOption(id, "OTHER", "Other", "Другая", null);
        as(() -> categories.deleteOption(id, category(id).version(), option(id, "OTHER").id()));
        assertThat(optionCodes(id)).containsExactly("NONE");
    }

    @Test
    void aRetiredCategoryIsOfferedToNoNewCrossTab_butAnIndicatorThatHasItKeepsIt() {
        long id = category(code, "NONE", "No disability");
        addOption(id, "SENSORY", "Sensory", "Сенсорная", null);
        long result = result();
        long indicator = indicatorBrokenDownBy(result);
        assertThat(offeredFor(result)).contains(code);

        as(() -> categories.retireOption(id, category(id).version(), option(id, "SENSORY").id()));
        var kept = categoryOfDraft(indicator);
        assertThat(kept.offered()).isTrue();
        assertThat(kept.options()).extracting(IndicatorDraft.Option::code, IndicatorDraft.Option::offered)
                .as("the indicator still shows its retired option").containsExactly(
                        tuple("NONE", true), tuple("SENSORY", false));
        assertThat(as(() -> categories.overview()).stream().filter(c -> c.id() == id).findFirst().orElseThrow().options())
                .extracting(CategoryOverview.Option::active).containsExactly(true, false);

        as(() -> categories.retireCategory(id, category(id).version()));
        assertThat(offeredFor(result)).doesNotContain(code).contains("SEX");
        assertThat(categoryOfDraft(indicator).offered()).isFalse();
        // a new indicator may not take it; the one that has it keeps it through a save
        var definition = number("New people");
        definition.setCategories(new ArrayList<>(List.of(code)));
        var refusal = catchThrowableOfType(InvalidInput.class, () -> manager.call(() -> definitions.create(result, definition)));
        assertViolation(refusal, "categories", "The category Disability is retired", "Категория «Инвалидность» выведена из употребления");
        var draft = manager.call(() -> definitions.draftOf(indicator, Locale.ENGLISH)).orElseThrow();
        var resaved = draft.definition();
        resaved.setNameEn("People, renamed");
        manager.call(() -> definitions.update(indicator, draft.version(), resaved));
        assertThat(manager.call(() -> definitions.draftOf(indicator, Locale.ENGLISH)).orElseThrow().definition().getCategories())
                .containsExactly(code);

        as(() -> categories.reinstateCategory(id, category(id).version()));
        assertThat(offeredFor(result)).contains(code);
        // with no active option left, a category is offered to nothing new
        as(() -> categories.retireOption(id, category(id).version(), option(id, "NONE").id()));
        assertThat(offeredFor(result)).doesNotContain(code);
        assertThat(category(id).offered()).isFalse();
    }

    @Test
    void aStaleSaveIsRefusedNamingWhoSavedFirst_andTheirSaveStays() {
        long id = category(code, "NONE", "No disability");
        long seen = category(id).version();
        long option = option(id, "NONE").id();

        as(() -> categories.reviseOption(id, seen, option, new ReferenceEntry("NONE", "None", "Нет"), null));
        var conflict = catchThrowableOfType(EditConflict.class, () -> as(() ->
                categories.addOption(id, seen, new ReferenceEntry("OTHER", "Other", "Другая"), null)));

        assertThat(conflict).as("a stale save is a conflict").isNotNull();
        assertThat(conflict.changedBy()).isEqualTo(IdentitiesForTests.ADMINISTRATOR_NAME);
        assertThat(conflict.message(Locale.ENGLISH)).startsWith("The disaggregation category Disability was changed by "
                + IdentitiesForTests.ADMINISTRATOR_NAME + " at ");
        assertThat(conflict.message(RU)).startsWith("Категория разбивки «Инвалидность»: изменения внёс(ла) " + IdentitiesForTests.ADMINISTRATOR_NAME);
        assertThat(optionCodes(id)).containsExactly("NONE");
        assertThat(option(id, "NONE").nameEn()).isEqualTo("None");
        assertThat(category(id).version()).isGreaterThan(seen);
    }

    @Test
    void programmeManagersAndPartnerOfficersMayNotChangeOrListReferenceData() {
        long id = category(code, "NONE", "No disability");
        long version = category(id).version();
        assertThatThrownBy(() -> manager.call(() -> categories.addCategory(new ReferenceEntry(code + "M", "Manager's", "Менеджера"))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> manager.call(() -> {
            categories.retireCategory(id, version);
            return null;
        })).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> partner.call(() -> categories.addOption(id, version, new ReferenceEntry("P", "Partner's", "Партнёра"), null)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> partner.call(() -> categories.overview())).isInstanceOf(EJBAccessException.class);
        assertThat(category(id).version()).as("nothing changed").isEqualTo(version);
        assertThat(category(id).active()).isTrue();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** A new category "Disability · Инвалидность" with one option; answers its id. */
    private long category(String categoryCode, String optionCode, String optionName) {
        long id = as(() -> categories.addCategory(new ReferenceEntry(categoryCode, "Disability", "Инвалидность")));
        addOption(id, optionCode, optionName, "Вариант " + optionCode, null);
        return id;
    }

    private void addOption(long categoryId, String optionCode, String en, String ru, Integer position) {
        as(() -> categories.addOption(categoryId, category(categoryId).version(), new ReferenceEntry(optionCode, en, ru), position));
    }

    private CategoryOverview category(long id) {
        return as(() -> categories.overview()).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    private CategoryOverview.Option option(long categoryId, String optionCode) {
        return category(categoryId).options().stream().filter(o -> o.code().equals(optionCode)).findFirst().orElseThrow();
    }

    private List<String> optionCodes(long categoryId) {
        return category(categoryId).options().stream().map(CategoryOverview.Option::code).toList();
    }

    /** The categories the indicator editor offers a new indicator of the result. */
    private List<String> offeredFor(long result) {
        return manager.call(() -> definitions.draftFor(result, Locale.ENGLISH)).orElseThrow().categories().stream()
                .map(IndicatorDraft.Category::code).toList();
    }

    private IndicatorDraft.Category categoryOfDraft(long indicator) {
        return manager.call(() -> definitions.draftOf(indicator, Locale.ENGLISH)).orElseThrow().categories().stream()
                .filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    /** The goal of a programme of its own, after the demo programme (pages open the first one). */
    private long result() {
        return tx.call(em -> {
            var programme = new Programme(code, LocalizedText.of("Reference data test", "Проверка справочников"),
                    LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31));
            em.persist(programme);
            em.persist(new LogframeLevel(programme, 1, LocalizedText.of("Goal", "Цель")));
            em.flush();
            var goal = Result.top(programme, "G", LocalizedText.of("Everyone is counted", "Учтён каждый"));
            em.persist(goal);
            em.flush();
            return goal.getId();
        });
    }

    /** A new indicator of the result, broken down by the test's category. */
    private long indicatorBrokenDownBy(long resultId) {
        var definition = number("People");
        definition.setCategories(new ArrayList<>(List.of(code)));
        return manager.call(() -> definitions.create(resultId, definition));
    }

    /** A reported value of the indicator with one cell, keyed as values are ('AGE=18-35;SEX=F'). */
    private void cellNaming(long indicator, String optionKey) {
        tx.call(em -> {
            em.createNativeQuery("INSERT INTO indicator_value (indicator_id, partner_id, year, quarter, approval_state, value) "
                    + "SELECT ?1, id, 2031, 1, 'PENDING', 3 FROM organisation WHERE code = 'KG-02'").setParameter(1, indicator).executeUpdate();
            return em.createNativeQuery("INSERT INTO indicator_value_cell (value_id, option_key, value) "
                    + "SELECT id, ?2, 3 FROM indicator_value WHERE indicator_id = ?1").setParameter(1, indicator)
                    .setParameter(2, optionKey).executeUpdate();
        });
    }

    private static IndicatorDefinition number(String name) {
        var definition = new IndicatorDefinition();
        definition.setNameEn(name);
        definition.setNameRu("Число: " + name);
        definition.setMeasureType(MeasureType.NUMBER);
        definition.setTimeAggregation(TimeAggregation.SUM);
        return definition;
    }

    private <T> T as(Supplier<T> work) {
        return admin.call(work);
    }

    private void as(Runnable work) {
        admin.call(() -> {
            work.run();
            return null;
        });
    }

    private InvalidInput refused(Runnable work) {
        var refusal = catchThrowableOfType(InvalidInput.class, () -> as(work));
        assertThat(refusal).as("refused").isNotNull();
        return refusal;
    }

    private InvalidInput refused(Supplier<?> work) {
        return refused(() -> {
            work.get();
        });
    }

    /** The refusal names the field and says, in English and in Russian, what is wrong. */
    private static void assertViolation(InvalidInput refusal, String field, String english, String russian) {
        assertThat(refusal).as("refused").isNotNull();
        var violation = refusal.violations().stream().filter(v -> Objects.equals(v.field(), field)).findFirst();
        assertThat(violation).as("a violation of " + field + " in " + refusal.violations()).isPresent();
        assertThat(violation.get().message(Locale.ENGLISH)).contains(english);
        assertThat(violation.get().message(RU)).contains(russian);
    }
}
