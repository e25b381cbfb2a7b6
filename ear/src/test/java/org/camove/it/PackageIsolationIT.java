package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page, download and API call of the quarterly package in one list, tried over HTTP by partner KG-02's officer
 * (partner.kg) with partner TJ-01's ids, for the open period (2026-Q4) and for a locked one whose package TJ-01 has
 * submitted (2026-Q3): each is refused (403 or 404, or a page that says so and shows no form), nothing of TJ-01 is in
 * the answer, and the attempt is in the server's log. The other classes test each refusal in depth; this one makes sure
 * none of them is missing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PackageIsolationIT {

    private static final String PASSWORD = "camove-demo";
    /** What a page shows only with a package: its forms. */
    private static final List<String> PACKAGE_FORMS = List.of("id=\"valuesForm\"", "id=\"narrativeForm\"", "id=\"evidenceForm\"",
            "id=\"reviewForm\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.camoveEar();
    }

    /** One way in: what it is, and how partner.kg asks it for TJ-01's package. */
    private record Attempt(String name, Supplier<Answer> ask) {
    }

    private record Answer(int status, String body) {
    }

    @Test
    void anotherPartnersIdsAreRefusedEverywhereWithNothingLeakedAndEveryAttemptLogged() {
        long tj01 = DatabaseQueries.number("SELECT id FROM organisation WHERE code = 'TJ-01'");
        String nameEn = DatabaseQueries.single("SELECT name_en FROM organisation WHERE id = ?", tj01).toString();
        String nameRu = DatabaseQueries.single("SELECT name_ru FROM organisation WHERE id = ?", tj01).toString();
        var officer = new WebSession();
        officer.signIn("partner.kg", PASSWORD);
        var api = ApiClient.as("partner.kg", PASSWORD);
        List<String> failures = new ArrayList<>();
        for (int quarter : new int[] {4, 3}) {
            long period = DatabaseQueries.number("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = ?", quarter);
            String ids = "period=" + period + "&partner=" + tj01;
            String values = "v1/periods/" + period + "/partners/" + tj01;
            List<Attempt> attempts = List.of(
                    new Attempt("entry page", () -> page(officer, "indicator-values.xhtml?" + ids)),
                    new Attempt("narrative page", () -> page(officer, "narrative-report.xhtml?" + ids)),
                    new Attempt("review page", () -> page(officer, "report-review.xhtml?" + ids)),
                    new Attempt("workbook download", () -> {
                        var answer = officer.download("values-workbook.xlsx?" + ids);
                        return new Answer(answer.statusCode(), new String(answer.body(), StandardCharsets.ISO_8859_1));
                    }),
                    new Attempt("values API read", () -> answer(api.get(values + "/values"))),
                    new Attempt("values API save", () -> answer(api.send("POST", values + "/values",
                            "{\"values\": [{\"indicator\": \"1.c\", \"value\": 1}]}"))),
                    new Attempt("submission API read", () -> answer(api.get(values + "/submission"))),
                    new Attempt("submission API submit", () -> answer(api.send("POST", values + "/submission/submit", "{\"version\": 0}"))),
                    new Attempt("submission API comment", () -> answer(api.send("POST", values + "/submission/comments",
                            "{\"comment\": \"hello\"}"))));
            for (Attempt attempt : attempts) {
                String what = attempt.name() + " of 2026-Q" + quarter;
                var log = ServerLog.mark();
                Answer answer = attempt.ask().get();
                boolean refused = answer.status() == 403 || answer.status() == 404 || answer.status() == 200
                        && answer.body().contains("camove-page-title") && PACKAGE_FORMS.stream().noneMatch(answer.body()::contains);
                if (!refused) {
                    failures.add(what + ": answered " + answer.status());
                }
                if (answer.body().contains(nameEn) || answer.body().contains(nameRu)) {
                    failures.add(what + ": the answer names TJ-01");
                }
                if (!log.since().contains("partner.kg asked for")) {
                    failures.add(what + ": no refusal in the log");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(officer.get("reporting-overview.xhtml?programme=CAOTM").statusCode()).as("the overview is the lead agency's")
                .isEqualTo(403);
        assertThat(api.get("v1/periods/" + DatabaseQueries.number("SELECT id FROM reporting_period WHERE programme_id = 1 "
                + "AND year = 2026 AND quarter = 3") + "/submissions").body()).as("the period's list has only KG-02's package")
                .doesNotContain("TJ-01").doesNotContain(nameEn);
    }

    private static Answer page(WebSession session, String path) {
        var answer = session.get(path);
        return new Answer(answer.statusCode(), answer.body());
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(response.statusCode(), response.body());
    }
}
