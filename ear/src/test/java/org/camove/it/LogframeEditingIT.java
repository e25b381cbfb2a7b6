package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camove.indicators.ReportedValueChanges;
import org.camove.logframe.Indicator;
import org.camove.logframe.LogframeEditing;
import org.camove.logframe.LogframeLevel;
import org.camove.logframe.MeasureType;
import org.camove.logframe.Programme;
import org.camove.logframe.Result;
import org.camove.logframe.ResultText;
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

/** Logframe editing against the real database: codes after every change, refusals, conflicts and roles. */
@ExtendWith(ArquillianExtension.class)
class LogframeEditingIT {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(LogframeEditingIT.class)
                .addClasses(AsNamedManager.class, AsNamedAdministrator.class, AsFinanceReviewer.class, IdentitiesForTests.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedManager manager;

    @EJB
    private AsNamedAdministrator admin;

    @EJB
    private AsFinanceReviewer finance;

    @EJB
    private LogframeEditing editing;

    private String programme;

    /** A programme of its own per test, with the four demo levels and no results yet. */
    @BeforeEach
    void newProgramme() {
        IdentitiesForTests.create(tx);
        programme = "EDIT-" + System.nanoTime();
        tx.call(em -> {
            var p = new Programme(programme, LocalizedText.of("Editing test", "Проверка правки"),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
            em.persist(p);
            List.of("Goal", "Outcome", "Output", "Activity").forEach(name ->
                    em.persist(new LogframeLevel(p, List.of("Goal", "Outcome", "Output", "Activity").indexOf(name) + 1,
                            LocalizedText.of(name, null))));
            return null;
        });
    }

    @Test
    void codesFollowTheTreeThroughAddsMovesAndDeletesWithIndicatorsAlong() {
        long goal = add(null, "goal");
        long one = add(goal, "outcome A");
        long two = add(goal, "outcome B");
        long a1 = add(one, "output A1");
        long a2 = add(one, "output A2");
        long b1 = add(two, "output B1");
        long a1x = add(a1, "activity A1x");
        indicator(one, 1);
        indicator(one, 2);
        long deepIndicator = indicator(a1x, 1);
        indicator(a2, 1);
        assertThat(codes()).isEqualTo(Map.of("G", "goal", "1", "outcome A", "2", "outcome B",
                "1.1", "output A1", "1.2", "output A2", "2.1", "output B1", "1.1.1", "activity A1x"));

        as(manager, () -> editing.moveResult(programme, a1, version(a1), two));
        assertThat(codes()).containsEntry("1.1", "output A2").containsEntry("2.1", "output B1")
                .containsEntry("2.2", "output A1").containsEntry("2.2.1", "activity A1x").hasSize(7);
        assertThat(indicatorCodes()).containsExactlyInAnyOrder("1.a", "1.b", "2.2.1.a", "1.1.a");
        assertThat(depthOf(a1x)).isEqualTo(4);

        as(manager, () -> editing.moveUp(programme, two, version(two)));
        assertThat(codes()).containsEntry("1", "outcome B").containsEntry("1.2", "output A1")
                .containsEntry("1.2.1", "activity A1x").containsEntry("2", "outcome A").containsEntry("2.1", "output A2");
        assertThat(indicatorCodes()).containsExactlyInAnyOrder("2.a", "2.b", "1.2.1.a", "2.1.a");

        // a target and a category go with their indicator; the sibling after the deleted result closes the gap
        target(deepIndicator);
        as(manager, () -> editing.deleteResult(programme, b1, version(b1)));
        assertThat(codes()).containsEntry("1.1", "output A1").containsEntry("1.1.1", "activity A1x").hasSize(6);
        as(manager, () -> editing.deleteResult(programme, a1, version(a1)));
        assertThat(codes()).containsOnlyKeys("G", "1", "2", "2.1");
        assertThat(count("SELECT COUNT(*) FROM indicator_target WHERE indicator_id = " + deepIndicator)).isZero();
        assertThat(count("SELECT COUNT(*) FROM indicator WHERE id = " + deepIndicator)).isZero();
        assertThat(count("SELECT COUNT(*) FROM indicator_category WHERE indicator_id = " + deepIndicator)).isZero();
    }

    @Test
    void aResultWithReportedValuesBelowItIsNotDeletedAndTheMessageNamesTheIndicators() {
        long goal = add(null, "goal");
        long outcome = add(goal, "outcome");
        long output = add(outcome, "output");
        long reported = indicator(output, 1);
        indicator(output, 2);
        value(reported, "2026", 1);
        value(reported, "2026", 2);

        var refused = refused(() -> editing.deleteResult(programme, outcome, version(outcome)));
        assertThat(refused.message(Locale.ENGLISH)).isEqualTo("1 cannot be deleted: partners have reported values for its "
                + "indicators 1.1.a (2), 2 values in all. Reported values are evidence that donors audit; move the result "
                + "instead, or have the values removed first.");
        assertThat(refused.message(RU)).startsWith("1 нельзя удалить: партнёры представили значения по его индикаторам 1.1.a (2), всего значений: 2.");
        assertThat(codes()).containsOnlyKeys("G", "1", "1.1");

        // the demo programme: what the message must say, counted here straight from the values table
        long demoOutcome = tx.call(em -> em.createQuery("SELECT r.id FROM Result r WHERE r.programme.code = 'CAOTM' AND r.code = '1'",
                Long.class).getSingleResult());
        List<Object[]> perIndicator = tx.call(em -> em.createNativeQuery("SELECT i.code, COUNT(*) FROM indicator_value v "
                + "JOIN indicator i ON i.id = v.indicator_id JOIN result r ON r.id = i.result_id JOIN programme p ON p.id = r.programme_id "
                + "WHERE p.code = 'CAOTM' AND (r.code = '1' OR r.code LIKE '1.%') GROUP BY i.code ORDER BY i.code").getResultList());
        assertThat(perIndicator).isNotEmpty();
        String which = perIndicator.stream().map(row -> row[0] + " (" + row[1] + ")").collect(Collectors.joining(", "));
        long total = perIndicator.stream().mapToLong(row -> ((Number) row[1]).longValue()).sum();
        var demoRefusal = refused(() -> editing.deleteResult("CAOTM", demoOutcome,
                tx.call(em -> em.find(Result.class, demoOutcome).getVersion())));
        assertThat(demoRefusal.message(Locale.ENGLISH)).isEqualTo("1 cannot be deleted: partners have reported values for its "
                + "indicators " + which + ", " + String.format(Locale.ENGLISH, "%,d", total) + " values in all. Reported values are "
                + "evidence that donors audit; move the result instead, or have the values removed first.");
    }

    @Test
    void movesThatBreakTheTreeAndTextsThatBreakTheRulesAreRefusedFieldByField() {
        long goal = add(null, "goal");
        long outcome = add(goal, "outcome");
        long output = add(outcome, "output");
        long activity = add(output, "activity");
        long other = add(goal, "other outcome");
        long otherOutput = add(other, "other output");

        var underItself = refused(() -> editing.moveResult(programme, outcome, version(outcome), activity));
        assertThat(underItself.field()).isEqualTo("parent");
        assertThat(underItself.message(Locale.ENGLISH)).isEqualTo("1 cannot be moved under 1.1.1: that is 1 itself or one of the results under it.");
        assertThat(underItself.message(RU)).isEqualTo("1 нельзя переместить под 1.1.1: это сам 1 или один из результатов под ним.");
        assertThat(refused(() -> editing.moveResult(programme, output, version(output), otherOutput)).message(Locale.ENGLISH))
                .isEqualTo("1.1 cannot be moved under 2.1: with the results under it, it would reach level 5, and this logframe has 4 levels.");
        assertThat(refused(() -> editing.addResult(programme, activity, ResultText.statement("too deep", null))).key())
                .isEqualTo("logframe.parentAtDeepestLevel");
        assertThat(editingAs(manager, () -> editing.moveTargets(programme, output, Locale.ENGLISH)))
                .as("only results with room for the output and its activity").extracting(c -> c.code()).containsExactly("G", "2");

        var blank = catchThrowableOfType(InvalidInput.class, () -> as(manager, () ->
                editing.editResult(programme, outcome, version(outcome), new ResultText(" ", "Итог", null, "Допущение", null, "x".repeat(4001)))));
        assertThat(blank.violations()).extracting(InvalidInput.Violation::field).containsExactly("statementEn", "assumptionsEn", "risksEn", "risksRu");
        assertThat(blank.violations().get(0).message(Locale.ENGLISH)).isEqualTo("Write the statement in English: it is what donors read and audit.");
        assertThat(blank.violations().get(0).message(RU)).isEqualTo("Напишите формулировку по-английски: именно её читают и проверяют доноры.");
        assertThat(blank.violations().get(2).message(Locale.ENGLISH)).isEqualTo("Write it in English too: the English text is what donors read.");
        assertThat(blank.violations().get(3).message(Locale.ENGLISH)).isEqualTo("At most 4,000 characters, please; this text has 4,001.");
        assertThat(codes()).containsEntry("1", "outcome");
    }

    @Test
    void levelsAndThresholdsAreCheckedAndKept() {
        long goal = add(null, "goal");
        add(goal, "outcome");
        var settings = editingAs(manager, () -> editing.settings(programme, Locale.ENGLISH).orElseThrow());
        assertThat(settings.levels()).extracting(l -> l.nameEn() + ":" + l.results())
                .containsExactly("Goal:1", "Outcome:1", "Output:0", "Activity:0");

        var amberAbove = catchThrowableOfType(InvalidInput.class, () -> as(manager, () ->
                editing.setThresholds(programme, settings.version(), new BigDecimal("60"), new BigDecimal("75.5"))));
        assertThat(amberAbove.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("amber");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("The amber threshold (75.5 %) cannot be above the green one (60 %).");
            assertThat(v.message(RU)).isEqualTo("Жёлтый порог (75,5 %) не может быть выше зелёного (60 %).");
        });
        var outOfRange = catchThrowableOfType(InvalidInput.class, () -> as(manager, () ->
                editing.setThresholds(programme, settings.version(), new BigDecimal("1000.1"), null)));
        assertThat(outOfRange.violations()).extracting(InvalidInput.Violation::field).containsExactly("green", "amber");

        as(manager, () -> editing.setThresholds(programme, settings.version(), new BigDecimal("85"), new BigDecimal("60.5")));
        var thresholds = tx.call(em -> em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", programme)
                .getSingleResult().getThresholds());
        assertThat(thresholds.green()).isEqualByComparingTo("85");
        assertThat(thresholds.amber()).isEqualByComparingTo("60.5");

        long programmeVersion = editingAs(manager, () -> editing.settings(programme, Locale.ENGLISH).orElseThrow().version());
        as(manager, () -> editing.addLevel(programme, programmeVersion, "Task", "Задача"));
        var withTask = editingAs(manager, () -> editing.settings(programme, Locale.ENGLISH).orElseThrow());
        assertThat(withTask.levels()).extracting(l -> l.nameEn()).containsExactly("Goal", "Outcome", "Output", "Activity", "Task");
        as(manager, () -> editing.removeDeepestLevel(programme, withTask.version()));
        var output = withTask.levels().get(2);
        as(manager, () -> editing.renameLevel(programme, 3, output.version(), "Deliverable", "Продукт"));
        assertThat(editingAs(manager, () -> editing.settings(programme, RU).orElseThrow().levels().get(2).nameRu())).isEqualTo("Продукт");

        var noName = catchThrowableOfType(InvalidInput.class, () -> as(manager, () ->
                editing.renameLevel(programme, 3, output.version() + 1, "", "Продукт")));
        assertThat(noName.violations().get(0).field()).isEqualTo("nameEn");
        // take the logframe down to two levels; the outcome level is in use and stays
        long version = editingAs(manager, () -> editing.settings(programme, Locale.ENGLISH).orElseThrow().version());
        as(manager, () -> editing.removeDeepestLevel(programme, version));
        long next = editingAs(manager, () -> editing.settings(programme, Locale.ENGLISH).orElseThrow().version());
        as(manager, () -> editing.removeDeepestLevel(programme, next));
        long last = editingAs(manager, () -> editing.settings(programme, Locale.ENGLISH).orElseThrow().version());
        var inUse = refused(() -> editing.removeDeepestLevel(programme, last));
        assertThat(inUse.message(Locale.ENGLISH)).isEqualTo("The level Outcome cannot be removed: 1 results are at it. Move or delete them first.");
    }

    @Test
    void aStaleSaveIsRefusedNamingWhoSavedFirstAndTheirSaveStays() {
        long goal = add(null, "goal");
        long outcome = add(goal, "outcome as written");
        var managersCopy = editingAs(manager, () -> editing.result(programme, outcome).orElseThrow());
        var adminsCopy = editingAs(admin, () -> editing.result(programme, outcome).orElseThrow());
        assertThat(managersCopy.version()).isEqualTo(adminsCopy.version());

        as(admin, () -> editing.editResult(programme, outcome, adminsCopy.version(),
                new ResultText("outcome as the administrator wrote it", "итог", null, null, "risk", null)));
        var conflict = catchThrowableOfType(EditConflict.class, () -> as(manager, () ->
                editing.editResult(programme, outcome, managersCopy.version(), ResultText.statement("outcome as the manager wrote it", null))));

        assertThat(conflict.changedBy()).isEqualTo(IdentitiesForTests.ADMINISTRATOR_NAME);
        assertThat(conflict.message(Locale.ENGLISH)).matches("Result 1 was changed by " + IdentitiesForTests.ADMINISTRATOR_NAME + " at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC, "
                + "after you opened it\\. Your changes were not saved, and theirs are kept: reload to see them, then make your changes again\\.");
        assertThat(conflict.message(RU)).startsWith("Результат 1: изменения внёс(ла) " + IdentitiesForTests.ADMINISTRATOR_NAME + " в ");
        var kept = editingAs(manager, () -> editing.result(programme, outcome).orElseThrow());
        assertThat(kept.text().statementEn()).isEqualTo("outcome as the administrator wrote it");
        assertThat(kept.text().risksEn()).isEqualTo("risk");

        // a move by someone else also makes the copies of what it renumbered stale
        long second = add(goal, "second outcome");
        long seen = version(second);
        as(admin, () -> editing.moveUp(programme, second, seen));
        assertThat(catchThrowableOfType(EditConflict.class, () -> as(manager, () -> editing.deleteResult(programme, second, seen))))
                .isNotNull();
        assertThat(codes()).containsEntry("1", "second outcome").containsEntry("2", "outcome as the administrator wrote it");

        var settings = editingAs(manager, () -> editing.settings(programme, Locale.ENGLISH).orElseThrow());
        as(admin, () -> editing.setThresholds(programme, settings.version(), new BigDecimal("95"), new BigDecimal("75")));
        var thresholdConflict = catchThrowableOfType(EditConflict.class, () -> as(manager, () ->
                editing.setThresholds(programme, settings.version(), new BigDecimal("80"), new BigDecimal("50"))));
        assertThat(thresholdConflict.message(Locale.ENGLISH)).startsWith("The programme Editing test was changed by " + IdentitiesForTests.ADMINISTRATOR_NAME);
        assertThat(thresholdConflict.message(RU)).startsWith("Программа «Проверка правки»: изменения внёс(ла) " + IdentitiesForTests.ADMINISTRATOR_NAME);
    }

    @Test
    void onlyProgrammeManagersAndAdministratorsMayEdit() {
        long goal = add(null, "goal");
        assertThatThrownBy(() -> finance.call(() -> editing.addResult(programme, goal, ResultText.statement("finance's", null))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> editing.deleteResult(programme, goal, version(goal))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> finance.call(() -> editing.settings(programme, Locale.ENGLISH))).isInstanceOf(EJBAccessException.class);
        assertThat(codes()).containsOnlyKeys("G");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private long add(Long parent, String statement) {
        return editingAs(manager, () -> editing.addResult(programme, parent, ResultText.statement(statement, null)));
    }

    private long version(long resultId) {
        return tx.call(em -> em.find(Result.class, resultId).getVersion());
    }

    private int depthOf(long resultId) {
        return tx.call(em -> em.find(Result.class, resultId).getDepth());
    }

    /** Code → English statement of every result of the test's programme, in logframe order. */
    private Map<String, String> codes() {
        var codes = new LinkedHashMap<String, String>();
        tx.call(em -> em.createQuery("SELECT r.code, r.statement.en FROM Result r WHERE r.programme.code = :code "
                        + "ORDER BY r.depth, r.position, r.code", Object[].class).setParameter("code", programme)
                .getResultList()).forEach(row -> codes.put((String) row[0], (String) row[1]));
        return codes;
    }

    private List<String> indicatorCodes() {
        return tx.call(em -> em.createQuery("SELECT i.code FROM Indicator i WHERE i.result.programme.code = :code", String.class)
                .setParameter("code", programme).getResultList());
    }

    private long indicator(long resultId, int position) {
        return tx.call(em -> {
            var result = em.find(Result.class, resultId);
            var indicator = new Indicator(result, result.getCode() + "." + (char) ('a' + position - 1), position,
                    LocalizedText.of("indicator", null), null, MeasureType.NUMBER, TimeAggregation.SUM);
            em.persist(indicator);
            em.flush();
            em.createNativeQuery("INSERT INTO indicator_category (indicator_id, category_id, position) "
                    + "SELECT ?1, id, 1 FROM disaggregation_category WHERE code = 'SEX'").setParameter(1, indicator.getId()).executeUpdate();
            return indicator.getId();
        });
    }

    private void target(long indicatorId) {
        tx.call(em -> em.createNativeQuery("INSERT INTO indicator_target (indicator_id, year, quarter, target) VALUES (?1, 2026, 1, 10)")
                .setParameter(1, indicatorId).executeUpdate());
    }

    private void value(long indicatorId, String year, int quarter) {
        tx.call(em -> {
            em.createNativeQuery("INSERT INTO indicator_value (indicator_id, partner_id, year, quarter, approval_state, value) "
                            + "SELECT ?1, id, ?2, ?3, 'APPROVED', 5 FROM organisation WHERE code = 'KG-02'")
                    .setParameter(1, indicatorId).setParameter(2, Integer.valueOf(year)).setParameter(3, quarter).executeUpdate();
            ReportedValueChanges.record(em, List.of(indicatorId));
            return null;
        });
    }

    private long count(String sql) {
        return tx.call(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private InvalidInput.Violation refused(Runnable edit) {
        var refusal = catchThrowableOfType(InvalidInput.class, () -> as(manager, edit));
        assertThat(refusal).as("refused").isNotNull();
        return refusal.violations().get(0);
    }

    private static void as(AsNamedManager user, Runnable work) {
        user.call(() -> {
            work.run();
            return null;
        });
    }

    private static void as(AsNamedAdministrator user, Runnable work) {
        user.call(() -> {
            work.run();
            return null;
        });
    }

    private static <T> T editingAs(AsNamedManager user, Supplier<T> work) {
        return user.call(work);
    }

    private static <T> T editingAs(AsNamedAdministrator user, Supplier<T> work) {
        return user.call(work);
    }

}
