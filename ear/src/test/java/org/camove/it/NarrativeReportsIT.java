package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camove.it.DemoPackage.number;
import static org.camove.it.DemoPackage.single;
import static org.camove.it.DemoPackage.update;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.Locale;
import org.camove.narrative.ActivityStatus;
import org.camove.narrative.NarrativeDraft;
import org.camove.narrative.NarrativeReports;
import org.camove.narrative.NarrativeView;
import org.camove.organisations.Organisation;
import org.camove.reporting.PackageAccess;
import org.camove.reporting.ReportingPeriod;
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
 * KG-02's narrative report for the demo's open period (2026-Q4) against the real database: saved and read back
 * with its activities in the logframe's order, rich texts sanitised, stories with and without consent; the
 * required sections named until they are filled; a stale save loses to the first; refused once the package is
 * submitted, for another partner's officer (logged) and for finance reviewers. Each test removes the report.
 */
@ExtendWith(ArquillianExtension.class)
class NarrativeReportsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(NarrativeReportsIT.class).addClasses(CapturedLog.class, AsNamedManager.class, AsNamedPartnerOfficer.class,
                AsFinanceReviewer.class, IdentitiesForTests.class, DemoPackage.class);
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
    private NarrativeReports reports;

    private long kg02;
    private long tj01;
    private long openPeriod;
    private long firstActivity;   // 1.1.1
    private long secondActivity;  // 1.1.2
    private List<Long> packagesBefore = List.of();

    @BeforeEach
    void demoIds() {
        IdentitiesForTests.create(tx);
        var demo = DemoPackage.read(tx);
        kg02 = demo.kg02();
        tj01 = demo.tj01();
        openPeriod = demo.openPeriod();
        firstActivity = number(tx, "SELECT id FROM result WHERE programme_id = 1 AND code = '1.1.1'");
        secondActivity = number(tx, "SELECT id FROM result WHERE programme_id = 1 AND code = '1.1.2'");
        packagesBefore = packages();
        removeReports();
    }

    /**
     * The demo data set has no narrative reports: whatever KG-02 and TJ-01 have for 2026-Q4 was written here; so
     * were the draft packages that a first save started.
     */
    @AfterEach
    void removeReports() {
        tx.call(em -> em.createNativeQuery("DELETE FROM narrative_report WHERE reporting_period_id = ?1 AND partner_id IN (?2, ?3)")
                .setParameter(1, openPeriod).setParameter(2, kg02).setParameter(3, tj01).executeUpdate());
        packages().stream().filter(p -> !packagesBefore.contains(p)).forEach(partner -> update(tx,
                "DELETE FROM report_submission WHERE reporting_period_id = " + openPeriod + " AND partner_id = " + partner));
    }

    private List<Long> packages() {
        return tx.call(em -> em.createNativeQuery("SELECT partner_id FROM report_submission WHERE reporting_period_id = ?1 "
                + "AND partner_id IN (?2, ?3)").setParameter(1, openPeriod).setParameter(2, kg02).setParameter(3, tj01)
                .getResultStream().map(n -> ((Number) n).longValue()).toList());
    }

    @Test
    void thePartnersOfficerSavesTheReportAndReadsItBackSanitisedWithTheStoriesConsentKept() {
        assertThat(problems()).extracting(InvalidInput.Violation::field)
                .containsExactly("activities", "beneficiaries", "changesObserved", "challenges");
        assertThat(problems().get(3).message(Locale.ENGLISH))
                .isEqualTo("The narrative report for 2026-Q4 does not describe the challenges and risks.");

        save(partnerKg, draft(null, "<p>Registration <strong>doubled</strong> in Osh.<script>alert('x')</script></p>"
                + "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">see</a> <a href=\"https://example.org\">law</a>"));

        NarrativeView view = partnerKg.call(() -> reports.report(openPeriod, kg02, Locale.ENGLISH));
        assertThat(view.quarter()).isEqualTo("2026-Q4");
        assertThat(view.partnerCode()).isEqualTo("KG-02");
        assertThat(view.editable()).isTrue();
        assertThat(view.changedBy()).isEqualTo(IdentitiesForTests.PARTNER_KG);
        assertThat(view.activities()).as("every activity of the logframe, in its order")
                .hasSize((int) number(tx, "SELECT COUNT(*) FROM result WHERE programme_id = 1 AND depth = 4"));
        assertThat(view.activities().subList(0, 3)).extracting(NarrativeView.ActivityRow::code).containsExactly("1.1.1", "1.1.2", "1.2.1");
        assertThat(view.activities().get(0).line()).isEqualTo(new NarrativeDraft.Activity(firstActivity, ActivityStatus.DONE,
                "42 families advised", "40 planned, 42 advised"));
        assertThat(view.activities().get(1).line().status()).isEqualTo(ActivityStatus.PARTLY);
        assertThat(view.activities().get(2).line().status()).as("not stated").isNull();
        var content = view.content();
        assertThat(content.changesObserved()).as("the rel tokens come in either order")
                .matches("<p>Registration <strong>doubled</strong> in Osh\\.</p>see "
                        + "<a href=\"https://example\\.org\" rel=\"(nofollow noopener|noopener nofollow)\">law</a>");
        assertThat(content.beneficiaries()).isEqualTo(new NarrativeDraft.Beneficiaries(27, 15, 0, "Internal migrants in Osh"));
        assertThat(content.beneficiaries().total()).isEqualTo(42);
        assertThat(content.stories()).extracting(NarrativeDraft.Story::title).containsExactly("Aigul's pension", "A family in Batken");
        assertThat(content.storiesForDonors()).as("only the story told with consent may leave camove")
                .extracting(NarrativeDraft.Story::title).containsExactly("Aigul's pension");
        assertThat(narrative("changes_observed", kg02).toString())
                .as("what is stored is sanitised").doesNotContain("script", "onerror", "javascript");
        assertThat(problems()).isEmpty();

        assertThat(manager.call(() -> reports.report(openPeriod, kg02, Locale.forLanguageTag("ru"))).activities().get(0).statement())
                .as("a manager reads it too, in Russian").isEqualTo(single(tx, "SELECT statement_ru FROM result WHERE id = " + firstActivity));
    }

    @Test
    void aStaleSaveConflictsNamingWhoSavedFirst_andTheFirstStays() {
        save(partnerKg, draft(null, "<p>first</p>"));
        long read = partnerKg.call(() -> reports.report(openPeriod, kg02, Locale.ENGLISH)).content().seenVersion();
        save(manager, draft(read, "<p>corrected by the manager</p>"));

        var stale = catchThrowableOfType(EditConflict.class, () -> save(partnerKg, draft(read, "<p>late</p>")));
        assertThat(stale.message(Locale.ENGLISH)).startsWith("The narrative report of KG-02, 2026-Q4 was changed by Timur Testov at ");
        var again = catchThrowableOfType(EditConflict.class, () -> save(partnerKg, draft(null, "<p>a second first save</p>")));
        assertThat(again).isNotNull();
        assertThat(narrative("changes_observed", kg02))
                .isEqualTo("<p>corrected by the manager</p>");
        assertThat(narrative("changed_by", kg02)).isEqualTo(IdentitiesForTests.MANAGER);
    }

    @Test
    void brokenRulesAreRefusedByField_inEnglishAndRussian_withNothingSaved() {
        var draft = new NarrativeDraft(null, List.of(new NarrativeDraft.Activity(firstActivity, null, "something", null),
                new NarrativeDraft.Activity(999_999L, ActivityStatus.DONE, null, null)),
                new NarrativeDraft.Beneficiaries(-3, null, null, null), "<p>" + "x".repeat(20_001) + "</p>", null, null, null,
                List.of(new NarrativeDraft.Story(" ", "<p>untitled</p>", true)));
        var refused = catchThrowableOfType(InvalidInput.class, () -> save(partnerKg, draft));
        assertThat(refused.violations()).extracting(InvalidInput.Violation::field).containsExactlyInAnyOrder(
                "activity[" + firstActivity + "]", "activity[999999]", "women", "changesObserved", "story[0].title");
        assertThat(refused.violations()).filteredOn(v -> v.field().equals("women")).singleElement()
                .satisfies(v -> assertThat(v.message(Locale.forLanguageTag("ru"))).isEqualTo("Число людей не может быть отрицательным (-3)."));
        assertThat(refused.violations()).filteredOn(v -> v.field().equals("changesObserved")).singleElement()
                .satisfies(v -> assertThat(v.message(Locale.ENGLISH)).isEqualTo("This text is too long: keep it under 20,000 characters."));
        assertThat(reportRows()).isZero();
    }

    @Test
    void aSubmittedPackageRefusesChanges() {
        save(partnerKg, draft(null, "<p>before submitting</p>"));
        long read = partnerKg.call(() -> reports.report(openPeriod, kg02, Locale.ENGLISH)).content().seenVersion();
        Object before = single(tx, "SELECT state FROM report_submission WHERE reporting_period_id = " + openPeriod + " AND partner_id = " + kg02);
        update(tx, "UPDATE report_submission SET state = 'SUBMITTED' WHERE reporting_period_id = " + openPeriod + " AND partner_id = " + kg02);
        try {
            var refused = catchThrowableOfType(InvalidInput.class, () -> save(partnerKg, draft(read, "<p>after submitting</p>")));
            assertThat(refused.violations()).singleElement().satisfies(v -> {
                assertThat(v.message(Locale.ENGLISH)).isEqualTo(
                        "The package for 2026-Q4 has been submitted for review, so it cannot be changed. A programme manager can return it to you.");
                assertThat(v.message(Locale.forLanguageTag("ru"))).startsWith("Пакет за 2026-Q4");
            });
            assertThatThrownBy(() -> save(manager, draft(read, "<p>on behalf</p>"))).isInstanceOf(InvalidInput.class);
            var view = partnerKg.call(() -> reports.report(openPeriod, kg02, Locale.ENGLISH));
            assertThat(view.editable()).isFalse();
            assertThat(view.content().changesObserved()).isEqualTo("<p>before submitting</p>");
        } finally {
            update(tx, "UPDATE report_submission SET state = '" + before + "' WHERE reporting_period_id = " + openPeriod + " AND partner_id = " + kg02);
        }
    }

    @Test
    void anotherPartnersOfficerIsRefusedAndTheAttemptLogged_financeReviewersToo() {
        save(manager, draft(null, "<p>TJ-01's own report</p>"), tj01);
        List<String> logged;
        try (var log = CapturedLog.of(PackageAccess.class)) {
            var read = catchThrowableOfType(InvalidInput.class, () -> partnerKg.call(() -> reports.report(openPeriod, tj01, Locale.ENGLISH)));
            assertThat(read.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("partner"));
            assertThat(read.getMessage()).doesNotContain("TJ-01's own report");
            assertThatThrownBy(() -> save(partnerKg, draft(null, "<p>overwritten</p>"), tj01)).isInstanceOf(InvalidInput.class);
            logged = log.messages();
        }
        assertThat(logged).hasSize(2).allSatisfy(m -> assertThat(m)
                .contains(IdentitiesForTests.PARTNER_KG, "organisation " + tj01, "not theirs: refused"));
        assertThat(narrative("changes_observed", tj01)).isEqualTo("<p>TJ-01&#39;s own report</p>");

        assertThatThrownBy(() -> finance.call(() -> reports.report(openPeriod, kg02, Locale.ENGLISH))).isInstanceOf(EJBAccessException.class);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private NarrativeDraft draft(Long seen, String changes) {
        return new NarrativeDraft(seen, List.of(
                new NarrativeDraft.Activity(firstActivity, ActivityStatus.DONE, " 42 families advised ", "40 planned, 42 advised"),
                new NarrativeDraft.Activity(secondActivity, ActivityStatus.PARTLY, "Two of four trainings", null)),
                new NarrativeDraft.Beneficiaries(27, 15, 0, "Internal migrants in Osh"), changes,
                "<p>Floods closed the <em>road</em> to Batken.</p>", "<ul><li>Go early</li></ul>", null,
                List.of(new NarrativeDraft.Story("Aigul's pension", "<p>Aigul receives her pension again.</p>", true),
                        new NarrativeDraft.Story("A family in Batken", "<p>Named people, no consent yet.</p>", false)));
    }

    private void save(Object as, NarrativeDraft draft) {
        save(as, draft, kg02);
    }

    private void save(Object as, NarrativeDraft draft, long partner) {
        java.util.function.Supplier<Object> work = () -> {
            reports.save(openPeriod, partner, draft);
            return null;
        };
        if (as instanceof AsNamedManager m) {
            m.call(work);
        } else {
            partnerKg.call(work);
        }
    }

    private List<InvalidInput.Violation> problems() {
        var period = tx.call(em -> em.find(ReportingPeriod.class, openPeriod));
        var partner = tx.call(em -> em.find(Organisation.class, kg02));
        return manager.call(() -> reports.problems(period, partner));
    }

    /** A column of the partner's report for the open period. */
    private Object narrative(String column, long partner) {
        return single(tx, "SELECT " + column + " FROM narrative_report WHERE reporting_period_id = " + openPeriod + " AND partner_id = " + partner);
    }

    private long reportRows() {
        return number(tx, "SELECT COUNT(*) FROM narrative_report WHERE reporting_period_id = " + openPeriod + " AND partner_id = " + kg02);
    }



}
