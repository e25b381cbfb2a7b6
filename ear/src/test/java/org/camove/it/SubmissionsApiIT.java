package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camove.it.ApiClient.array;
import static org.camove.it.ApiClient.object;
import static org.camove.it.DatabaseQueries.number;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workflow's REST endpoints of the shipped EAR over HTTP, as the demo users call them, on partner TJ-01's package
 * for the open period 2026-Q4 (its values are written here with SQL, each with a comment, and removed afterwards):
 * list, read, submit with If-Match, a stale repeat refused, return (comment required, in Russian when asked), comment,
 * resubmit, approve; another partner's officer gets 404 for every endpoint of TJ-01 and 403 for the reviews.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubmissionsApiIT {

    private static final String PASSWORD = "camove-demo";
    private static final ApiClient MANAGER = ApiClient.as("manager", PASSWORD);
    private static final ApiClient PARTNER_TJ = ApiClient.as("partner.tj", PASSWORD);
    private static final ApiClient PARTNER_KG = ApiClient.as("partner.kg", PASSWORD);

    private final SeededPackage tj01sPackage = new SeededPackage("TJ-01");
    private final long tj01 = tj01sPackage.partnerId;
    private final long openPeriod = tj01sPackage.periodId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.camoveEar();
    }

    @BeforeEach
    void tj01sValues() {
        tj01sPackage.seed();
    }

    @AfterEach
    void removeTj01sPackage() {
        tj01sPackage.remove();
    }

    @Test
    void listReadSubmitReturnCommentResubmitApprove() {
        var all = array(MANAGER.get(periodPath() + "/submissions")).getValuesAs(JsonObject.class);
        assertThat(all).hasSize((int) number("SELECT COUNT(*) FROM programme_participant pp JOIN organisation o "
                + "ON o.id = pp.organisation_id WHERE pp.programme_id = 1 AND o.kind = 'PARTNER'"));
        assertThat(all).filteredOn(s -> s.getString("partnerCode").equals("TJ-01")).singleElement()
                .satisfies(s -> assertThat(s.getString("state")).isEqualTo("DRAFT"));
        assertThat(array(PARTNER_TJ.get(periodPath() + "/submissions")).getValuesAs(JsonObject.class))
                .as("a partner officer: their own only").extracting(s -> s.getString("partnerCode")).containsExactly("TJ-01");

        var read = PARTNER_TJ.get(path(""));
        assertThat(read.statusCode()).isEqualTo(200);
        var draft = object(read);
        assertThat(draft.getString("state")).isEqualTo("DRAFT");
        assertThat(draft.getJsonArray("problems")).as("every value is there and commented").isEmpty();
        String etag = read.headers().firstValue("ETag").orElseThrow();

        var submitted = PARTNER_TJ.send("POST", path("/submit"), "{}", etag);
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(object(submitted).getString("state")).isEqualTo("SUBMITTED");
        var twice = PARTNER_TJ.send("POST", path("/submit"), "{}", etag);
        assertThat(twice.statusCode()).as("the same submit again").isEqualTo(409);
        assertThat(object(twice).getString("message")).as("in partner.tj's saved language").startsWith("Пакет TJ-01, 2026-Q4");

        long version = object(submitted).getJsonNumber("version").longValue();
        assertThat(PARTNER_TJ.send("POST", path("/return"), move(version, "no"), etag).statusCode()).isEqualTo(403);
        var noComment = MANAGER.accepting("ru").send("POST", path("/return"), move(version, " "));
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(object(noComment).getJsonArray("violations").getJsonObject(0).getString("message"))
                .as("the manager's saved language wins").isEqualTo("Write what the partner should fix: the comment goes back with the package.");
        var returned = MANAGER.send("POST", path("/return"), move(version, "Please add the source of 1.b"));
        assertThat(object(returned).getString("state")).isEqualTo("RETURNED");

        var commented = PARTNER_TJ.send("POST", path("/comments"), "{\"comment\": \"<script>alert(1)</script> Added.\"}");
        assertThat(commented.statusCode()).isEqualTo(200);
        assertThat(object(commented).getJsonArray("comments").getJsonObject(0).getString("text"))
                .isEqualTo("<script>alert(1)</script> Added.");
        var again = PARTNER_TJ.send("POST", path("/submit"), move(object(commented).getJsonNumber("version").longValue(), null));
        assertThat(object(again).getString("state")).isEqualTo("SUBMITTED");

        assertThat(MANAGER.send("POST", path("/approve"), "{}").statusCode()).as("no version").isEqualTo(428);
        var approved = MANAGER.send("POST", path("/approve"), "{}", again.headers().firstValue("ETag").orElseThrow());
        assertThat(approved.statusCode()).isEqualTo(200);
        var done = object(approved);
        assertThat(done.getString("state")).isEqualTo("APPROVED");
        assertThat(done.getJsonArray("transitions").getValuesAs(JsonObject.class)).extracting(t -> t.getString("to"))
                .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED");
        assertThat(tj01sPackage.values("APPROVED")).isEqualTo(tj01sPackage.assignedIndicators());
        assertThat(tj01sPackage.values("PENDING")).isZero();
    }

    @Test
    void anotherPartnersOfficerGets404ForEveryPackageEndpoint_and403ForReviews() {
        var refused = PARTNER_KG.get(path(""));
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("TJ-01").doesNotContain("Dushanbe");
        assertThat(PARTNER_KG.send("POST", path("/submit"), move(0, null)).statusCode()).isEqualTo(404);
        assertThat(PARTNER_KG.send("POST", path("/comments"), "{\"comment\": \"hello\"}").statusCode()).isEqualTo(404);
        assertThat(PARTNER_KG.send("POST", path("/return"), move(0, "no")).statusCode()).isEqualTo(403);
        assertThat(PARTNER_KG.send("POST", path("/approve"), move(0, null)).statusCode()).isEqualTo(403);
        assertThat(MANAGER.get("v1/periods/999999/submissions").statusCode()).isEqualTo(404);
        assertThat(MANAGER.get("v1/periods/" + openPeriod + "/partners/999999/submission").statusCode()).isEqualTo(404);
        assertThat(number("SELECT COUNT(*) FROM report_submission_comment c JOIN report_submission s ON s.id = c.report_submission_id "
                + "WHERE s.partner_id = ? AND s.reporting_period_id = ?", tj01, openPeriod)).isZero();
        assertThat(number("SELECT COUNT(*) FROM report_submission WHERE partner_id = ? AND reporting_period_id = ? AND state = 'DRAFT'",
                tj01, openPeriod)).isEqualTo(1);
    }

    private String periodPath() {
        return "v1/periods/" + openPeriod;
    }

    private String path(String tail) {
        return periodPath() + "/partners/" + tj01 + "/submission" + tail;
    }

    private static String move(long version, String comment) {
        return "{\"version\": " + version + (comment == null ? "" : ", \"comment\": \"" + comment + "\"") + "}";
    }
}
