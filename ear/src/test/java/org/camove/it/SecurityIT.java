package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shipped EAR over HTTP: who gets in, what each role may open, what the session cookie looks like. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final String PASSWORD = "camove-demo";
    private static final String LOGIN_FORM = "j_security_check";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.camoveEar();
    }

    @Test
    void everyPageAndDocumentAsksForLoginFirst() {
        var visitor = new WebSession();
        for (String path : new String[] {"", "logframe.xhtml", "logframe.pdf?programme=CAOTM", "donor/index.xhtml"}) {
            var response = visitor.get(path);
            assertThat(response.body()).as(path).contains(LOGIN_FORM).doesNotContain("Central Asia on the Move");
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
        }
    }

    /** Partners work on slow connections: pages and scripts go gzipped to a browser that accepts it, and plain to one that does not. */
    @Test
    void pagesAndScriptsGoGzippedWhenTheBrowserAcceptsIt() throws Exception {
        var client = HttpClient.newHttpClient();
        for (String path : new String[] {"login.xhtml", "jakarta.faces.resource/js/camove-values.js.xhtml"}) {
            var gzipped = client.send(HttpRequest.newBuilder(URI.create(WebSession.BASE + path)).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            String unzipped;
            try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
                unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            var plain = client.send(HttpRequest.newBuilder(URI.create(WebSession.BASE + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(unzipped).as(path).contains(path.startsWith("login") ? LOGIN_FORM : "camove-history-link");
            assertThat(gzipped.body().length).as(path).isLessThan(plain.body().getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void loginGivesANewHttpOnlySameSiteSession() {
        var manager = new WebSession();
        manager.get("logframe.xhtml");
        String before = manager.sessionId();

        var login = manager.postLoginForm("manager", PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        var cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(manager.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(manager.get("logframe.xhtml").body()).contains("logframe.pdf?programme=CAOTM");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        var visitor = new WebSession();
        var answer = visitor.signIn("manager", "not-the-password");
        assertThat(answer.body()).contains("The user name or password is not correct.").contains(LOGIN_FORM);
        assertThat(visitor.get("logframe.xhtml").body()).contains(LOGIN_FORM);
    }

    @Test
    void aPartnerOfficerGetsTheLogframePdfInTheirLanguage() {
        var officer = new WebSession();
        officer.signIn("partner.kg", PASSWORD);

        var pdf = officer.download("logframe.pdf?programme=CAOTM");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment").contains("logframe-CAOTM-ru.pdf"));
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(officer.download("logframe.pdf?programme=NO-SUCH").statusCode()).isEqualTo(404);
        assertThat(officer.download("logframe.pdf?programme=..%2F..%2Fetc").statusCode()).isEqualTo(404);
    }

    @Test
    void aDonorSeesTheirPortalButNotTheProgrammesLogframe() {
        var donor = new WebSession();
        var home = donor.signIn("donor", PASSWORD);
        assertThat(home.uri().getPath()).endsWith("/donor/index.xhtml");
        assertThat(home.body()).contains("No reports have been issued to your organisation yet.");

        var page = donor.get("logframe.xhtml");
        assertThat(page.statusCode()).isIn(403, 404);
        assertThat(page.body()).contains("Page not found").doesNotContain("Central Asia on the Move");
        var pdf = donor.download("logframe.pdf?programme=CAOTM");
        assertThat(pdf.statusCode()).isIn(403, 404);
        assertThat(new String(pdf.body(), 0, Math.min(5, pdf.body().length))).isNotEqualTo("%PDF-");
    }

    @Test
    void readinessReportsTheDatabaseAndItsSchemaWithoutLogin() {
        var health = new WebSession().get("health/ready");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"name\":\"camove-database\"")
                .containsPattern("\"schemaVersion\":\"[0-9]+\"").doesNotContain("DOWN");
    }
}
