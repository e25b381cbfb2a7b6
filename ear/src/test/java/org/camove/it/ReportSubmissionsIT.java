package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.camove.indicators.IndicatorResults;
import org.camove.indicators.ReportedValueChanges;
import org.camove.indicators.ResultsFilter;
import org.camove.indicators.aggregation.Actual;
import org.camove.indicators.aggregation.Quarter;
import org.camove.logframe.MeasureType;
import org.camove.reporting.EnteredValue;
import org.camove.reporting.EntrySheet;
import org.camove.reporting.IndicatorValueEntry;
import org.camove.reporting.PackageAccess;
import org.camove.reporting.ReportSubmissions;
import org.camove.reporting.SubmissionState;
import org.camove.reporting.SubmissionView;
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
 * The package workflow of partner KG-05 in the demo's open period (2026-Q4), in the container against MariaDB: submit
 * after the data-quality checks (refusals in English and Russian), return with a comment, resubmit, approve by
 * someone other than the submitter; the values then approved, audited, counted in the official results and locked;
 * a double submit makes one move; another partner's officer is refused and logged. Each test removes what it made.
 */
@ExtendWith(ArquillianExtension.class)
class ReportSubmissionsIT {

    private static final Quarter OPEN = Quarter.of(2026, 4);
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(ReportSubmissionsIT.class).addClasses(CapturedLog.class, RequiredNarrative.class, AsNamedManager.class, AsSecondManager.class,
                AsNamedPartnerOfficer.class, AsOtherPartnerOfficer.class, IdentitiesForTests.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedManager manager;

    @EJB
    private AsSecondManager secondManager;

    @EJB
    private AsOtherPartnerOfficer partnerKg5;

    @EJB
    private AsNamedPartnerOfficer partnerKg2;

    @EJB
    private IndicatorValueEntry entry;

    @EJB
    private ReportSubmissions submissions;

    @EJB
    private IndicatorResults results;

    private long kg05;
    private long openPeriod;

    @BeforeEach
    void demoIds() {
        IdentitiesForTests.create(tx);
        kg05 = id("SELECT id FROM organisation WHERE code = 'KG-05'");
        openPeriod = id("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 4 AND state = 'OPEN'");
        removePackage();
        tx.call(em -> {
            RequiredNarrative.insert(openPeriod, kg05).forEach(sql -> em.createNativeQuery(sql).executeUpdate());
            return null;
        });
    }

    /** The demo data set has nothing of KG-05 in 2026-Q4: whatever is there was made here. */
    @AfterEach
    void removePackage() {
        tx.call(em -> {
            @SuppressWarnings("unchecked")
            List<Number> indicators = em.createNativeQuery("SELECT DISTINCT indicator_id " + ofKg05("indicator_value")).getResultList();
            em.createNativeQuery("DELETE " + ofKg05("indicator_value")).executeUpdate();
            em.createNativeQuery("DELETE " + ofKg05("indicator_value_change")).executeUpdate();
            em.createNativeQuery(RequiredNarrative.delete(openPeriod, kg05)).executeUpdate();
            em.createNativeQuery("DELETE FROM report_submission WHERE partner_id = ?1 AND reporting_period_id = ?2")
                    .setParameter(1, kg05).setParameter(2, openPeriod).executeUpdate();
            ReportedValueChanges.record(em, indicators.stream().map(Number::longValue).toList());
            return null;
        });
    }

    @Test
    void submittedReturnedResubmittedApproved_valuesThenApprovedAuditedCountedAndLocked() {
        var sheet = fillLikeLastQuarter(partnerKg5);
        var first = sheet.rows().get(0);
        assertThat(official(first.indicatorId())).as("pending values are not official").isNull();

        var submitted = partnerKg5.call(() -> submissions.submit(openPeriod, kg05, view().version(), Locale.ENGLISH));
        assertThat(submitted.state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo(IdentitiesForTests.PARTNER_KG5_NAME);
        var locked = catchThrowableOfType(InvalidInput.class, () -> save(partnerKg5, first, "1"));
        assertThat(locked.violations().get(0).key()).isEqualTo("submission.notEditable.SUBMITTED");

        var noComment = catchThrowableOfType(InvalidInput.class, () -> manager.call(() ->
                submissions.returnToPartner(openPeriod, kg05, submitted.version(), "  ", Locale.ENGLISH)));
        assertThat(noComment.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("comment");
            assertThat(v.message(RU)).isEqualTo("Напишите, что партнёру нужно исправить: комментарий вернётся вместе с пакетом.");
        });
        assertThatThrownBy(() -> partnerKg5.call(() -> submissions.approve(openPeriod, kg05, submitted.version(), null, Locale.ENGLISH)))
                .as("a partner officer does not review").isInstanceOf(EJBAccessException.class);
        var returned = manager.call(() -> submissions.returnToPartner(openPeriod, kg05, submitted.version(),
                "Please check " + first.code() + " against the register", Locale.ENGLISH));
        assertThat(returned.state()).isEqualTo(SubmissionState.RETURNED);

        partnerKg5.call(() -> submissions.comment(openPeriod, kg05, "Checked: <b>fixed</b>\u0007", Locale.ENGLISH));
        var corrected = bumped(first);
        save(partnerKg5, first, corrected, "corrected from the register");
        partnerKg5.call(() -> submissions.submit(openPeriod, kg05, view().version(), Locale.ENGLISH));
        var approved = manager.call(() -> submissions.approve(openPeriod, kg05, view().version(), "Thank you", Locale.ENGLISH));

        assertThat(approved.state()).isEqualTo(SubmissionState.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("Timur Testov");
        assertThat(approved.moves()).extracting(m -> m.from() + ">" + m.to() + " by " + m.by() + ": " + m.comment()).containsExactly(
                "DRAFT>SUBMITTED by " + IdentitiesForTests.PARTNER_KG5_NAME + ": null",
                "SUBMITTED>RETURNED by Timur Testov: Please check " + first.code() + " against the register",
                "RETURNED>SUBMITTED by " + IdentitiesForTests.PARTNER_KG5_NAME + ": null",
                "SUBMITTED>APPROVED by Timur Testov: Thank you");
        assertThat(approved.comments()).singleElement().satisfies(c -> {
            assertThat(c.text()).as("kept as plain text, control characters dropped").isEqualTo("Checked: <b>fixed</b>");
            assertThat(c.by()).isEqualTo(IdentitiesForTests.PARTNER_KG5_NAME);
        });
        assertThat(rows("SELECT approval_state, COUNT(*) " + ofKg05("indicator_value") + " GROUP BY approval_state"))
                .singleElement().satisfies(r -> {
                    assertThat(r[0]).isEqualTo("APPROVED");
                    assertThat(((Number) r[1]).intValue()).isEqualTo(sheet.rows().size());
                });
        assertThat(rows("SELECT old_value, new_value, changed_by, reason " + ofKg05("indicator_value_change")
                + " AND approval_state = 'APPROVED'")).hasSize(sheet.rows().size()).allSatisfy(r -> {
                    assertThat(r[0]).as("nothing was approved before").isNull();
                    assertThat(r[2]).isEqualTo(IdentitiesForTests.MANAGER);
                    assertThat(r[3]).as("the approver's comment is the reason").isEqualTo("Thank you");
                });
        if (first.measureType() == MeasureType.NUMBER) {
            assertThat(official(first.indicatorId()).value()).as("the approved value counts in the official results")
                    .isEqualByComparingTo(corrected);
        } else {
            assertThat(official(first.indicatorId())).isNotNull();
        }
        var afterwards = catchThrowableOfType(InvalidInput.class, () -> save(partnerKg5, first, "1"));
        assertThat(afterwards.violations().get(0).message(Locale.ENGLISH))
                .isEqualTo("The package for 2026-Q4 has been approved, so its values and report are locked.");
        assertThat(partnerKg5.call(() -> entry.sheet(openPeriod, kg05, Locale.ENGLISH)).open()).isFalse();
    }

    @Test
    void theSubmitterNeverApproves_anotherManagerDoes_andAnEarlierApprovedValueIsReplacedWithItsAudit() {
        var sheet = fillLikeLastQuarter(manager);
        var first = sheet.rows().get(0);
        tx.call(em -> em.createNativeQuery("INSERT INTO indicator_value (indicator_id, partner_id, year, quarter, approval_state, "
                + "value, numerator, denominator, text_value) SELECT indicator_id, partner_id, year, quarter, 'APPROVED', 7, "
                + "numerator, denominator, text_value " + ofKg05("indicator_value") + " AND indicator_id = " + first.indicatorId())
                .executeUpdate());
        manager.call(() -> submissions.submit(openPeriod, kg05, view().version(), Locale.ENGLISH));

        var own = catchThrowableOfType(InvalidInput.class, () -> manager.call(() ->
                submissions.approve(openPeriod, kg05, view().version(), null, Locale.ENGLISH)));
        assertThat(own.violations()).singleElement().satisfies(v -> assertThat(v.message(Locale.ENGLISH))
                .isEqualTo("You submitted this package, so someone else must approve it."));
        assertThat(view().state()).isEqualTo(SubmissionState.SUBMITTED);

        secondManager.call(() -> submissions.approve(openPeriod, kg05, view().version(), null, Locale.ENGLISH));
        assertThat(rows("SELECT approval_state, version " + ofKg05("indicator_value") + " AND indicator_id = " + first.indicatorId()))
                .as("one approved value of the quarter, the new one").singleElement().satisfies(r -> assertThat(r[0]).isEqualTo("APPROVED"));
        assertThat(rows("SELECT old_value, new_value, changed_by " + ofKg05("indicator_value_change")
                + " AND approval_state = 'APPROVED' AND indicator_id = " + first.indicatorId())).singleElement().satisfies(r -> {
                    assertThat((String) r[0]).startsWith(first.measureType() == MeasureType.NUMBER ? "7" : "");
                    assertThat(r[2]).isEqualTo(IdentitiesForTests.SECOND_MANAGER);
                });
    }

    @Test
    void theChecksRefuseTheSubmitOneProblemEachInTheReadersLanguage_andNothingMoves() {
        tx.call(em -> em.createNativeQuery(RequiredNarrative.delete(openPeriod, kg05)).executeUpdate());
        int narrativeSections = 4; // activities, beneficiaries, changes observed, challenges
        var sheet = partnerKg5.call(() -> entry.sheet(openPeriod, kg05, Locale.ENGLISH));
        var numbers = sheet.rows().stream().filter(r -> r.measureType() == MeasureType.NUMBER && r.previous() != null
                && r.previous().reading().total().value().signum() > 0).toList();
        assertThat(numbers).as("KG-05 reported counts last quarter").isNotEmpty();
        var jumped = numbers.get(0);
        var big = jumped.previous().reading().total().value().multiply(BigDecimal.valueOf(3)).stripTrailingZeros().toPlainString();
        save(partnerKg5, jumped, big);

        var refused = catchThrowableOfType(InvalidInput.class, () -> partnerKg5.call(() ->
                submissions.submit(openPeriod, kg05, view().version(), Locale.ENGLISH)));
        assertThat(refused.violations()).hasSize(sheet.rows().size() + narrativeSections).extracting(InvalidInput.Violation::field)
                .contains("value[" + jumped.code() + "].comment", "activities", "beneficiaries", "changesObserved", "challenges");
        assertThat(refused.violations()).filteredOn(v -> v.field().equals("value[" + jumped.code() + "].comment")).singleElement()
                .satisfies(v -> {
                    assertThat(v.message(Locale.ENGLISH)).startsWith(jumped.code() + " changed from ").endsWith(
                            "to " + big + ", more than 50%. Explain the change in the value's comment.");
                    assertThat(v.message(RU)).startsWith(jumped.code() + " изменился с ");
                });
        var missing = sheet.rows().stream().filter(r -> r != jumped).findFirst().orElseThrow();
        assertThat(refused.violations()).filteredOn(v -> v.field().equals("value[" + missing.code() + "]")).singleElement()
                .satisfies(v -> assertThat(v.message(RU)).isEqualTo(missing.code() + ": значение не введено. Введите его перед отправкой."));
        assertThat(view().state()).isEqualTo(SubmissionState.DRAFT);
        assertThat(view().moves()).isEmpty();
        assertThat(partnerKg5.call(() -> submissions.problems(openPeriod, kg05))).hasSize(sheet.rows().size() + narrativeSections);
    }

    @Test
    void aDoubleSubmit_sequentialOrConcurrent_makesOneMove() throws Exception {
        fillLikeLastQuarter(partnerKg5);
        long seen = view().version();
        var pool = Executors.newFixedThreadPool(2);
        var start = new CountDownLatch(1);
        try {
            List<Future<Object>> clicks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                clicks.add(pool.submit(() -> {
                    start.await();
                    try {
                        return partnerKg5.call(() -> submissions.submit(openPeriod, kg05, seen, Locale.ENGLISH));
                    } catch (EditConflict conflict) {
                        return conflict;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (var click : clicks) {
                outcomes.add(click.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn(SubmissionView.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(EditConflict.class::isInstance).singleElement()
                    .satisfies(c -> assertThat(((EditConflict) c).message(Locale.ENGLISH))
                            .startsWith("The package KG-05, 2026-Q4 was changed by " + IdentitiesForTests.PARTNER_KG5_NAME));
        } finally {
            pool.shutdownNow();
        }
        assertThatThrownBy(() -> partnerKg5.call(() -> submissions.submit(openPeriod, kg05, seen, Locale.ENGLISH)))
                .as("the same submit again, later").isInstanceOf(EditConflict.class);
        assertThat(id("SELECT COUNT(*) FROM report_submission_transition t JOIN report_submission s ON s.id = t.report_submission_id "
                + "WHERE s.partner_id = " + kg05 + " AND s.reporting_period_id = " + openPeriod)).isEqualTo(1);
    }

    @Test
    void anotherPartnersOfficerIsRefusedEverywhere_nothingLeaks_andTheAttemptIsLogged() {
        fillLikeLastQuarter(partnerKg5);
        List<String> logged;
        try (var log = CapturedLog.of(PackageAccess.class)) {
            List<Supplier<Object>> attempts = List.of(
                    () -> submissions.view(openPeriod, kg05, Locale.ENGLISH),
                    () -> submissions.problems(openPeriod, kg05),
                    () -> submissions.submit(openPeriod, kg05, 0, Locale.ENGLISH),
                    () -> submissions.comment(openPeriod, kg05, "hello", Locale.ENGLISH));
            for (var attempt : attempts) {
                var refused = catchThrowableOfType(InvalidInput.class, () -> partnerKg2.call(attempt));
                assertThat(refused.violations()).singleElement().extracting(InvalidInput.Violation::key)
                        .isEqualTo("entry.notYourOrganisation");
            }
            logged = log.messages();
        }
        assertThat(logged).hasSize(4).allSatisfy(m -> assertThat(m)
                .contains(IdentitiesForTests.PARTNER_KG).contains("organisation " + kg05).contains("refused"));
        assertThat(view().state()).isEqualTo(SubmissionState.DRAFT);
        assertThat(view().comments()).isEmpty();
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** Enters every assigned indicator as last quarter's value (or a plain one), so that every check passes. */
    private EntrySheet fillLikeLastQuarter(Object as) {
        var sheet = partnerKg5.call(() -> entry.sheet(openPeriod, kg05, Locale.ENGLISH));
        assertThat(sheet.rows()).as("KG-05 has indicators assigned").isNotEmpty();
        List<EnteredValue> values = sheet.rows().stream().map(ReportSubmissionsIT::likeLastQuarter).toList();
        Supplier<Object> work = () -> {
            entry.save(openPeriod, kg05, values);
            return null;
        };
        if (as instanceof AsNamedManager m) {
            m.call(work);
        } else {
            partnerKg5.call(work);
        }
        return sheet;
    }

    private static EnteredValue likeLastQuarter(EntrySheet.Row row) {
        var previous = row.previous() == null ? null : row.previous().reading();
        return switch (row.measureType()) {
            case NUMBER, YES_NO -> EnteredValue.number(row.indicatorId(), null,
                    previous == null || previous.total().value() == null ? "1" : previous.total().value().toPlainString());
            case PERCENTAGE -> previous == null || previous.total().numerator() == null
                    ? ratio(row, "5", "10") : ratio(row, previous.total().numerator().toPlainString(),
                    previous.total().denominator().toPlainString());
            case QUALITATIVE -> new EnteredValue(row.indicatorId(), null, null, "Progress as planned",
                    previous == null || previous.score() == null ? null : previous.score().toPlainString(), false, Map.of(), null);
        };
    }

    private static EnteredValue ratio(EntrySheet.Row row, String numerator, String denominator) {
        return new EnteredValue(row.indicatorId(), null, EnteredValue.Cell.ratio(numerator, denominator), null, null, false,
                Map.of(), null);
    }

    /** A number a little above the value entered (within the change threshold), as text. */
    private static String bumped(EntrySheet.Row row) {
        var value = likeLastQuarter(row).total().value();
        return value == null || row.measureType() != MeasureType.NUMBER ? "1"
                : new BigDecimal(value).add(BigDecimal.ONE).stripTrailingZeros().toPlainString();
    }

    private void save(AsOtherPartnerOfficer as, EntrySheet.Row row, String number) {
        save(as, row, number, null);
    }

    /** Saves one value of the row: a number for counts (as given), else last quarter's like value. */
    private void save(AsOtherPartnerOfficer as, EntrySheet.Row row, String number, String comment) {
        var current = as.call(() -> entry.sheet(openPeriod, kg05, Locale.ENGLISH)).rows().stream()
                .filter(r -> r.indicatorId() == row.indicatorId()).findFirst().orElseThrow();
        var like = likeLastQuarter(row);
        var value = row.measureType() == MeasureType.NUMBER
                ? EnteredValue.number(row.indicatorId(), current.seenVersion(), number).withComment(comment)
                : new EnteredValue(row.indicatorId(), current.seenVersion(), like.total(), like.text(), like.score(), false, Map.of(),
                comment);
        as.call(() -> {
            entry.save(openPeriod, kg05, List.of(value));
            return null;
        });
    }

    private SubmissionView view() {
        return manager.call(() -> submissions.view(openPeriod, kg05, Locale.ENGLISH));
    }

    private Actual official(long indicatorId) {
        return manager.call(() -> results.results("CAOTM", ResultsFilter.of(null, "KG-05", "2026-Q4", "2026-Q4", false),
                LocalDate.of(2027, 1, 20)).orElseThrow()).of(indicatorId).period(OPEN).actual();
    }

    private String ofKg05(String table) {
        return "FROM " + table + " WHERE partner_id = " + kg05 + " AND year = 2026 AND quarter = 4";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return tx.call(em -> (List<Object[]>) em.createNativeQuery(sql).getResultList());
    }

    private long id(String sql) {
        return tx.call(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
