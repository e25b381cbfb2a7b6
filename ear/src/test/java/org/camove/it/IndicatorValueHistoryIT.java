package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.camove.indicators.ReportedValueChanges;
import org.camove.reporting.EnteredValue;
import org.camove.reporting.EntrySheet;
import org.camove.reporting.IndicatorValueEntry;
import org.camove.reporting.PackageAccess;
import org.camove.reporting.ValueHistory;
import org.camove.shared.InvalidInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The history of a value (KG-02's 1.1.a in the open period 2026-Q4, which no other test writes): every change,
 * oldest first, with who, when, why and whether on the partner's behalf; another partner's officer is refused
 * (in English and Russian) and the attempt logged; an indicator not assigned to the partner is refused. The
 * entry sheet reads its values' cells in a fixed number of statements, however many values have cells. Each
 * test removes the values it entered.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorValueHistoryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(IndicatorValueHistoryIT.class).addClasses(AsNamedManager.class, AsNamedPartnerOfficer.class,
                IdentitiesForTests.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedManager manager;

    @EJB
    private AsNamedPartnerOfficer partnerKg;

    @EJB
    private IndicatorValueEntry entry;

    private long kg02;
    private long openPeriod;
    private long consultations;   // 1.1.a, NUMBER broken down by Sex x Age, assigned to KG-02

    @BeforeEach
    void demoIds() {
        IdentitiesForTests.create(tx);
        kg02 = id("SELECT id FROM organisation WHERE code = 'KG-02'");
        openPeriod = id("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 4 AND state = 'OPEN'");
        consultations = id("SELECT id FROM indicator WHERE code = '1.1.a' AND result_id IN (SELECT id FROM result WHERE programme_id = 1)");
        removeEnteredValues();
    }

    /** The demo data set has no values for 2026-Q4: KG-02's 1.1.a there was entered here. */
    @AfterEach
    void removeEnteredValues() {
        tx.call(em -> {
            em.createNativeQuery("DELETE " + entered("indicator_value")).executeUpdate();
            em.createNativeQuery("DELETE " + entered("indicator_value_change")).executeUpdate();
            ReportedValueChanges.record(em, List.of(consultations));
            return null;
        });
    }

    @Test
    void theHistoryListsEveryChangeOldestFirstWithWhoWhyAndWhetherOnThePartnersBehalf() {
        assertThat(partnerKg.call(() -> entry.history(openPeriod, kg02, consultations, Locale.ENGLISH)).changes())
                .as("nothing entered yet").isEmpty();
        partnerKg.call(() -> {
            entry.save(openPeriod, kg02, List.of(EnteredValue.number(consultations, null, "12").withComment("from the desk logs")));
            return null;
        });
        long read = id("SELECT version " + entered("indicator_value"));
        manager.call(() -> {
            entry.save(openPeriod, kg02, List.of(EnteredValue.number(consultations, read, "14").withComment("two were missed")));
            return null;
        });

        ValueHistory history = partnerKg.call(() -> entry.history(openPeriod, kg02, consultations, Locale.forLanguageTag("ru")));
        assertThat(history.indicatorCode()).isEqualTo("1.1.a");
        assertThat(history.quarter()).isEqualTo("2026-Q4");
        assertThat(history.indicatorName()).as("in the reader's language").startsWith("Число внутренних мигрантов");
        assertThat(history.changes()).extracting(c -> c.oldValue() + " > " + c.newValue() + " by " + c.changedBy() + " (" + c.changedByName()
                        + (c.onBehalf() ? ", on behalf" : ", own") + ") because " + c.reason())
                .containsExactly("null > 12 by " + IdentitiesForTests.PARTNER_KG + " (" + IdentitiesForTests.PARTNER_KG_NAME
                                + ", own) because from the desk logs",
                        "12 > 14 by " + IdentitiesForTests.MANAGER + " (Timur Testov, on behalf) because two were missed");
        assertThat(history.changes().get(0).changedAt()).isNotNull().isBeforeOrEqualTo(history.changes().get(1).changedAt());
        assertThat(manager.call(() -> entry.history(openPeriod, kg02, consultations, Locale.ENGLISH)).changes())
                .as("managers read it too").hasSize(2);
    }

    @Test
    void anotherPartnersOfficerIsRefusedTheHistoryAndTheAttemptIsLogged_andAnIndicatorNotAssignedIsRefused() {
        long tj03 = id("SELECT id FROM organisation WHERE code = 'TJ-03'");
        long theirs = id("SELECT id FROM indicator WHERE code = '3.1.a' AND result_id IN (SELECT id FROM result WHERE programme_id = 1)");
        List<LogRecord> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(PackageAccess.class.getName());
        log.addHandler(handler);
        try {
            var refused = catchThrowableOfType(InvalidInput.class,
                    () -> partnerKg.call(() -> entry.history(openPeriod, tj03, theirs, Locale.ENGLISH)));
            assertThat(refused.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("partner");
                assertThat(v.message(Locale.ENGLISH)).isEqualTo("You can read and enter only your own organisation's indicator values.");
                assertThat(v.message(Locale.forLanguageTag("ru"))).contains("только").contains("своей организации");
            });
        } finally {
            log.removeHandler(handler);
        }
        assertThat(logged).extracting(LogRecord::getMessage).anySatisfy(message -> assertThat(message)
                .contains(IdentitiesForTests.PARTNER_KG).contains("organisation " + tj03).contains("refused"));

        var notAssigned = catchThrowableOfType(InvalidInput.class,
                () -> partnerKg.call(() -> entry.history(openPeriod, kg02, theirs, Locale.ENGLISH)));
        assertThat(notAssigned.violations()).singleElement().extracting(InvalidInput.Violation::key).isEqualTo("entry.notAssigned");
    }

    @Test
    void theSheetReadsItsValuesCellsInAFixedNumberOfStatements() {
        selectsOfSheet(); // the first read after deployment also fills EclipseLink's shared cache of cacheable entities
        long before = selectsOfSheet();
        partnerKg.call(() -> {
            entry.save(openPeriod, kg02, List.of(EnteredValue.number(consultations, null, "30").withCells(Map.of(
                    "AGE=0-17;SEX=F", EnteredValue.Cell.number("10"), "AGE=18-35;SEX=M", EnteredValue.Cell.number("20")), true)));
            return null;
        });
        EntrySheet sheet = partnerKg.call(() -> entry.sheet(openPeriod, kg02, Locale.ENGLISH));
        long withCells = sheet.rows().stream().filter(r -> r.previous() != null && !r.previous().reading().cells().isEmpty()).count();
        assertThat(withCells).as("the previous quarter's values of KG-02 have cells").isGreaterThanOrEqualTo(2);
        var row = sheet.rows().stream().filter(r -> r.indicatorId() == consultations).findFirst().orElseThrow();
        assertThat(row.current().reading().cells()).hasSize(2);

        long after = selectsOfSheet();
        assertThat(after).as("one more value with cells costs no statement").isEqualTo(before);
        assertThat(after).as("a sheet is a handful of statements, whatever its size").isLessThanOrEqualTo(15);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** SELECTs the database ran for one sheet, counted on the transaction's connection. */
    private long selectsOfSheet() {
        return tx.call(em -> {
            long start = selects(em);
            partnerKg.call(() -> entry.sheet(openPeriod, kg02, Locale.ENGLISH));
            return selects(em) - start;
        });
    }

    private static long selects(EntityManager em) {
        Object[] row = (Object[]) em.createNativeQuery("SHOW SESSION STATUS LIKE 'Com_select'").getSingleResult();
        return Long.parseLong(row[1].toString());
    }

    private String entered(String table) {
        return "FROM " + table + " WHERE partner_id = " + kg02 + " AND year = 2026 AND quarter = 4 AND indicator_id = " + consultations;
    }

    private long id(String sql) {
        return tx.call(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
