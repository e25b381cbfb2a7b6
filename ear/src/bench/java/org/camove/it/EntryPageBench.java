package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static us.abstracta.jmeter.javadsl.JmeterDsl.httpHeaders;
import static us.abstracta.jmeter.javadsl.JmeterDsl.httpSampler;
import static us.abstracta.jmeter.javadsl.JmeterDsl.jsr223PostProcessor;
import static us.abstracta.jmeter.javadsl.JmeterDsl.jtlWriter;
import static us.abstracta.jmeter.javadsl.JmeterDsl.forLoopController;
import static us.abstracta.jmeter.javadsl.JmeterDsl.responseAssertion;
import static us.abstracta.jmeter.javadsl.JmeterDsl.testPlan;
import static us.abstracta.jmeter.javadsl.JmeterDsl.threadGroup;
import static us.abstracta.jmeter.javadsl.JmeterDsl.uniformRandomTimer;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Locale;
import org.apache.http.entity.ContentType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import us.abstracta.jmeter.javadsl.core.assertions.DslResponseAssertion;
import us.abstracta.jmeter.javadsl.core.listeners.JtlWriter;
import us.abstracta.jmeter.javadsl.core.stats.StatsSummary;

/**
 * Benchmark (mvn -Pbench, never plain verify): the indicator entry page under load, measured with JMeter (its
 * Java DSL) against the shipped EAR. {@value BenchEntrySheets#USERS} partner officers sign in once each, then
 * then, in rounds, each opens their organisation's sheet of {@value BenchEntrySheets#INDICATORS} indicators broken down by Sex × Age
 * and saves it back as a browser would: a Faces postback carrying the page's ViewState and every input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EntryPageBench {

    private static final Path TARGET = new File(System.getProperty("camove.ear")).toPath().getParent();
    private static final int ROUNDS = Integer.getInteger("camove.bench.rounds", 20);
    /** A person's pause before each request, drawn evenly between these (ms); 0 and 0 measure a saturated server. */
    private static final long THINK_MIN = Long.getLong("camove.bench.think.min", 0);
    private static final long THINK_MAX = Long.getLong("camove.bench.think.max", 0);
    private static final String FORM = "valuesForm";
    private static final String SAVE = "valuesForm:save";

    @Deployment(testable = false)
    static EnterpriseArchive camove() {
        return Deployments.camoveEar();
    }

    @Test
    void entryPageForFiftyOfficersAtOnce() throws Exception {
        BenchEntrySheets.Sheets sheets;
        try (Connection db = BenchFigures.database()) {
            BenchProgramme.ensure(db);
            sheets = BenchEntrySheets.ensure(db);
        }
        String page = WebSession.BASE + "indicator-values.xhtml?period=" + sheets.periodId() + "&partner=";
        var stats = testPlan(threadGroup("officers", BenchEntrySheets.USERS, 1,
                // as a browser: answers gzipped (JMeter unzips them for the assertions)
                httpHeaders().header("Accept-Encoding", "gzip, deflate"),
                // as a browser does: the page asks for the sign-in form, which leads back to the page
                httpSampler("sign-in form", s -> page + sheets.partnerOf(s.ctx.getThreadNum() + 1)),
                // its answer sends the browser back to the page, with the new session's cookie: not followed
                // here, so that JMeter's cookie manager keeps that cookie for the requests measured
                httpSampler("sign in", WebSession.BASE + "j_security_check").method("POST")
                        .param("j_username", "bench.officer.${__threadNum}").param("j_password", "camove-demo")
                        .followRedirects(false)
                        .children(responseAssertion().fieldToTest(DslResponseAssertion.TargetField.RESPONSE_CODE)
                                .equalsToStrings("302")),
                // then, in the session signed in, rounds of the page and its save
                forLoopController(ROUNDS,
                        uniformRandomTimer(Duration.ofMillis(THINK_MIN), Duration.ofMillis(Math.max(THINK_MIN, THINK_MAX))),
                        httpSampler("entry page", s -> page + sheets.partnerOf(s.ctx.getThreadNum() + 1))
                                .children(responseAssertion().containsSubstrings("I1"),
                                        jsr223PostProcessor(s -> s.vars.put("postback",
                                                FacesForm.postback(s.prev.getResponseDataAsString(), FORM, SAVE)))),
                        httpSampler("save (postback with ViewState)", s -> page + sheets.partnerOf(s.ctx.getThreadNum() + 1))
                                .post(s -> s.vars.get("postback"), ContentType.APPLICATION_FORM_URLENCODED)
                                .children(responseAssertion().containsSubstrings("I1")))),
                // failed requests, whole, for finding out why: ear/target/bench/*.jtl
                jtlWriter(TARGET.resolve("bench").toString()).logOnly(JtlWriter.SampleStatus.ERROR).saveAsXml(true).withAllFields()
        ).run();
        for (String label : new String[] {"entry page", "save (postback with ViewState)"}) {
            StatsSummary s = stats.byLabel(label);
            BenchFigures.report(TARGET, String.format(Locale.ROOT, "%s, %d officers at once, %d indicators × 12 cells: "
                            + "think %d-%d ms: median %d ms, p95 %d ms, p99 %d ms, max %d ms (%d requests, %d errors, %.0f requests/s overall)",
                    label, BenchEntrySheets.USERS, BenchEntrySheets.INDICATORS, THINK_MIN, Math.max(THINK_MIN, THINK_MAX), millis(s.sampleTime().median()),
                    millis(s.sampleTime().perc95()), millis(s.sampleTime().perc99()), millis(s.sampleTime().max()),
                    s.samplesCount(), s.errorsCount(),
                    stats.overall().samplesCount() * 1000.0 / Math.max(1, stats.duration().toMillis())));
            assertThat(s.errorsCount()).as(label + " errors").isZero();
            assertThat(s.samplesCount()).isEqualTo((long) BenchEntrySheets.USERS * ROUNDS);
        }
    }

    private static long millis(Duration duration) {
        return duration.toMillis();
    }
}
