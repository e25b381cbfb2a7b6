package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.camove.indicators.IndicatorResults;
import org.camove.indicators.ProgrammeResults;
import org.camove.indicators.ReportedValueChanges;
import org.camove.indicators.ResultsFilter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark (mvn -Pbench, never plain verify): the whole-programme IPTT computation of the generated
 * programme, in the server, warm: time, the heap it keeps alive while it streams the values, and the
 * statements it sends, with nothing changed since the last computation (every result from the cache), after
 * one indicator's values changed, and after every indicator's did (everything computed afresh). Checks on the way that a sum indicator's total is the sum the database makes.
 */
@ExtendWith(ArquillianExtension.class)
class ResultsComputationBench {

    private static final int WARM_UPS = 3;
    private static final int RUNS = 20;

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(ResultsComputationBench.class)
                .addClasses(BenchProgramme.class, BenchFigures.class, HeapWatch.class);
    }

    @Resource(lookup = "java:jboss/datasources/CamoveDS")
    private DataSource dataSource;

    @EJB
    private AsProgrammeManager asManager;

    @EJB
    private IndicatorResults results;

    @Test
    void wholeProgrammeToDate() throws Exception {
        Path target = Path.of(System.getProperty("jboss.home.dir")).getParent();
        long generated = sql(BenchProgramme::ensure);
        BenchFigures.report(target, "generated programme " + BenchProgramme.CODE + ": " + (generated == 0 ? "already there"
                : generated + " ms") + "; " + sql(db -> BenchFigures.single(db, "SELECT COUNT(*) FROM indicator_value")) + " values, "
                + sql(db -> BenchFigures.single(db, "SELECT COUNT(*) FROM indicator_value_cell")) + " cells in the database");

        ProgrammeResults first = compute();
        assertThat(first.byIndicator()).hasSize(BenchProgramme.INDICATORS);
        assertThat(first.periods().quarters()).hasSize(BenchProgramme.QUARTERS);
        long sumIndicator = sql(db -> BenchFigures.single(db, "SELECT i.id FROM indicator i JOIN result r ON r.id = i.result_id "
                + "JOIN programme p ON p.id = r.programme_id WHERE p.code = 'BENCH' AND i.code = 'I1'"));
        long approvedSum = sql(db -> BenchFigures.single(db, "SELECT SUM(value) FROM indicator_value WHERE indicator_id = "
                + sumIndicator + " AND approval_state = 'APPROVED'"));
        assertThat(first.of(sumIndicator).totalToDate().value()).isEqualByComparingTo(BigDecimal.valueOf(approvedSum));

        String programme = "(SELECT i.id FROM indicator i JOIN result r ON r.id = i.result_id JOIN programme p "
                + "ON p.id = r.programme_id WHERE p.code = '" + BenchProgramme.CODE + "')";
        measure(target, first, "from the cache, nothing changed since the last computation", () -> { });
        measure(target, first, "after one indicator's values changed",
                () -> valuesChanged(Long.toString(sumIndicator)));
        measure(target, first, "after every indicator's values changed, all computed afresh",
                () -> valuesChanged("SELECT id FROM " + programme + " x"));
    }

    /** Times the computation with {@code change} made before each run, and counts the statements one run sends. */
    private void measure(Path target, ProgrammeResults first, String label, BenchFigures.Step change) throws Exception {
        // what reading the counter costs, on a connection taken from the pool as below
        long asking = -sql(db -> BenchFigures.statements(db, "Questions")) + sql(db -> BenchFigures.statements(db, "Questions"));
        change.run();
        long before = sql(db -> BenchFigures.statements(db, "Questions"));
        compute();
        long sent = sql(db -> BenchFigures.statements(db, "Questions")) - before - asking;

        try (var heap = HeapWatch.start()) {
            long live = heap.maxLiveMb();
            List<Double> millis = BenchFigures.time(WARM_UPS, RUNS, change, this::compute);
            BenchFigures.report(target, "whole-programme computation (" + BenchProgramme.INDICATORS + " indicators, "
                    + first.partners().size() + " partners, " + first.periods().quarters().size() + " quarters), "
                    + label + ": " + BenchFigures.summary(millis) + "; heap live before " + live
                    + " MB, largest live during the runs " + heap.maxLiveMb() + " MB of " + HeapWatch.heapMaxMb() + " MB; "
                    + heap.collections() + " collections, " + heap.collectionMillis() + " ms in GC; " + sent
                    + " SQL statements a computation");
        }
    }

    /** As every writer of values does, for the indicators the query selects. */
    private void valuesChanged(String indicators) throws Exception {
        sql(db -> {
            try (var s = db.createStatement()) {
                return s.executeUpdate(ReportedValueChanges.update(indicators));
            }
        });
    }

    private ProgrammeResults compute() {
        return asManager.call(() -> results.results(BenchProgramme.CODE, ResultsFilter.officialToDate(), LocalDate.now()))
                .orElseThrow();
    }

    /** Each step on a connection of its own, so none is held across the service's transactions. */
    private long sql(SqlStep step) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return step.run(connection);
        }
    }

    private interface SqlStep {
        long run(Connection connection) throws Exception;
    }
}
