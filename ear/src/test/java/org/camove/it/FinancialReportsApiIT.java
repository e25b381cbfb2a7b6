package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camove.it.ApiClient.array;
import static org.camove.it.ApiClient.object;
import static org.camove.it.DatabaseQueries.decimal;
import static org.camove.it.DatabaseQueries.number;
import static org.camove.it.DatabaseQueries.update;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The financial reports' REST endpoints of the shipped EAR over HTTP, as the demo users call them, on a USD grant of
 * KG-02 for 2026 (two budget lines: Staff 1000, Travel 500) written here with SQL and deleted afterwards, reported on
 * for the open 2026-Q4: read, save in KGS (converted at the month's rate), a stale save refused, submit, return
 * (comment required), resubmit, approve, 428 without a version, refusals in Russian (partner.kg's language) and English
 * (finance's); partner.tj gets 404 for every endpoint of KG-02's grant, and the attempt is in the server's log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FinancialReportsApiIT {

    private static final String PASSWORD = "camove-demo";
    private static final ApiClient PARTNER_KG = ApiClient.as("partner.kg", PASSWORD);
    private static final ApiClient PARTNER_TJ = ApiClient.as("partner.tj", PASSWORD);
    private static final ApiClient FINANCE = ApiClient.as("finance", PASSWORD);
    private static final ApiClient MANAGER = ApiClient.as("manager", PASSWORD);

    private final String reference = "API-" + System.nanoTime();
    private long grant;
    private long staff;
    private long travel;
    private long q4;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.camoveEar();
    }

    @BeforeEach
    void kg02sGrant() {
        long programme = number("SELECT id FROM programme WHERE code = 'CAOTM'");
        q4 = number("SELECT id FROM reporting_period WHERE programme_id = ? AND year = 2026 AND quarter = 4", programme);
        update("INSERT INTO grant_award (reference, partner_id, programme_id, starts_on, ends_on, currency, rate_policy, state) "
                + "VALUES (?, (SELECT id FROM organisation WHERE code = 'KG-02'), ?, '2026-01-01', '2026-12-31', 'USD', 'MONTHLY', 'ACTIVE')",
                reference, programme);
        grant = number("SELECT id FROM grant_award WHERE reference = ?", reference);
        update("INSERT INTO budget_version (grant_id, number, effective_from, total_amount, currency) VALUES (?, 1, '2026-01-01', 1500, 'USD')",
                grant);
        long budget = number("SELECT id FROM budget_version WHERE grant_id = ?", grant);
        update("INSERT INTO budget_line (budget_version_id, position, category, description, unit, quantity, unit_cost, amount) "
                + "VALUES (?, 1, 'Staff', 'Staff costs', 'month', 1, 1000, 1000), (?, 2, 'Travel', 'Travel costs', 'trip', 1, 500, 500)",
                budget, budget);
        staff = number("SELECT id FROM budget_line WHERE budget_version_id = ? AND position = 1", budget);
        travel = number("SELECT id FROM budget_line WHERE budget_version_id = ? AND position = 2", budget);
    }

    @AfterEach
    void removeTheGrant() {
        update("DELETE FROM grant_award WHERE reference = ?", reference); // its budget and reports go with it
    }

    @Test
    void saveSubmitReturnResubmitApprove_withVersions() {
        var empty = PARTNER_KG.get(path(""));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(object(empty).isNull("state")).as("not started").isTrue();
        assertThat(empty.headers().firstValue("ETag")).contains("\"0\"");
        assertThat(PARTNER_KG.send("PUT", path(""), spend(null, "50000", "1000", null)).statusCode()).as("no version").isEqualTo(428);

        var negative = PARTNER_KG.send("PUT", path(""), spend(0L, "-5", "oops", null));
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(object(negative).getJsonArray("violations").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("field")).containsExactly("amount.1", "amount.2");
        assertThat(violationOf(negative)).as("partner.kg's saved language")
                .isEqualTo("Строка 1 (Staff): израсходованная сумма не может быть отрицательной.");
        assertThat(number("SELECT COUNT(*) FROM financial_report WHERE grant_id = ?", grant)).as("nothing saved").isZero();

        var saved = PARTNER_KG.send("PUT", path(""), spend(0L, "50 000", "1000,50", null), "\"0\"");
        assertThat(saved.statusCode()).isEqualTo(200);
        var report = object(saved);
        assertThat(report.getString("state")).isEqualTo("DRAFT");
        assertThat(report.getString("currency")).isEqualTo("KGS");
        BigDecimal rate = decimal("SELECT rate FROM exchange_rate WHERE from_currency = 'KGS' AND to_currency = 'USD' AND rate_month = '2026-12-01'");
        var staffLine = report.getJsonArray("lines").getJsonObject(0);
        assertThat(staffLine.getJsonObject("spent").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("50000");
        assertThat(staffLine.getJsonObject("figures").getJsonObject("thisQuarter").getJsonNumber("amount").bigDecimalValue())
                .isEqualByComparingTo(new BigDecimal("50000").multiply(rate).setScale(2, RoundingMode.HALF_UP));
        assertThat(report.getJsonObject("total").getJsonObject("cumulative").getJsonNumber("amount").bigDecimalValue())
                .as("the totals are the database's stored conversions")
                .isEqualByComparingTo(decimal("SELECT SUM(l.converted_amount) FROM financial_report_line l JOIN financial_report r "
                        + "ON r.id = l.financial_report_id WHERE r.grant_id = ?", grant));
        assertThat(report.getJsonArray("rates").getValuesAs(JsonObject.class)).extracting(r -> r.getJsonNumber("rate").bigDecimalValue())
                .allSatisfy(r -> assertThat(r).isEqualByComparingTo(rate)).hasSize(2);
        String etag = saved.headers().firstValue("ETag").orElseThrow();
        var stale = PARTNER_KG.send("PUT", path(""), spend(0L, "1", "1", null));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(object(stale).getString("message")).startsWith("Финансовый отчёт " + reference + ", 2026-Q4");

        var unjustified = PARTNER_KG.send("POST", path("/submit"), "{}", etag);
        assertThat(unjustified.statusCode()).as("both lines far under their budget to date").isEqualTo(400);
        assertThat(object(unjustified).getJsonArray("violations").getValuesAs(JsonObject.class)).extracting(v -> v.getString("field"))
                .containsExactly("justification.1", "justification.2");
        assertThat(object(PARTNER_KG.get(path(""))).getString("state")).as("still a draft").isEqualTo("DRAFT");
        saved = PARTNER_KG.send("PUT", path(""), spend(null, "50 000", "1000,50", "Hiring started late"), etag);
        assertThat(saved.statusCode()).isEqualTo(200);
        etag = saved.headers().firstValue("ETag").orElseThrow();

        var submitted = PARTNER_KG.send("POST", path("/submit"), "{}", etag);
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(object(submitted).getString("state")).isEqualTo("SUBMITTED");
        assertThat(PARTNER_KG.send("POST", path("/submit"), "{}", etag).statusCode()).as("the same submit again").isEqualTo(409);
        String submittedTag = submitted.headers().firstValue("ETag").orElseThrow();

        assertThat(array(FINANCE.get("v1/financial-reports")).getValuesAs(JsonObject.class)).as("the review queue")
                .filteredOn(r -> r.getString("grantReference").equals(reference)).singleElement()
                .satisfies(r -> assertThat(r.getString("state")).isEqualTo("SUBMITTED"));
        assertThat(array(PARTNER_KG.get("v1/financial-reports?state=SUBMITTED")).getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("grantReference")).contains(reference);
        assertThat(array(PARTNER_TJ.get("v1/financial-reports")).getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("grantReference")).doesNotContain(reference);
        assertThat(FINANCE.get("v1/financial-reports?state=LOST").statusCode()).isEqualTo(400);

        assertThat(MANAGER.send("POST", path("/return"), move(null, "no"), submittedTag).statusCode()).as("not finance").isEqualTo(403);
        assertThat(FINANCE.send("POST", path("/return"), move(null, "Please add the travel receipts")).statusCode()).isEqualTo(428);
        var noComment = FINANCE.send("POST", path("/return"), move(null, " "), submittedTag);
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(violationOf(noComment)).as("finance's saved language")
                .isEqualTo("Write what the partner should fix: the comment goes back with the report.");
        var returned = FINANCE.send("POST", path("/return"), move(null, "Please add the travel receipts"), submittedTag);
        assertThat(object(returned).getString("state")).isEqualTo("RETURNED");

        var commented = PARTNER_KG.send("POST", path("/comments"), "{\"comment\": \"Receipts added.\"}");
        assertThat(object(commented).getJsonArray("comments").getJsonObject(0).getString("text")).isEqualTo("Receipts added.");
        var again = PARTNER_KG.send("POST", path("/submit"), move(object(commented).getJsonNumber("version").longValue(), null));
        assertThat(object(again).getString("state")).isEqualTo("SUBMITTED");

        var approved = FINANCE.send("POST", path("/approve"), "{}", again.headers().firstValue("ETag").orElseThrow());
        assertThat(approved.statusCode()).isEqualTo(200);
        var done = object(approved);
        assertThat(done.getString("state")).isEqualTo("APPROVED");
        assertThat(done.getJsonArray("transitions").getValuesAs(JsonObject.class)).extracting(t -> t.getString("to"))
                .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED");
        assertThat(done.getJsonObject("cashPosition").getJsonNumber("amount").bigDecimalValue()).as("nothing disbursed: all pre-financed")
                .isEqualByComparingTo(done.getJsonObject("total").getJsonObject("cumulative").getJsonNumber("amount").bigDecimalValue().negate());
        assertThat(number("SELECT COUNT(*) FROM financial_report WHERE grant_id = ? AND state = 'APPROVED'", grant)).isEqualTo(1);
    }

    @Test
    void anotherPartnersOfficerGets404ForEveryEndpoint_andTheAttemptIsLogged() throws IOException {
        PARTNER_KG.send("PUT", path(""), spend(0L, "100", "", null), "\"0\"");
        long version = number("SELECT version FROM financial_report WHERE grant_id = ?", grant);

        var refused = PARTNER_TJ.get(path(""));
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain(reference).doesNotContain("Bishkek").doesNotContain("Staff");
        assertThat(PARTNER_TJ.send("PUT", path(""), spend(version, "1", "1", null)).statusCode()).isEqualTo(404);
        assertThat(PARTNER_TJ.send("POST", path("/submit"), move(version, null)).statusCode()).isEqualTo(404);
        assertThat(PARTNER_TJ.send("POST", path("/comments"), "{\"comment\": \"hello\"}").statusCode()).isEqualTo(404);
        assertThat(PARTNER_TJ.send("POST", path("/return"), move(version, "no")).statusCode()).as("no partner reviews").isEqualTo(403);
        assertThat(PARTNER_TJ.send("POST", path("/approve"), move(version, null)).statusCode()).isEqualTo(403);
        assertThat(FINANCE.get("v1/grants/999999/periods/" + q4 + "/financial-report").statusCode()).isEqualTo(404);
        assertThat(FINANCE.get("v1/grants/" + grant + "/periods/999999/financial-report").statusCode()).isEqualTo(404);

        assertThat(number("SELECT version FROM financial_report WHERE grant_id = ?", grant)).as("nothing changed").isEqualTo(version);
        assertThat(number("SELECT COUNT(*) FROM financial_report_comment c JOIN financial_report r ON r.id = c.financial_report_id "
                + "WHERE r.grant_id = ?", grant)).isZero();
        assertThat(decimal("SELECT SUM(l.amount) FROM financial_report_line l JOIN financial_report r ON r.id = l.financial_report_id "
                + "WHERE r.grant_id = ?", grant)).isEqualByComparingTo("100");
        assertThat(Files.readString(serverLog())).contains("Partner officer partner.tj asked for grant " + grant
                + ", which is not their organisation's: refused");
    }

    @Test
    void theOpenApiDocumentDescribesTheFinancialReportEndpoints() {
        var document = ApiClient.anonymous().send(URI.create(WebSession.BASE.replaceFirst("/camove/$", "") + "/openapi?format=JSON"));
        var paths = object(document).getJsonObject("paths");
        String report = "/camove/api/v1/grants/{grantId}/periods/{periodId}/financial-report";
        assertThat(paths.getJsonObject(report)).containsKeys("get", "put");
        assertThat(paths.getJsonObject(report).getJsonObject("put").getJsonObject("responses")).containsKeys("200", "400", "404", "409", "428");
        for (String move : new String[] {"/submit", "/return", "/approve", "/comments"}) {
            assertThat(paths.getJsonObject(report + move)).as(move).containsKey("post");
        }
        assertThat(paths.getJsonObject("/camove/api/v1/financial-reports")).containsKey("get");
    }

    /** The server's log: beside its data folder, which the build names for the evidence files. */
    private static Path serverLog() {
        return Path.of(System.getProperty("camove.test.evidence.dir")).resolve("../../../log/server.log").normalize();
    }

    private String path(String tail) {
        return "v1/grants/" + grant + "/periods/" + q4 + "/financial-report" + tail;
    }

    /** What was spent in KGS on both lines, each with {@code justification} (when there is one). */
    private String spend(Long version, String staffSpent, String travelSpent, String justification) {
        String justified = justification == null ? "" : ", \"justification\": \"" + justification + "\"";
        return "{" + (version == null ? "" : "\"version\": " + version + ", ") + "\"currency\": \"KGS\", \"lines\": ["
                + "{\"budgetLineId\": " + staff + ", \"amount\": \"" + staffSpent + "\", \"note\": \"salary\"" + justified + "}, "
                + "{\"budgetLineId\": " + travel + ", \"amount\": \"" + travelSpent + "\"" + justified + "}]}";
    }

    private static String move(Long version, String comment) {
        return "{" + (version == null ? "" : "\"version\": " + version) + (comment == null ? "" : (version == null ? "" : ", ")
                + "\"comment\": \"" + comment + "\"") + "}";
    }

    private static String violationOf(HttpResponse<String> refused) {
        return object(refused).getJsonArray("violations").getJsonObject(0).getString("message");
    }
}
