package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static us.abstracta.jmeter.javadsl.JmeterDsl.httpHeaders;
import static us.abstracta.jmeter.javadsl.JmeterDsl.httpSampler;
import static us.abstracta.jmeter.javadsl.JmeterDsl.jsr223PostProcessor;
import static us.abstracta.jmeter.javadsl.JmeterDsl.jtlWriter;
import static us.abstracta.jmeter.javadsl.JmeterDsl.forLoopController;
import static us.abstracta.jmeter.javadsl.JmeterDsl.responseAssertion;
import static us.abstracta.jmeter.javadsl.JmeterDsl.setupThreadGroup;
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
import us.abstracta.jmeter.javadsl.core.threadgroups.BaseThreadGroup;

/**
 * Benchmark (mvn -Pbench, never plain verify): the indicator entry page under load, measured with JMeter (its
 * Java DSL) against the shipped EAR. {@value BenchEntrySheets#USERS} partner officers, arriving over a ramp, sign in
 * once each, then, in rounds, each opens their organisation's sheet of {@value BenchEntrySheets#INDICATORS} indicators
 * broken down by Sex × Age and saves it back as a browser would (answers gzipped, a Faces postback carrying the page's
 * ViewState and every input), pausing before each request as a person does. One officer first warms the server up,
 * unmeasured: the figures are those of a server that has been running, not of its first requests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EntryPageBench {

    private static final Path TARGET = new File(System.getProperty("camove.ear")).toPath().getParent();
    private static final int ROUNDS = Integer.getInteger("camove.bench.rounds", 20);
    private static final int WARM_UP = Integer.getInteger("camove.bench.warmup", 20);
    /** A person's pause before each request, drawn evenly between these (ms); 0 and 0 measure a saturated server. */
    private static final long THINK_MIN = Long.getLong("camove.bench.think.min", 3000);
    private static final long THINK_MAX = Math.max(THINK_MIN, Long.getLong("camove.bench.think.max", 7000));
    /** How long the officers take to arrive (s): one every half second by default. */
    private static final long RAMP = Long.getLong("camove.bench.ramp", 25);
    private static final String FORM = "valuesForm";
    private static final String SAVE = "valuesForm:save";
    private static final String[] MEASURED = {"entry page", "save (postback with ViewState)"};

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
        var stats = testPlan(
                setupThreadGroup("warm-up", officer(page, sheets, "warm-up ", WARM_UP, 0, 0)),
                threadGroup("officers").rampTo(BenchEntrySheets.USERS, Duration.ofSeconds(RAMP)).holdIterating(1)
                        .children(officer(page, sheets, "", ROUNDS, THINK_MIN, THINK_MAX)),
                // failed requests, whole, for finding out why: ear/target/bench/*.jtl
                jtlWriter(TARGET.resolve("bench").toString()).logOnly(JtlWriter.SampleStatus.ERROR).saveAsXml(true).withAllFields()
        ).run();
        for (String label : MEASURED) {
            StatsSummary s = stats.byLabel(label);
            BenchFigures.report(TARGET, String.format(Locale.ROOT, "%s, %d officers (arriving over %d s), %d indicators × 12 cells, "
                            + "think %d-%d ms: median %d ms, p95 %d ms, p99 %d ms, max %d ms (%d requests, %d errors, %.1f requests/s)",
                    label, BenchEntrySheets.USERS, RAMP, BenchEntrySheets.INDICATORS, THINK_MIN, THINK_MAX, millis(s.sampleTime().median()),
                    millis(s.sampleTime().perc95()), millis(s.sampleTime().perc99()), millis(s.sampleTime().max()),
                    s.samplesCount(), s.errorsCount(), s.samples().perSecond()));
            assertThat(s.errorsCount()).as(label + " errors").isZero();
            assertThat(s.samplesCount()).isEqualTo((long) BenchEntrySheets.USERS * ROUNDS);
        }
    }

    /**
     * What one officer's thread does (its number names the officer and the partner): asks for the sheet and gets the
     * sign-in form, signs in (the new session's cookie kept), then {@code rounds} of the page and its save, each after a
     * pause of {@code thinkMin}..{@code thinkMax} ms. {@code prefix} names the requests (the warm-up's are not measured).
     */
    private static BaseThreadGroup.ThreadGroupChild[] officer(String page, BenchEntrySheets.Sheets sheets, String prefix, int rounds,
                                                             long thinkMin, long thinkMax) {
        return new BaseThreadGroup.ThreadGroupChild[] {
                // as a browser: answers gzipped (JMeter unzips them for the assertions)
                httpHeaders().header("Accept-Encoding", "gzip, deflate"),
                // as a browser does: the page asks for the sign-in form, which leads back to the page
                httpSampler(prefix + "sign-in form", s -> page + sheets.partnerOf(s.ctx.getThreadNum() + 1)),
                // its answer sends the browser back to the page, with the new session's cookie: not followed
                // here, so that JMeter's cookie manager keeps that cookie for the requests measured
                httpSampler(prefix + "sign in", WebSession.BASE + "j_security_check").method("POST")
                        .param("j_username", "bench.officer.${__threadNum}").param("j_password", "camove-demo")
                        .followRedirects(false)
                        .children(responseAssertion().fieldToTest(DslResponseAssertion.TargetField.RESPONSE_CODE)
                                .equalsToStrings("302")),
                // then, in the session signed in, rounds of the page and its save
                forLoopController(rounds,
                        uniformRandomTimer(Duration.ofMillis(thinkMin), Duration.ofMillis(thinkMax)),
                        httpSampler(prefix + MEASURED[0], s -> page + sheets.partnerOf(s.ctx.getThreadNum() + 1))
                                .children(responseAssertion().containsSubstrings("I1"),
                                        jsr223PostProcessor(s -> s.vars.put("postback",
                                                FacesForm.postback(s.prev.getResponseDataAsString(), FORM, SAVE)))),
                        httpSampler(prefix + MEASURED[1], s -> page + sheets.partnerOf(s.ctx.getThreadNum() + 1))
                                .post(s -> s.vars.get("postback"), ContentType.APPLICATION_FORM_URLENCODED)
                                .children(responseAssertion().containsSubstrings("I1")))};
    }

    private static long millis(Duration duration) {
        return duration.toMillis();
    }
}
