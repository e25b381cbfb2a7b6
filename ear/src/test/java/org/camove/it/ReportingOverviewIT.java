package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.camove.reporting.PackageOverview;
import org.camove.reporting.PackageState;
import org.camove.reporting.ReportingOverview;
import org.camove.shared.InvalidInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The managers' overview of the demo programme's packages, in the container against MariaDB: every partner × every
 * period with its state (the demo's approved and submitted packages, one submitted here for KG-05 in 2026-Q4),
 * overdue where the period is past its grace days and nothing was submitted, counts per period, filters by country
 * and quarters, a partner officer's own row only. The package made here is removed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingOverviewIT {

    /** Past the grace days of every period up to 2026-Q3, not of 2026-Q4's. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(ReportingOverviewIT.class).addClasses(AsNamedManager.class, AsNamedPartnerOfficer.class,
                IdentitiesForTests.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedManager manager;

    @EJB
    private AsNamedPartnerOfficer partnerKg2;

    @EJB
    private ReportingOverview overview;

    private long kg05;

    @BeforeEach
    void packages() {
        IdentitiesForTests.create(tx);
        kg05 = number("SELECT id FROM organisation WHERE code = 'KG-05'");
        removePackages();
        tx.call(em -> em.createNativeQuery("INSERT INTO report_submission (reporting_period_id, partner_id, state) "
                + "SELECT id, ?1, 'SUBMITTED' FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 4")
                .setParameter(1, kg05).executeUpdate());
    }

    @AfterEach
    void removePackages() {
        tx.call(em -> em.createNativeQuery("DELETE FROM report_submission WHERE partner_id = ?1 AND reporting_period_id IN "
                + "(SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 4)")
                .setParameter(1, kg05).executeUpdate());
    }

    @Test
    void everyPartnerByEveryPeriodWithItsStateAndTheCountsPerPeriod() {
        var all = manager.call(() -> overview.overview("CAOTM", null, null, null, TODAY, Locale.ENGLISH)).orElseThrow();

        assertThat(all.partners()).hasSize((int) number("SELECT COUNT(*) FROM programme_participant pp JOIN organisation o "
                + "ON o.id = pp.organisation_id WHERE pp.programme_id = 1 AND o.kind = 'PARTNER'"));
        assertThat(all.periods()).extracting(PackageOverview.Period::quarter).hasSize((int) number(
                "SELECT COUNT(*) FROM reporting_period WHERE programme_id = 1")).contains("2026-Q2", "2026-Q4");
        assertThat(state(all, "KG-05", "2026-Q4")).as("submitted here").isEqualTo(PackageState.SUBMITTED);
        assertThat(state(all, "KG-12", "2026-Q4")).isIn(PackageState.NOT_STARTED, PackageState.DRAFT);
        // the demo's past quarters: approved, submitted (2026-Q3) or, never submitted and past the grace days, overdue
        for (var past : List.of("2025-Q1", "2025-Q4", "2026-Q2", "2026-Q3")) {
            var kept = tx.call(em -> em.createNativeQuery("SELECT o.code, s.state FROM report_submission s JOIN organisation o "
                            + "ON o.id = s.partner_id JOIN reporting_period p ON p.id = s.reporting_period_id "
                            + "WHERE p.programme_id = 1 AND CONCAT(p.year, '-Q', p.quarter) = ?1").setParameter(1, past).getResultList());
            Map<String, String> states = new HashMap<>();
            for (Object row : kept) {
                states.put((String) ((Object[]) row)[0], (String) ((Object[]) row)[1]);
            }
            assertThat(states).as(past + " has packages in the demo").isNotEmpty();
            for (var partner : all.partners()) {
                assertThat(state(all, partner.code(), past)).as(partner.code() + " " + past)
                        .isEqualTo(PackageState.valueOf(states.getOrDefault(partner.code(), "OVERDUE")));
            }
        }
        for (var period : all.periods()) {
            assertThat(period.counts().stream().mapToInt(Integer::intValue).sum()).as(period.quarter()).isEqualTo(all.partners().size());
        }
        var q4 = all.periods().stream().filter(p -> p.quarter().equals("2026-Q4")).findFirst().orElseThrow();
        assertThat(q4.count("SUBMITTED")).isEqualTo((int) number("SELECT COUNT(*) FROM report_submission s JOIN reporting_period p "
                + "ON p.id = s.reporting_period_id WHERE p.programme_id = 1 AND p.year = 2026 AND p.quarter = 4 AND s.state = 'SUBMITTED'"));
        assertThat(q4.count("OVERDUE")).as("2026-Q4 is not due yet").isZero();
    }

    @Test
    void filtersByCountryAndQuarters_andRefusesAMalformedQuarter() {
        var kg = manager.call(() -> overview.overview("CAOTM", "KG", "2026-Q2", "2026-Q4", TODAY, Locale.forLanguageTag("ru")))
                .orElseThrow();
        assertThat(kg.periods()).extracting(PackageOverview.Period::quarter).containsExactly("2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(kg.partners()).hasSize(12).allSatisfy(p -> {
            assertThat(p.country()).isEqualTo("KG");
            assertThat(p.cells()).hasSize(3);
        });
        assertThat(kg.partners().get(0).name()).as("in the reader's language").isEqualTo("Центр политики «Тянь-Шань»");
        var refused = catchThrowableOfType(InvalidInput.class, () -> manager.call(() ->
                overview.overview("CAOTM", null, "2026-5", null, TODAY, Locale.ENGLISH)));
        assertThat(refused.violations()).singleElement().extracting(InvalidInput.Violation::field).isEqualTo("from");
        assertThat(manager.call(() -> overview.overview("NO-SUCH", null, null, null, TODAY, Locale.ENGLISH))).isEmpty();
    }

    @Test
    void aPartnerOfficerSeesOnlyTheirOwnOrganisationsRow() {
        var own = partnerKg2.call(() -> overview.overview("CAOTM", null, null, null, TODAY, Locale.ENGLISH)).orElseThrow();
        assertThat(own.partners()).extracting(PackageOverview.Partner::code).containsExactly("KG-02");
        assertThat(own.periods().stream().flatMap(p -> p.counts().stream()).mapToInt(Integer::intValue).sum())
                .as("the counts are of their row only").isEqualTo(own.periods().size());
        assertThat(partnerKg2.call(() -> overview.overview("CAOTM", "TJ", null, null, TODAY, Locale.ENGLISH)).orElseThrow().partners())
                .isEmpty();
    }

    private static PackageState state(PackageOverview overview, String partner, String quarter) {
        int column = Arrays.asList(overview.periods().stream().map(PackageOverview.Period::quarter).toArray()).indexOf(quarter);
        return overview.partners().stream().filter(p -> p.code().equals(partner)).findFirst().orElseThrow().cells().get(column);
    }

    private long number(String sql) {
        return tx.call(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
