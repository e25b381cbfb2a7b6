package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.camove.indicators.ReportedValueChanges;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark (mvn -Pbench, never plain verify): what a signed-in programme manager waits for over HTTP on
 * the shipped EAR, for the demo programme and the generated one — the dashboard page, the SQL statements
 * one page sends, and the PDFs — with the server's heap read by a probe deployed beside camove.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesBench {

    private static final Path TARGET = new File(System.getProperty("camove.ear")).toPath().getParent();
    private static final String PROBE = "http://localhost:" + Integer.getInteger("camove.test.http.port", 8180) + "/bench-probe/heap";

    private final WebSession manager = new WebSession();

    @Deployment(name = "camove", testable = false, order = 1)
    static EnterpriseArchive camove() {
        return Deployments.camoveEar();
    }

    @Deployment(name = "probe", testable = false, order = 2)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "bench-probe.war").addClasses(BenchProbeServlet.class, HeapWatch.class);
    }

    @BeforeEach
    void programmeAndManager() throws Exception {
        try (Connection db = BenchFigures.database()) {
            long generated = BenchProgramme.ensure(db);
            if (generated > 0) {
                BenchFigures.report(TARGET, "generated programme " + BenchProgramme.CODE + " in " + generated + " ms");
            }
        }
        assertThat(manager.signIn("manager", "camove-demo").statusCode()).isEqualTo(200);
    }

    @Test
    void dashboardPage() throws Exception {
        for (String programme : List.of("CAOTM", BenchProgramme.CODE)) {
            String page = "logframe.xhtml?programme=" + programme;
            var answer = manager.get(page);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains(programme.equals("CAOTM") ? "Central Asia on the Move" : "Benchmark programme");
            probe("reset");
            List<Double> millis = BenchFigures.time(5, 30, () -> manager.get(page));
            BenchFigures.report(TARGET, "dashboard " + page + " (" + answer.body().length() / 1024 + " KB): "
                    + BenchFigures.summary(millis) + "; server heap: " + probe(""));
            probe("reset");
            List<Double> afterChange = BenchFigures.time(2, 20, () -> valuesChanged(programme, "ORDER BY i.id LIMIT 1"),
                    () -> manager.get(page));
            BenchFigures.report(TARGET, "dashboard " + page + ", one indicator's values changed before each request: "
                    + BenchFigures.summary(afterChange) + "; server heap: " + probe(""));
        }
    }

    @Test
    void sqlStatementsPerPage() throws Exception {
        List<Long> perProgramme = new ArrayList<>();
        try (Connection db = BenchFigures.database()) {
            long benchIndicator = BenchFigures.single(db, "SELECT MIN(i.id) FROM indicator i JOIN result r ON r.id = i.result_id "
                    + "JOIN programme p ON p.id = r.programme_id WHERE p.code = '" + BenchProgramme.CODE + "'");
            for (String programme : List.of("CAOTM", BenchProgramme.CODE)) {
                perProgramme.add(statements(db, programme, "logframe.xhtml?programme=" + programme));
            }
            statements(db, BenchProgramme.CODE, "indicator-results.xhtml?id=" + benchIndicator);
        }
        assertThat(perProgramme.get(1)).as("statements do not grow with the programme").isEqualTo(perProgramme.get(0));
    }

    /**
     * Reports the statements one request for the page sends: the fewest of five (nothing changed since the last
     * request), and after every indicator of the programme had its values changed (every result computed afresh).
     */
    private long statements(Connection db, String programme, String page) throws Exception {
        manager.get(page);
        long questions = fewest(db, "Questions", () -> manager.get(page));
        long selects = fewest(db, "Com_select", () -> manager.get(page));
        long afresh = fewest(db, "Questions", () -> valuesChanged(programme, ""), () -> manager.get(page));
        BenchFigures.report(TARGET, "SQL statements for one " + page + ": " + questions + " (of which " + selects
                + " SELECT), fewest of 5 requests; " + afresh + " after every indicator's values changed, fewest of 5");
        return questions;
    }

    @Test
    void pdfDownloads() throws Exception {
        for (String pdf : List.of("iptt.pdf", "logframe.pdf")) {
            String path = pdf + "?programme=" + BenchProgramme.CODE;
            var first = manager.download(path);
            if (first.statusCode() == 404) {
                BenchFigures.report(TARGET, path + ": not in this build (pending)");
                continue;
            }
            assertThat(first.statusCode()).isEqualTo(200);
            try (var document = Loader.loadPDF(first.body())) {
                assertThat(new PDFTextStripper().getText(document)).contains("I120");
                probe("reset");
                List<Double> millis = BenchFigures.time(2, 10, () -> manager.download(path));
                BenchFigures.report(TARGET, path + " (" + document.getNumberOfPages() + " pages, " + first.body().length / 1024
                        + " KB): " + BenchFigures.summary(millis) + "; server heap: " + probe(""));
            }
        }
    }

    /** The fewest statements the database received around one request, of five, less what asking costs. */
    private static long fewest(Connection db, String counter, Runnable request) throws Exception {
        return fewest(db, counter, () -> { }, request);
    }

    /** As {@link #fewest(Connection, String, Runnable)}, with {@code first} done before each request, not counted. */
    private static long fewest(Connection db, String counter, BenchFigures.Step first, Runnable request) throws Exception {
        long asking = -BenchFigures.statements(db, counter) + BenchFigures.statements(db, counter);
        List<Long> deltas = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            first.run();
            long before = BenchFigures.statements(db, counter);
            request.run();
            deltas.add(BenchFigures.statements(db, counter) - before - asking);
        }
        return Collections.min(deltas);
    }

    /** As every writer of values does: the programme's indicators, or as many as {@code limit} says. */
    private static int valuesChanged(String programme, String limit) throws Exception {
        try (Connection db = BenchFigures.database(); var s = db.createStatement()) {
            return s.executeUpdate(ReportedValueChanges.update("SELECT id FROM (SELECT i.id FROM indicator i "
                    + "JOIN result r ON r.id = i.result_id JOIN programme p ON p.id = r.programme_id "
                    + "WHERE p.code = '" + programme + "' " + limit + ") x"));
        }
    }

    private static String probe(String query) throws Exception {
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(PROBE + (query.isEmpty() ? "" : "?" + query)))
                .build(), HttpResponse.BodyHandlers.ofString());
        return answer.body().strip().replace('\n', ' ');
    }
}
