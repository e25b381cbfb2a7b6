package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.camove.indicators.ReportedValueChanges;
import org.camove.indicators.aggregation.Direction;
import org.camove.indicators.aggregation.PartnerAggregation;
import org.camove.logframe.IndicatorDefinition;
import org.camove.logframe.IndicatorDefinitions;
import org.camove.logframe.IndicatorDraft;
import org.camove.logframe.LogframeLevel;
import org.camove.logframe.MeasureType;
import org.camove.logframe.Programme;
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
 * Programme managers define indicators through {@link IndicatorDefinitions}, against the real database:
 * what is stored, every refusal with its field and its message in English and Russian, two managers saving
 * the same indicator, and the roles that may not define indicators at all.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorDefinitionsIT {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(IndicatorDefinitionsIT.class)
                .addClasses(AsFinanceReviewer.class, AsPartnerOfficer.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsProgrammeManager asManager;

    @EJB
    private AsFinanceReviewer asFinance;

    @EJB
    private AsPartnerOfficer asPartner;

    @EJB
    private IndicatorDefinitions definitions;

    /** A programme of 2026 (2026-Q1..2026-Q4) with partners KG-02 and TJ-01 and one goal, G. */
    private long goal;

    @BeforeEach
    void programme() {
        String code = "IND-" + System.nanoTime();
        goal = tx.call(em -> {
            var programme = new Programme(code, LocalizedText.of("Indicator editing test", "Проверка индикаторов"),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            em.persist(programme);
            em.persist(new LogframeLevel(programme, 1, LocalizedText.of("Goal", "Цель")));
            em.flush();
            for (String partner : List.of("KG-02", "TJ-01")) {
                em.createNativeQuery("INSERT INTO programme_participant (programme_id, organisation_id) VALUES (?1, ?2)")
                        .setParameter(1, programme.getId()).setParameter(2, organisationId(em, partner)).executeUpdate();
            }
            var result = Result.top(programme, "G", LocalizedText.of("Migrants reach services", "Мигранты получают услуги"));
            em.persist(result);
            em.flush();
            return result.getId();
        });
    }

    @Test
    void aManagerCreatesAPercentageWithCrossTabTargetsAndPartners_andReadsItBackAsStored() {
        var definition = percentage("Share of migrants registered");
        definition.setCategories(new ArrayList<>(List.of("SEX", "AGE")));
        definition.setResponsiblePartners(new ArrayList<>(List.of("TJ-01", "KG-02")));
        definition.setBaseline(new BigDecimal("20"));
        definition.setBaselineDate(LocalDate.of(2025, 11, 1));
        definition.setBaselineSource("Household survey 2025");
        definition.setLifeOfProgrammeTarget(new BigDecimal("45"));
        definition.setProgrammeTargets(targets("2026-Q1", "25", "2026-Q4", "45"));
        definition.setPartnerTargets(new TreeMap<>(Map.of("KG-02", targets("2026-Q2", "30.5"))));

        long id = create(definition);

        var stored = draftOf(id).definition();
        assertThat(stored.getCode()).as("the result's code and the first letter").isEqualTo("G.a");
        assertThat(stored.getNameEn()).isEqualTo("Share of migrants registered");
        assertThat(stored.getNameRu()).isEqualTo("Доля: Share of migrants registered");
        assertThat(stored.getMeasureType()).isEqualTo(MeasureType.PERCENTAGE);
        assertThat(stored.getPartnerAggregation()).isEqualTo(PartnerAggregation.POOLED);
        assertThat(stored.getCategories()).containsExactly("SEX", "AGE");
        assertThat(stored.getResponsiblePartners()).containsExactly("KG-02", "TJ-01");
        assertThat(stored.getBaselineDate()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(stored.getProgrammeTargets()).containsOnlyKeys("2026-Q1", "2026-Q4");
        assertThat(stored.getProgrammeTargets().get("2026-Q4")).isEqualByComparingTo("45");
        assertThat(stored.getPartnerTargets().get("KG-02").get("2026-Q2")).isEqualByComparingTo("30.5");
        // the rows as the aggregation engine reads them
        @SuppressWarnings("unchecked")
        List<Object> crossTab = tx.call(em -> em.createNativeQuery("SELECT c.code FROM indicator_category ic "
                + "JOIN disaggregation_category c ON c.id = ic.category_id WHERE ic.indicator_id = ?1 ORDER BY ic.position")
                .setParameter(1, id).getResultList());
        assertThat(crossTab).containsExactly("SEX", "AGE");
        int programmeTargets = tx.call(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM indicator_target "
                + "WHERE indicator_id = ?1 AND partner_id IS NULL").setParameter(1, id).getSingleResult()).intValue());
        assertThat(programmeTargets).isEqualTo(2);

        assertThat(draftOf(create(number("People reached"))).definition().getCode()).isEqualTo("G.b");
        var draft = asManager.call(() -> definitions.draftFor(goal, Locale.ENGLISH)).orElseThrow();
        assertThat(draft.quarters()).hasSize(4);
        assertThat(draft.partners()).extracting(IndicatorDraft.Choice::code).containsExactly("KG-02", "TJ-01");
        assertThat(draft.categories()).extracting(IndicatorDraft.Category::code).contains("SEX", "AGE", "MIGRANT_TYPE");
    }

    @Test
    void anUpdateReordersTheCrossTabAndReplacesTargetsInPlace() {
        var definition = number("Legal consultations");
        definition.setCategories(new ArrayList<>(List.of("SEX", "AGE")));
        definition.setProgrammeTargets(targets("2026-Q1", "100", "2026-Q2", "200"));
        long id = create(definition);
        value(id, "KG-02", "2026-Q1", "AGE=18-35;SEX=F");

        var draft = draftOf(id);
        var changed = draft.definition();
        changed.setCategories(new ArrayList<>(List.of("AGE", "SEX", "REGISTRATION")));
        changed.setProgrammeTargets(targets("2026-Q2", "250", "2026-Q3", "300"));
        long version = asManager.call(() -> definitions.update(id, draft.version(), changed));

        var stored = draftOf(id);
        assertThat(stored.version()).isEqualTo(version).isGreaterThan(draft.version());
        assertThat(stored.definition().getCategories()).containsExactly("AGE", "SEX", "REGISTRATION");
        assertThat(stored.definition().getProgrammeTargets()).containsOnlyKeys("2026-Q2", "2026-Q3");
        assertThat(stored.definition().getProgrammeTargets().get("2026-Q2")).isEqualByComparingTo("250");
    }

    @Test
    void anIndicatorWithoutValuesIsDeleted_oneWithValuesIsRefusedSayingHowMany() {
        long unused = create(number("Unused"));
        asManager.call(() -> {
            definitions.delete(unused, draftOf(unused).version());
            return null;
        });
        assertThat(asManager.call(() -> definitions.draftOf(unused, Locale.ENGLISH))).isEmpty();

        long reported = create(number("Reported"));
        value(reported, "KG-02", "2026-Q1", null);
        value(reported, "TJ-01", "2026-Q1", null);
        var refusal = refused(() -> definitions.delete(reported, draftOf(reported).version()));
        assertViolation(refusal, null, "cannot be deleted: 2 values were reported", "нельзя удалить", "2");
        assertThat(asManager.call(() -> definitions.draftOf(reported, Locale.ENGLISH))).isPresent();
    }

    @Test
    void aMissingEnglishNameIsRefused() {
        var definition = number(null);
        definition.setNameRu("Только по-русски");
        assertViolation(refusedCreate(definition), "nameEn", "name in English", "на английском", null);
    }

    @Test
    void aPercentageSummedOrAveragedAcrossPartnersIsRefused_andPooledIsOnlyForPercentages() {
        for (PartnerAggregation rule : List.of(PartnerAggregation.SUM, PartnerAggregation.AVERAGE, PartnerAggregation.MAX)) {
            var definition = percentage("Share");
            definition.setPartnerAggregation(rule);
            assertViolation(refusedCreate(definition), "partnerAggregation", "never summed, averaged", "никогда не суммируются", null);
        }
        var number = number("People");
        number.setPartnerAggregation(PartnerAggregation.POOLED);
        assertViolation(refusedCreate(number), "partnerAggregation", "Only a percentage is pooled", "только доли", null);
    }

    @Test
    void disaggregatingAMilestoneOrAQualitativeAnswerIsRefused() {
        for (MeasureType measure : List.of(MeasureType.YES_NO, MeasureType.QUALITATIVE)) {
            var definition = number("Law adopted");
            definition.setMeasureType(measure);
            definition.setCategories(new ArrayList<>(List.of("SEX")));
            assertViolation(refusedCreate(definition), "categories", "do not add up", "не складываются", null);
        }
    }

    @Test
    void aScoreScaleMustRiseAndBelongsToQualitativeIndicatorsOnly() {
        var reversed = number("Agreement stage");
        reversed.setMeasureType(MeasureType.QUALITATIVE);
        reversed.setScoreMin(new BigDecimal("4"));
        reversed.setScoreMax(new BigDecimal("4"));
        assertViolation(refusedCreate(reversed), "scoreMax", "lowest score (4) must be below the highest (4)",
                "Наименьшая оценка (4)", null);

        var onANumber = number("People");
        onANumber.setScoreMin(BigDecimal.ZERO);
        onANumber.setScoreMax(BigDecimal.TEN);
        assertViolation(refusedCreate(onANumber), "scoreMin", "Only a qualitative indicator", "только у качественного", null);

        var sound = number("Agreement stage");
        sound.setMeasureType(MeasureType.QUALITATIVE);
        sound.setScoreMin(BigDecimal.ZERO);
        sound.setScoreMax(new BigDecimal("4"));
        sound.setScoreLevelsEn("0 none; 4 signed");
        assertThat(draftOf(create(sound)).definition().getScoreMax()).isEqualByComparingTo("4");
    }

    @Test
    void aTargetOutsideTheProgrammeIsRefused() {
        var definition = number("People");
        definition.setProgrammeTargets(targets("2026-Q4", "10", "2027-Q1", "20"));
        assertViolation(refusedCreate(definition), "programmeTargets", "runs from 2026-Q1 to 2026-Q4; 2027-Q1 is outside",
                "длится с 2026-Q1 по 2026-Q4; 2027-Q1", null);
    }

    @Test
    void aNegativeTargetForANumberIsRefused() {
        var definition = number("People");
        definition.setPartnerTargets(new TreeMap<>(Map.of("KG-02", targets("2026-Q1", "-5"))));
        assertViolation(refusedCreate(definition), "partnerTargets", "cannot be negative (-5)", "не может быть отрицательным", null);
    }

    @Test
    void aTargetOrResponsibilityForAnOrganisationOutsideTheProgrammeIsRefused() {
        var definition = number("People");
        definition.setPartnerTargets(new TreeMap<>(Map.of("KZ-03", targets("2026-Q1", "5"))));
        definition.setResponsiblePartners(new ArrayList<>(List.of("KZ-03")));
        var refusal = refusedCreate(definition);
        assertViolation(refusal, "partnerTargets", "KZ-03 is not a partner of this programme, so it cannot have a target",
                "KZ-03 не является партнёром", null);
        assertViolation(refusal, "responsiblePartners", "KZ-03 is not a partner of this programme.", "KZ-03 не является", null);
    }

    @Test
    void removingACategoryThatHasValuesIsRefusedSayingHowMany_reorderingIsNot() {
        var definition = number("Registrations");
        definition.setCategories(new ArrayList<>(List.of("SEX", "AGE")));
        long id = create(definition);
        value(id, "KG-02", "2026-Q1", "AGE=18-35;SEX=F");
        value(id, "KG-02", "2026-Q2", "AGE=60+;SEX=M");
        value(id, "TJ-01", "2026-Q1", "AGE=0-17;SEX=F");

        var draft = draftOf(id);
        var withoutAge = draft.definition();
        withoutAge.setCategories(new ArrayList<>(List.of("SEX")));
        var refusal = refused(() -> definitions.update(id, draft.version(), withoutAge));
        assertViolation(refusal, "categories", "The category Age group cannot be removed: 3 reported values",
                "Категорию «Возрастная группа» нельзя убрать", "3");
        assertThat(draftOf(id).definition().getCategories()).as("nothing changed").containsExactly("SEX", "AGE");
    }

    @Test
    void theMeasureTypeCannotChangeOnceValuesExist() {
        long id = create(number("People"));
        value(id, "KG-02", "2026-Q1", null);
        var draft = draftOf(id);
        var changed = draft.definition();
        changed.setMeasureType(MeasureType.PERCENTAGE);
        changed.setPartnerAggregation(PartnerAggregation.POOLED);
        assertViolation(refused(() -> definitions.update(id, draft.version(), changed)), "measureType",
                "measure type cannot change: one value was", "Тип измерения нельзя изменить", null);
        assertThat(refused(() -> definitions.update(id, draft.version(), changed)).violations().get(0).message(RUSSIAN))
                .endsWith("(их число: 1).");
    }

    @Test
    void anIndicatorThatShouldDecreaseNeedsABaseline() {
        var definition = percentage("Share of migrants without registration");
        definition.setDirection(Direction.DECREASE);
        assertViolation(refusedCreate(definition), "baseline", "should decrease needs a baseline", "должен снижаться", null);
    }

    @Test
    void aCodeIsUniqueAmongTheResultsIndicators() {
        var first = number("People");
        first.setCode("G.x");
        create(first);
        var second = number("More people");
        second.setCode("G.x");
        assertViolation(refusedCreate(second), "code", "already has the code G.x", "уже есть код G.x", null);
    }

    @Test
    void theSecondOfTwoManagersSavingTheSameIndicatorGetsAConflict_andTheFirstSaveIsKept() {
        long id = create(number("People reached"));
        IndicatorDraft first = draftOf(id);
        IndicatorDraft second = draftOf(id);

        var firstEdit = first.definition();
        firstEdit.setNameEn("People reached with legal aid");
        firstEdit.setProgrammeTargets(targets("2026-Q1", "50"));
        asManager.call(() -> definitions.update(id, first.version(), firstEdit));

        var secondEdit = second.definition();
        secondEdit.setProgrammeTargets(targets("2026-Q1", "70"));
        String code = second.definition().getCode();
        var conflict = conflicting(() -> definitions.update(id, second.version(), secondEdit));
        assertThat(conflict.message(Locale.ENGLISH)).startsWith("Indicator " + code + " was changed by someone else");
        assertThat(conflict.message(RUSSIAN)).startsWith("Индикатор " + code + ": изменения внёс другой пользователь");

        var stored = draftOf(id).definition();
        assertThat(stored.getNameEn()).isEqualTo("People reached with legal aid");
        assertThat(stored.getProgrammeTargets().get("2026-Q1")).isEqualByComparingTo("50");

        // a change to the targets alone moves the version too, so a stale copy cannot overwrite them
        IndicatorDraft third = draftOf(id);
        var targetsOnly = third.definition();
        targetsOnly.setProgrammeTargets(targets("2026-Q1", "55"));
        asManager.call(() -> definitions.update(id, third.version(), targetsOnly));
        assertThat(conflicting(() -> definitions.update(id, third.version(), third.definition()))).isNotNull();
        assertThat(draftOf(id).definition().getProgrammeTargets().get("2026-Q1")).isEqualByComparingTo("55");
    }

    @Test
    void onlyAdministratorsAndProgrammeManagersDefineIndicators() {
        long id = create(number("People"));
        assertThatThrownBy(() -> definitions.create(goal, number("Anonymous"))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asFinance.call(() -> definitions.create(goal, number("Finance"))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asPartner.call(() -> definitions.update(id, 0, number("Partner"))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asPartner.call(() -> definitions.draftOf(id, Locale.ENGLISH)))
                .isInstanceOf(EJBAccessException.class);
        assertThat(draftOf(id).definition().getNameEn()).isEqualTo("People");
    }

    private static IndicatorDefinition number(String name) {
        var definition = new IndicatorDefinition();
        definition.setNameEn(name);
        definition.setNameRu(name == null ? null : "Число: " + name);
        definition.setMeasureType(MeasureType.NUMBER);
        definition.setTimeAggregation(TimeAggregation.SUM);
        definition.setPartnerAggregation(PartnerAggregation.SUM);
        definition.setUnitEn("people");
        definition.setUnitRu("человек");
        return definition;
    }

    private static IndicatorDefinition percentage(String name) {
        var definition = number(name);
        definition.setNameRu("Доля: " + name);
        definition.setMeasureType(MeasureType.PERCENTAGE);
        definition.setTimeAggregation(TimeAggregation.LATEST);
        definition.setPartnerAggregation(PartnerAggregation.POOLED);
        definition.setUnitEn("%");
        definition.setUnitRu("%");
        return definition;
    }

    private static Map<String, BigDecimal> targets(String... quarterAndTarget) {
        Map<String, BigDecimal> targets = new TreeMap<>();
        for (int i = 0; i < quarterAndTarget.length; i += 2) {
            targets.put(quarterAndTarget[i], new BigDecimal(quarterAndTarget[i + 1]));
        }
        return targets;
    }

    private long create(IndicatorDefinition definition) {
        return asManager.call(() -> definitions.create(goal, definition));
    }

    private EditConflict conflicting(Runnable work) {
        return catchThrowableOfType(EditConflict.class, () -> asManager.call(() -> {
            work.run();
            return null;
        }));
    }

    private IndicatorDraft draftOf(long id) {
        return asManager.call(() -> definitions.draftOf(id, Locale.ENGLISH)).orElseThrow();
    }

    private InvalidInput refusedCreate(IndicatorDefinition definition) {
        return refused(() -> definitions.create(goal, definition));
    }

    private InvalidInput refused(Runnable work) {
        return catchThrowableOfType(InvalidInput.class, () -> asManager.call(() -> {
            work.run();
            return null;
        }));
    }

    /** The refusal names the field and says, in English and in Russian, what is wrong. */
    private static void assertViolation(InvalidInput refusal, String field, String english, String russian, String both) {
        assertThat(refusal).as("refused").isNotNull();
        var violation = refusal.violations().stream().filter(v -> java.util.Objects.equals(v.field(), field))
                .findFirst().orElseThrow(() -> new AssertionError("no violation of " + field + " in " + refusal.violations()));
        assertThat(violation.message(Locale.ENGLISH)).contains(english);
        assertThat(violation.message(RUSSIAN)).contains(russian);
        if (both != null) {
            assertThat(violation.message(Locale.ENGLISH)).contains(both);
            assertThat(violation.message(RUSSIAN)).contains(both);
        }
    }

    /** A reported value of a number, with one cell when a breakdown key is given. */
    private void value(long indicator, String partner, String quarter, String optionKey) {
        String[] yearAndQuarter = quarter.split("-Q");
        tx.call(em -> {
            em.createNativeQuery("INSERT INTO indicator_value (indicator_id, partner_id, year, quarter, approval_state, value) "
                    + "VALUES (?1, ?2, ?3, ?4, 'APPROVED', 7)").setParameter(1, indicator)
                    .setParameter(2, organisationId(em, partner)).setParameter(3, Integer.parseInt(yearAndQuarter[0]))
                    .setParameter(4, Integer.parseInt(yearAndQuarter[1])).executeUpdate();
            if (optionKey != null) {
                em.createNativeQuery("INSERT INTO indicator_value_cell (value_id, option_key, value) "
                        + "VALUES (LAST_INSERT_ID(), ?1, 7)").setParameter(1, optionKey).executeUpdate();
            }
            ReportedValueChanges.record(em, List.of(indicator));
            return null;
        });
    }

    private static long organisationId(EntityManager em, String code) {
        return em.createQuery("SELECT o.id FROM Organisation o WHERE o.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }
}
