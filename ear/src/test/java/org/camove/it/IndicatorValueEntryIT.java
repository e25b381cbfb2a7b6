package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.camove.indicators.IndicatorDescriptions;
import org.camove.indicators.IndicatorResults;
import org.camove.indicators.ReportedValueChanges;
import org.camove.indicators.ResultsFilter;
import org.camove.indicators.aggregation.ApprovalState;
import org.camove.indicators.aggregation.Quarter;
import org.camove.reporting.EnteredValue;
import org.camove.reporting.EntrySheet;
import org.camove.reporting.IndicatorValueEntry;
import org.camove.reporting.PackageAccess;
import org.camove.reporting.ValueHistory;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Indicator values entered into the demo programme's open period (2026-Q4) for partner KG-02, against the real
 * database: saved pending with cells and audit, seen by the results, refused whole when any value is wrong,
 * refused in a locked period, for another partner's officer and for finance reviewers; a manager's entry is on
 * the partner's behalf; a stale save loses to the first. The history of a value lists every change, and is refused
 * to another partner's officer (logged); the sheet reads its values' cells in a fixed number of statements. Each
 * test removes the values it entered.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorValueEntryIT {

    private static final Quarter OPEN = Quarter.of(2026, 4);
    private static final String CELLS = "SELECT c.option_key, c.value FROM indicator_value_cell c JOIN indicator_value v ON v.id = c.value_id "
            + "WHERE v.indicator_id = ?1 AND v.partner_id = ?2 AND v.year = 2026 AND v.quarter = 4 ORDER BY c.option_key";

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(IndicatorValueEntryIT.class).addClasses(CapturedLog.class, AsNamedManager.class, AsNamedPartnerOfficer.class,
                AsFinanceReviewer.class, IdentitiesForTests.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedManager manager;

    @EJB
    private AsNamedPartnerOfficer partnerKg;

    @EJB
    private AsFinanceReviewer finance;

    @EJB
    private IndicatorValueEntry entry;

    @EJB
    private IndicatorResults results;

    @EJB
    private IndicatorDescriptions descriptions;

    private long kg02;
    private long openPeriod;
    private long lockedPeriod;
    private long people;    // 1.b, NUMBER broken down by Sex x Age, assigned to KG-02
    private long share;     // 1.2.b, PERCENTAGE, assigned to KG-02

    @BeforeEach
    void demoIds() {
        IdentitiesForTests.create(tx);
        kg02 = id("SELECT id FROM organisation WHERE code = 'KG-02'");
        openPeriod = id("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 4 AND state = 'OPEN'");
        lockedPeriod = id("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 3 AND state = 'LOCKED'");
        people = id("SELECT id FROM indicator WHERE code = '1.b' AND result_id IN (SELECT id FROM result WHERE programme_id = 1)");
        share = id("SELECT id FROM indicator WHERE code = '1.2.b' AND result_id IN (SELECT id FROM result WHERE programme_id = 1)");
        removeEnteredValues();
    }

    /** The demo data set has no values for 2026-Q4: whatever KG-02 has there for 1.b and 1.2.b was entered here. */
    @AfterEach
    void removeEnteredValues() {
        tx.call(em -> {
            em.createNativeQuery("DELETE " + entered("indicator_value")).executeUpdate();
            em.createNativeQuery("DELETE " + entered("indicator_value_change")).executeUpdate();
            ReportedValueChanges.record(em, List.of(people, share));
            return null;
        });
    }

    @Test
    void thePartnersOfficerSavesPendingValuesWithCellsAndAuditAndTheResultsWithPendingShowThem() {
        EntrySheet sheet = partnerKg.call(() -> entry.sheet(openPeriod, kg02, Locale.ENGLISH));
        assertThat(sheet.open()).isTrue();
        assertThat(sheet.quarter()).isEqualTo("2026-Q4");
        assertThat(sheet.partnerCode()).isEqualTo("KG-02");
        var row = sheet.rows().stream().filter(r -> r.indicatorId() == people).findFirst().orElseThrow();
        assertThat(sheet.rows()).extracting(EntrySheet.Row::code).contains("G.a", "1.b", "1.2.b").doesNotContain("1.a");
        assertThat(row.current()).as("nothing entered yet for 2026-Q4").isNull();
        assertThat(row.seenVersion()).isNull();
        assertThat(row.previous().state()).as("2026-Q3 was submitted").isEqualTo(ApprovalState.PENDING);
        assertThat(row.categories()).extracting(c -> c.code()).containsExactly("SEX", "AGE");
        assertThat(row.categories().get(1).options()).extracting(o -> o.code()).containsExactly("0-17", "18-35", "36-59", "60+");
        assertThat(manager.call(() -> descriptions.describe(people, Locale.ENGLISH)).orElseThrow().categories())
                .as("the results pages read the same cross-tab").isEqualTo(row.categories());

        partnerKg.call(() -> {
            entry.save(openPeriod, kg02, List.of(peopleBySexAndAge("35", "10", "20", "5", true).withComment("from the intake register"),
                    ratio(share, null, "45", "60")));
            return null;
        });

        assertThat(rows("SELECT approval_state, value, fully_disaggregated, entered_by, entered_on_behalf, comment "
                + entered("indicator_value") + " AND indicator_id = " + people))
                .singleElement().satisfies(v -> {
                    assertThat(v[0]).isEqualTo("PENDING");
                    assertThat((BigDecimal) v[1]).isEqualByComparingTo("35");
                    assertThat(truth(v[2])).isTrue();
                    assertThat(v[3]).isEqualTo(IdentitiesForTests.PARTNER_KG);
                    assertThat(truth(v[4])).as("entered by the partner itself").isFalse();
                    assertThat(v[5]).isEqualTo("from the intake register");
                });
        assertThat(rows(CELLS.replace("?1", Long.toString(people)).replace("?2", Long.toString(kg02))))
                .extracting(c -> c[0] + "=" + ((BigDecimal) c[1]).stripTrailingZeros().toPlainString())
                .containsExactly("AGE=0-17;SEX=F=10", "AGE=0-17;SEX=M=5", "AGE=18-35;SEX=F=20");
        assertThat(audit(people)).containsExactly("null > 35 cells{AGE=0-17;SEX=F:10 AGE=0-17;SEX=M:5 AGE=18-35;SEX=F:20} by "
                + IdentitiesForTests.PARTNER_KG + " (own) because from the intake register");
        assertThat(audit(share)).containsExactly("null > 45/60 by " + IdentitiesForTests.PARTNER_KG + " (own) because null");

        var seen = manager.call(() -> results.results("CAOTM", ResultsFilter.of(null, "KG-02", "2026-Q4", "2026-Q4", true),
                LocalDate.of(2027, 1, 20)).orElseThrow());
        assertThat(seen.of(people).period(OPEN).actual().value()).as("the results cache learnt of the new value")
                .isEqualByComparingTo("35");
        assertThat(seen.of(share).period(OPEN).actual().numerator()).isEqualByComparingTo("45");

        var again = partnerKg.call(() -> entry.sheet(openPeriod, kg02, Locale.ENGLISH)).rows().stream()
                .filter(r -> r.indicatorId() == people).findFirst().orElseThrow();
        assertThat(again.current().state()).isEqualTo(ApprovalState.PENDING);
        assertThat(again.seenVersion()).isNotNull();
        assertThat(again.current().reading().cells()).hasSize(3);
    }

    /**
     * The partner's first saves of a period, by its officer and by a manager at once, make one package and both are
     * saved. Each first save inserts the package; two such inserts of one key used to deadlock (MariaDB error 1213),
     * so this is tried for several rounds, each from no package.
     */
    @Test
    void twoFirstSavesOfOnePartnerAtOnceAreBothSavedIntoOnePackage() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                removeEnteredValues();
                removePackage();
                var start = new CountDownLatch(1);
                var own = pool.submit(() -> {
                    start.await();
                    return partnerKg.call(() -> entry.save(openPeriod, kg02, List.of(peopleBySexAndAge("35", "10", "20", "5", true))));
                });
                var onBehalf = pool.submit(() -> {
                    start.await();
                    return manager.call(() -> entry.save(openPeriod, kg02, List.of(ratio(share, null, "45", "60"))));
                });
                start.countDown();
                assertThat(own.get(60, TimeUnit.SECONDS).changed()).as("round %d, the officer's save", round).isEqualTo(1);
                assertThat(onBehalf.get(60, TimeUnit.SECONDS).changed()).as("round %d, the manager's save", round).isEqualTo(1);
                assertThat(id("SELECT COUNT(*) FROM report_submission WHERE partner_id = " + kg02 + " AND reporting_period_id = " + openPeriod))
                        .isEqualTo(1);
                assertThat(id("SELECT COUNT(*) " + entered("indicator_value"))).isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
            removePackage();
        }
    }

    /** KG-02's 2026-Q4 package, with its moves and comments: this class's, as its values are. */
    private void removePackage() {
        tx.call(em -> {
            String mine = "(SELECT id FROM report_submission WHERE partner_id = " + kg02 + " AND reporting_period_id = " + openPeriod + ")";
            em.createNativeQuery("DELETE FROM report_submission_comment WHERE report_submission_id IN " + mine).executeUpdate();
            em.createNativeQuery("DELETE FROM report_submission_transition WHERE report_submission_id IN " + mine).executeUpdate();
            em.createNativeQuery("DELETE FROM report_submission WHERE partner_id = " + kg02 + " AND reporting_period_id = " + openPeriod)
                    .executeUpdate();
            return null;
        });
    }

    @Test
    void malformedNegativeRatioAboveOneAndCellsNotAddingUpAreRefusedWithNothingSaved() {
        var refused = catchThrowableOfType(InvalidInput.class, () -> partnerKg.call(() -> {
            entry.save(openPeriod, kg02, List.of(peopleBySexAndAge("40", "10", "20", "5", true), ratio(share, null, "61", "60")));
            return null;
        }));
        assertThat(refused.violations()).extracting(InvalidInput.Violation::field)
                .containsExactlyInAnyOrder("value[1.b]", "value[1.2.b].numerator");
        assertThat(refused.violations()).extracting(v -> v.message(Locale.ENGLISH)).containsExactlyInAnyOrder(
                "1.b: the cells add up to 35, not to the total 40. Correct them, or mark the value as partially disaggregated.",
                "1.2.b: the numerator (61) cannot be more than the denominator (60).");

        var malformed = catchThrowableOfType(InvalidInput.class, () -> partnerKg.call(() -> {
            entry.save(openPeriod, kg02, List.of(ratio(share, null, "45", "60"), EnteredValue.number(people, null, "12,5,0")));
            return null;
        }));
        assertThat(malformed.violations()).singleElement().extracting(InvalidInput.Violation::key).isEqualTo("entry.number.malformed");
        var negative = catchThrowableOfType(InvalidInput.class, () -> partnerKg.call(() -> {
            entry.save(openPeriod, kg02, List.of(EnteredValue.number(people, null, "-4")));
            return null;
        }));
        assertThat(negative.violations().get(0).message(Locale.forLanguageTag("ru")))
                .isEqualTo("1.b: количество не может быть отрицательным (-4).");
        assertThat(enteredRows()).as("nothing of a refused save is kept, not even its valid values").isZero();

        partnerKg.call(() -> {
            entry.save(openPeriod, kg02, List.of(peopleBySexAndAge("40", "10", "20", "5", false)));
            return null;
        });
        Object fully = tx.call(em -> em.createNativeQuery("SELECT fully_disaggregated " + entered("indicator_value")).getSingleResult());
        assertThat(truth(fully)).as("kept as partial").isFalse();
    }

    @Test
    void aLockedPeriodRefusesValues() {
        var refused = catchThrowableOfType(InvalidInput.class, () -> partnerKg.call(() -> {
            entry.save(lockedPeriod, kg02, List.of(EnteredValue.number(people, null, "12")));
            return null;
        }));
        assertThat(refused.violations()).singleElement().satisfies(v -> assertThat(v.message(Locale.ENGLISH))
                .isEqualTo("2026-Q3 is locked: its values can no longer be entered or changed. An administrator can reopen it."));
        assertThat(partnerKg.call(() -> entry.sheet(lockedPeriod, kg02, Locale.ENGLISH)).open()).isFalse();
    }

    @Test
    void aPartnerOfficerCannotReadOrEnterAnotherPartnersSheet_andFinanceReviewersNeither() {
        long tj01 = id("SELECT id FROM organisation WHERE code = 'TJ-01'");
        var read = catchThrowableOfType(InvalidInput.class, () -> partnerKg.call(() -> entry.sheet(openPeriod, tj01, Locale.ENGLISH)));
        assertThat(read.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("partner");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("You can read and enter only your own organisation's indicator values.");
        });
        assertThatThrownBy(() -> partnerKg.call(() -> {
            entry.save(openPeriod, tj01, List.of(EnteredValue.number(people, null, "12")));
            return null;
        })).isInstanceOf(InvalidInput.class);
        assertThat(enteredRows()).isZero();

        assertThatThrownBy(() -> finance.call(() -> entry.sheet(openPeriod, kg02, Locale.ENGLISH))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> finance.call(() -> {
            entry.save(openPeriod, kg02, List.of(EnteredValue.number(people, null, "12")));
            return null;
        })).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aManagersEntryIsOnThePartnersBehalf_andAStaleSaveConflictsWhileTheFirstStays() {
        save(partnerKg, EnteredValue.number(people, null, "12"));
        long read = version();
        save(manager, EnteredValue.number(people, read, "14").withComment("corrected from the register"));
        assertThat(rows("SELECT entered_by, entered_on_behalf " + entered("indicator_value"))).singleElement().satisfies(r -> {
                    assertThat(r[0]).isEqualTo(IdentitiesForTests.MANAGER);
                    assertThat(truth(r[1])).isTrue();
                });

        var stale = catchThrowableOfType(EditConflict.class, () -> save(partnerKg, EnteredValue.number(people, read, "13")));
        assertThat(stale.message(Locale.ENGLISH)).startsWith("The value of 1.b, 2026-Q4 was changed by Timur Testov at ");
        var twice = catchThrowableOfType(EditConflict.class, () -> save(partnerKg, EnteredValue.number(people, null, "13")));
        assertThat(twice).as("a second first entry").isNotNull();
        assertThat(id("SELECT value " + entered("indicator_value"))).isEqualTo(14);
        assertThat(audit(people)).containsExactly(
                "null > 12 by " + IdentitiesForTests.PARTNER_KG + " (own) because null",
                "12 > 14 by " + IdentitiesForTests.MANAGER + " (on behalf) because corrected from the register");

        save(partnerKg, EnteredValue.number(people, version(), "14").withComment("corrected from the register"));
        assertThat(audit(people)).as("saving what is there changes nothing").hasSize(2);
    }

    @Test
    void theHistoryListsEveryChangeOldestFirstWithWhoWhyAndWhetherOnThePartnersBehalf() {
        assertThat(partnerKg.call(() -> entry.history(openPeriod, kg02, people, Locale.ENGLISH)).changes())
                .as("nothing entered yet").isEmpty();
        save(partnerKg, EnteredValue.number(people, null, "12").withComment("from the intake register"));
        save(manager, EnteredValue.number(people, version(), "14").withComment("two were missed"));

        ValueHistory history = partnerKg.call(() -> entry.history(openPeriod, kg02, people, Locale.forLanguageTag("ru")));
        assertThat(history.indicatorCode()).isEqualTo("1.b");
        assertThat(history.quarter()).isEqualTo("2026-Q4");
        assertThat(history.indicatorName()).as("in the reader's language").startsWith("Число внутренних мигрантов");
        assertThat(history.changes()).extracting(c -> c.oldValue() + " > " + c.newValue() + " by " + c.changedBy() + " (" + c.changedByName()
                        + (c.onBehalf() ? ", on behalf" : ", own") + ") because " + c.reason())
                .containsExactly("null > 12 by " + IdentitiesForTests.PARTNER_KG + " (" + IdentitiesForTests.PARTNER_KG_NAME
                                + ", own) because from the intake register",
                        "12 > 14 by " + IdentitiesForTests.MANAGER + " (Timur Testov, on behalf) because two were missed");
        assertThat(history.changes().get(0).changedAt()).isNotNull().isBeforeOrEqualTo(history.changes().get(1).changedAt());
        assertThat(manager.call(() -> entry.history(openPeriod, kg02, people, Locale.ENGLISH)).changes())
                .as("managers read it too").hasSize(2);
    }

    @Test
    void anotherPartnersOfficerIsRefusedTheHistoryAndTheAttemptIsLogged_andAnIndicatorNotAssignedIsRefused() {
        long tj03 = id("SELECT id FROM organisation WHERE code = 'TJ-03'");
        long theirs = id("SELECT id FROM indicator WHERE code = '3.1.a' AND result_id IN (SELECT id FROM result WHERE programme_id = 1)");
        List<String> logged;
        try (var log = CapturedLog.of(PackageAccess.class)) {
            var refused = catchThrowableOfType(InvalidInput.class,
                    () -> partnerKg.call(() -> entry.history(openPeriod, tj03, theirs, Locale.ENGLISH)));
            assertThat(refused.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("partner");
                assertThat(v.message(Locale.ENGLISH)).isEqualTo("You can read and enter only your own organisation's indicator values.");
                assertThat(v.message(Locale.forLanguageTag("ru")))
                        .isEqualTo("Вы можете просматривать и вводить значения индикаторов только своей организации.");
            });
            logged = log.messages();
        }
        assertThat(logged).anySatisfy(message -> assertThat(message)
                .contains(IdentitiesForTests.PARTNER_KG).contains("organisation " + tj03).contains("refused"));

        var notAssigned = catchThrowableOfType(InvalidInput.class,
                () -> partnerKg.call(() -> entry.history(openPeriod, kg02, theirs, Locale.ENGLISH)));
        assertThat(notAssigned.violations()).singleElement().extracting(InvalidInput.Violation::key).isEqualTo("entry.notAssigned");
    }

    @Test
    void theSheetReadsItsValuesCellsInAFixedNumberOfStatements() {
        selectsOfSheet(); // the first read after deployment also fills EclipseLink's shared cache of cacheable entities
        long before = selectsOfSheet();
        save(partnerKg, peopleBySexAndAge("35", "10", "20", "5", true));
        EntrySheet sheet = partnerKg.call(() -> entry.sheet(openPeriod, kg02, Locale.ENGLISH));
        assertThat(sheet.rows().stream().filter(r -> r.previous() != null && !r.previous().reading().cells().isEmpty()).count())
                .as("the previous quarter's values of KG-02 have cells").isGreaterThanOrEqualTo(2);
        assertThat(sheet.rows().stream().filter(r -> r.indicatorId() == people).findFirst().orElseThrow().current().reading().cells())
                .hasSize(3);

        assertThat(selectsOfSheet()).as("one more value with cells costs no statement").isEqualTo(before);
    }

    @Test
    void aValueSentAgainAsItIsKeptIsNoEdit_evenFromAStaleVersion() {
        save(partnerKg, EnteredValue.number(people, null, "12"));
        save(manager, EnteredValue.number(people, version(), "14"));
        long kept = version();

        save(partnerKg, EnteredValue.number(people, null, "14"));

        assertThat(version()).as("nothing written").isEqualTo(kept);
        assertThat(audit(people)).hasSize(2);
        assertThat(catchThrowableOfType(EditConflict.class, () -> save(partnerKg, EnteredValue.number(people, null, "15"))))
                .as("a different value from the stale version still conflicts").isNotNull();
    }

    /**
     * A save writes its rows with JDBC, beside the persistence context: a sheet read in the same transaction, after
     * the kept value was loaded as an entity before the save, and one read later both show what was written.
     */
    @Test
    void theSheetReadAfterASaveInTheSameTransactionAndInALaterOneShowsTheNewValueCellsAndVersion() {
        save(partnerKg, peopleBySexAndAge("35", "10", "20", "5", true));
        long first = version();

        var sameTransaction = tx.call(em -> partnerKg.call(() -> {
            assertThat(row(entry.sheet(openPeriod, kg02, Locale.ENGLISH)).current().reading().total().value())
                    .isEqualByComparingTo("35");
            entry.save(openPeriod, kg02, List.of(EnteredValue.number(people, first, "36").withCells(Map.of(
                    "AGE=0-17;SEX=F", EnteredValue.Cell.number("11"), "AGE=18-35;SEX=F", EnteredValue.Cell.number("20"),
                    "AGE=0-17;SEX=M", EnteredValue.Cell.number("5")), true)));
            return row(entry.sheet(openPeriod, kg02, Locale.ENGLISH));
        }));
        var later = row(partnerKg.call(() -> entry.sheet(openPeriod, kg02, Locale.ENGLISH)));

        assertThat(version()).isEqualTo(first + 1);
        for (var seen : List.of(sameTransaction, later)) {
            assertThat(seen.seenVersion()).isEqualTo(first + 1);
            assertThat(seen.current().reading().total().value()).isEqualByComparingTo("36");
            assertThat(seen.current().reading().cells()).hasSize(3).extractingByKey("AGE=0-17;SEX=F")
                    .satisfies(cell -> assertThat(cell.value()).isEqualByComparingTo("11"));
        }
        assertThat(rows(CELLS.replace("?1", Long.toString(people)).replace("?2", Long.toString(kg02))))
                .extracting(c -> c[0] + "=" + ((BigDecimal) c[1]).stripTrailingZeros().toPlainString())
                .containsExactly("AGE=0-17;SEX=F=11", "AGE=0-17;SEX=M=5", "AGE=18-35;SEX=F=20");
        assertThat(audit(people)).hasSize(2).last().asString().startsWith("35 cells{AGE=0-17;SEX=F:10 AGE=0-17;SEX=M:5 "
                + "AGE=18-35;SEX=F:20} > 36 cells{AGE=0-17;SEX=F:11");
    }

    @Test
    void aPercentagesCellsAreSavedAsNumeratorsAndDenominators_besideANumbersCells() {
        tx.call(em -> em.createNativeQuery("INSERT INTO indicator_category (indicator_id, category_id, position) "
                + "SELECT ?1, id, 1 FROM disaggregation_category WHERE code = 'SEX'").setParameter(1, share).executeUpdate());
        try {
            var byShare = new EnteredValue(share, null, EnteredValue.Cell.ratio("45", "60"), null, null, true,
                    Map.of("SEX=F", EnteredValue.Cell.ratio("30", "35"), "SEX=M", EnteredValue.Cell.ratio("15", "25")), null);
            partnerKg.call(() -> entry.save(openPeriod, kg02, List.of(byShare, peopleBySexAndAge("35", "10", "20", "5", true))));

            assertThat(rows("SELECT c.option_key, c.value, c.numerator, c.denominator FROM indicator_value_cell c JOIN indicator_value v "
                    + "ON v.id = c.value_id WHERE v.indicator_id = " + share + " AND v.partner_id = " + kg02
                    + " AND v.year = 2026 AND v.quarter = 4 ORDER BY c.option_key"))
                    .extracting(c -> c[0] + " " + c[1] + " " + plain(c[2]) + "/" + plain(c[3]))
                    .containsExactly("SEX=F null 30/35", "SEX=M null 15/25");
            assertThat(rows(CELLS.replace("?1", Long.toString(people)).replace("?2", Long.toString(kg02))))
                    .extracting(c -> c[0] + "=" + plain(c[1])).containsExactly("AGE=0-17;SEX=F=10", "AGE=0-17;SEX=M=5", "AGE=18-35;SEX=F=20");
            var kept = partnerKg.call(() -> entry.sheet(openPeriod, kg02, Locale.ENGLISH)).rows().stream()
                    .filter(r -> r.indicatorId() == share).findFirst().orElseThrow().current().reading();
            assertThat(kept.fullyDisaggregated()).isTrue();
            assertThat(kept.cells()).hasToString("{SEX=F=30/35, SEX=M=15/25}");
        } finally {
            tx.call(em -> em.createNativeQuery("DELETE FROM indicator_category WHERE indicator_id = ?1").setParameter(1, share).executeUpdate());
        }
    }

    private static String plain(Object decimal) {
        return ((BigDecimal) decimal).stripTrailingZeros().toPlainString();
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** SELECTs the database ran for one sheet (see {@link Transactions#selectsOf}). */
    private long selectsOfSheet() {
        return tx.selectsOf(() -> partnerKg.call(() -> entry.sheet(openPeriod, kg02, Locale.ENGLISH)));
    }

    private EnteredValue peopleBySexAndAge(String total, String girls, String youngWomen, String boys, boolean fully) {
        return EnteredValue.number(people, null, total).withCells(Map.of("AGE=0-17;SEX=F", EnteredValue.Cell.number(girls),
                "AGE=18-35;SEX=F", EnteredValue.Cell.number(youngWomen), "AGE=0-17;SEX=M", EnteredValue.Cell.number(boys)), fully);
    }

    private static EnteredValue ratio(long indicator, Long seen, String numerator, String denominator) {
        return new EnteredValue(indicator, seen, EnteredValue.Cell.ratio(numerator, denominator), null, null, false, Map.of(), null);
    }

    private void save(Object as, EnteredValue value) {
        Supplier<Object> work = () -> {
            entry.save(openPeriod, kg02, List.of(value));
            return null;
        };
        if (as instanceof AsNamedManager m) {
            m.call(work);
        } else {
            partnerKg.call(work);
        }
    }

    /** The rows of KG-02's 1.b and 1.2.b in 2026-Q4: of the demo data set, only these tests write them. */
    private String entered(String table) {
        return "FROM " + table + " WHERE partner_id = " + kg02 + " AND year = 2026 AND quarter = 4 AND indicator_id IN ("
                + people + ", " + share + ")";
    }

    private EntrySheet.Row row(EntrySheet sheet) {
        return sheet.rows().stream().filter(r -> r.indicatorId() == people).findFirst().orElseThrow();
    }

    private long version() {
        return id("SELECT version " + entered("indicator_value"));
    }

    private long enteredRows() {
        return id("SELECT COUNT(*) " + entered("indicator_value"));
    }

    @SuppressWarnings("unchecked")
    private List<String> audit(long indicator) {
        List<Object[]> rows = tx.call(em -> em.createNativeQuery("SELECT old_value, new_value, changed_by, on_behalf, reason "
                + "FROM indicator_value_change WHERE indicator_id = ?1 AND partner_id = ?2 AND year = 2026 AND quarter = 4 "
                + "AND approval_state = 'PENDING' ORDER BY id").setParameter(1, indicator).setParameter(2, kg02).getResultList());
        return rows.stream().map(r -> r[0] + " > " + r[1] + " by " + r[2] + (truth(r[3]) ? " (on behalf)" : " (own)")
                + " because " + r[4]).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return tx.call(em -> (List<Object[]>) em.createNativeQuery(sql).getResultList());
    }

    private long id(String sql) {
        return tx.call(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static boolean truth(Object column) {
        return column instanceof Boolean b ? b : ((Number) column).intValue() != 0;
    }
}
