package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camove.it.ApiClient.object;
import static org.camove.it.DatabaseQueries.number;
import static org.camove.it.DatabaseQueries.update;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bulk values API of the shipped EAR over HTTP ({@code /api/v1/periods/{period}/partners/{partner}/values}),
 * for partner TJ-01 (demo officer partner.tj, Russian) in the open period 2026-Q4: values saved all or none with
 * the entry page's rules, an Idempotency-Key's first answer replayed and never done twice, the key refused for
 * another body, refusals in the caller's language, another partner's ids refused. Each test removes what it entered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ValuesApiIT {

    private static final String PASSWORD = "camove-demo";
    private static final ApiClient MANAGER = ApiClient.as("manager", PASSWORD);
    private static final ApiClient PARTNER_TJ = ApiClient.as("partner.tj", PASSWORD);

    private EnteredValues entered;
    private long period;
    private long tj01;
    private long kg02;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.camoveEar();
    }

    @BeforeEach
    void demoIds() {
        entered = new EnteredValues();
        period = entered.period;
        tj01 = entered.tj01;
        kg02 = number("SELECT id FROM organisation WHERE code = 'KG-02'");
    }

    @AfterEach
    void removeEnteredValues() {
        entered.remove();
        update("DELETE FROM api_idempotency WHERE idempotency_key LIKE 'values-api-it-%'");
    }

    @Test
    void valuesAreSavedInBulk_andARepeatedRequestIsAnsweredAsTheFirstWithNothingDoneTwice() {
        String key = "values-api-it-" + UUID.randomUUID();
        String body = values(value("1.b", null, "\"value\": 35, \"fullyDisaggregated\": true, \"comment\": \"из журнала\", "
                        + "\"cells\": {\"AGE=0-17;SEX=F\": {\"value\": 10}, \"AGE=18-35;SEX=F\": {\"value\": 20}, \"AGE=0-17;SEX=M\": {\"value\": 5}}"),
                value("1.c", null, "\"value\": 7"));

        var first = PARTNER_TJ.send("POST", path(tj01), body, Map.of("Idempotency-Key", key));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        var saved = object(first);
        assertThat(saved.getInt("changed")).isEqualTo(2);
        assertThat(saved.getInt("unchanged")).isZero();
        assertThat(saved.getJsonArray("values")).hasSize(2).allSatisfy(v -> assertThat(v.asJsonObject().getJsonNumber("version")
                .longValue()).isEqualTo(number("SELECT version FROM indicator_value WHERE partner_id = ? AND year = 2026 AND quarter = 4 "
                + "AND indicator_id = ?", tj01, v.asJsonObject().getJsonNumber("indicatorId").longValue())));
        var people = indicator(object(PARTNER_TJ.get(path(tj01))), "1.b");
        assertThat(people.getString("state")).isEqualTo("PENDING");
        assertThat(people.getJsonObject("current").getJsonNumber("value").intValue()).isEqualTo(35);
        assertThat(people.getJsonObject("current").getJsonObject("cells").getJsonObject("AGE=18-35;SEX=F").getJsonNumber("value").intValue())
                .isEqualTo(20);
        assertThat(number("SELECT COUNT(*) FROM indicator_value_cell c JOIN indicator_value v ON v.id = c.value_id "
                + "WHERE v.partner_id = ? AND v.year = 2026 AND v.quarter = 4", tj01)).isEqualTo(3);
        long audit = audit();
        assertThat(audit).isEqualTo(2);

        var again = PARTNER_TJ.send("POST", path(tj01), body, Map.of("Idempotency-Key", key));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(audit()).isEqualTo(audit);

        var otherBody = PARTNER_TJ.send("POST", path(tj01), values(value("1.c", null, "\"value\": 8")), Map.of("Idempotency-Key", key));
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(object(otherBody).getString("message")).startsWith("Этот Idempotency-Key уже использован для другого запроса");
        assertThat(entered.value("1.c")).isEqualTo(7);

        var withoutKey = PARTNER_TJ.send("POST", path(tj01), body);
        assertThat(withoutKey.statusCode()).as("the same values sent again are no change, and no conflict").isEqualTo(200);
        assertThat(object(withoutKey).getInt("unchanged")).isEqualTo(2);
        assertThat(object(withoutKey).getJsonArray("values")).isEqualTo(saved.getJsonArray("values"));
        assertThat(audit()).isEqualTo(audit);

        var read = object(PARTNER_TJ.get(path(tj01)));
        assertThat(read.getString("partnerCode")).isEqualTo("TJ-01");
        assertThat(read.getString("quarter")).isEqualTo("2026-Q4");
        var kept = indicator(read, "1.b");
        assertThat(kept.getJsonNumber("version").longValue()).isEqualTo(number("SELECT v.version FROM indicator_value v "
                + "WHERE v.partner_id = ? AND v.year = 2026 AND v.quarter = 4 AND v.indicator_id = ?", tj01, kept.getJsonNumber("indicatorId").longValue()));
        assertThat(kept.getJsonArray("cells")).hasSize((int) number("SELECT (SELECT COUNT(*) FROM category_option o JOIN disaggregation_category c "
                + "ON c.id = o.category_id WHERE c.code = 'SEX') * (SELECT COUNT(*) FROM category_option o JOIN disaggregation_category c "
                + "ON c.id = o.category_id WHERE c.code = 'AGE')"));
        var changed = PARTNER_TJ.send("POST", path(tj01), values(value("1.c", null, "\"value\": 9")));
        assertThat(changed.statusCode()).as("a first value quoted as new again: someone saved it since").isEqualTo(409);
    }

    @Test
    void refusedValuesAreNamedFieldByFieldInTheCallersLanguage_andNothingIsSaved() {
        String body = values(value("1.c", null, "\"value\": 7"), value("1.b", null, "\"value\": -4"));

        var english = MANAGER.send("POST", path(tj01), body);
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(violations(english)).containsExactly("value[1.b]=1.b: a count cannot be negative (-4).");
        var russian = PARTNER_TJ.send("POST", path(tj01), body);
        assertThat(violations(russian)).containsExactly("value[1.b]=1.b: количество не может быть отрицательным (-4).");

        var unknown = MANAGER.send("POST", path(tj01), values(value("1.c", null, "\"value\": 7"), value("2.b", null, "\"text\": \"x\"")));
        assertThat(violations(unknown)).containsExactly("values[1].indicator=Indicator 2.b is not one of the indicators assigned to TJ-01.");
        var notANumber = MANAGER.send("POST", path(tj01), "{\"values\": [{\"indicator\": \"1.c\", \"value\": \"many\"}]}");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(violations(notANumber)).as("named like a number typed on the entry page").singleElement().asString()
                .startsWith("value[1.c]=").contains("many");
        var notJson = MANAGER.send("POST", path(tj01), "{\"values\": [{\"indicator\": \"1.c\", \"value\": 7");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(number("SELECT COUNT(*) FROM indicator_value WHERE partner_id = ? AND year = 2026 AND quarter = 4", tj01)).isZero();

        var badKey = MANAGER.send("POST", path(tj01), body, Map.of("Idempotency-Key", "not a key!"));
        assertThat(violations(badKey)).singleElement().asString().startsWith("Idempotency-Key=The Idempotency-Key must be 1 to 100");
    }

    @Test
    void anotherPartnersIdsAreRefused_andNothingOfThatPartnerIsReadOrChanged() {
        long before = number("SELECT COUNT(*) FROM indicator_value_change WHERE partner_id = ?", kg02);
        var read = PARTNER_TJ.get(path(kg02));
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.body()).doesNotContain("1.b", "KG-02");
        var write = PARTNER_TJ.send("POST", path(kg02), values(value("1.b", null, "\"value\": 12")),
                Map.of("Idempotency-Key", "values-api-it-" + UUID.randomUUID()));
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(object(write).getJsonArray("violations").getJsonObject(0).getString("message"))
                .isEqualTo("Вы можете просматривать и вводить значения индикаторов только своей организации.");
        assertThat(PARTNER_TJ.get(path(999_999)).statusCode()).as("whether or not it exists").isEqualTo(403);
        assertThat(number("SELECT COUNT(*) FROM indicator_value_change WHERE partner_id = ?", kg02)).isEqualTo(before);
        assertThat(number("SELECT COUNT(*) FROM api_idempotency WHERE username = 'partner.tj'")).as("no answer kept for a refusal").isZero();

        assertThat(MANAGER.get(path(1)).statusCode()).as("a lead agency is not a partner").isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentDescribesTheValuesEndpoint() {
        var document = ApiClient.anonymous().send(URI.create(WebSession.BASE.replaceFirst("/camove/$", "") + "/openapi?format=JSON"));
        var operations = object(document).getJsonObject("paths").getJsonObject("/camove/api/v1/periods/{periodId}/partners/{partnerId}/values");
        assertThat(operations).containsKeys("get", "post");
        assertThat(operations.getJsonObject("post").getJsonObject("responses")).containsKeys("200", "400", "403", "409", "422");
        assertThat(operations.getJsonObject("post").getJsonObject("responses").getJsonObject("200").toString())
                .as("a bulk save is answered with what it saved").contains("SavedPartnerValues");
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private String path(long partner) {
        return "v1/periods/" + period + "/partners/" + partner + "/values";
    }

    private static String values(String... values) {
        return "{\"values\": [" + String.join(", ", values) + "]}";
    }

    private static String value(String code, Long version, String figures) {
        return "{\"indicator\": \"" + code + "\", \"version\": " + version + ", " + figures + "}";
    }

    private static JsonObject indicator(JsonObject sheet, String code) {
        return sheet.getJsonArray("indicators").getValuesAs(JsonObject.class).stream().filter(i -> i.getString("code").equals(code))
                .findFirst().orElseThrow();
    }

    private static List<String> violations(java.net.http.HttpResponse<String> response) {
        return object(response).getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field") + "=" + v.getString("message")).toList();
    }

    private long audit() {
        return number("SELECT COUNT(*) FROM indicator_value_change WHERE partner_id = ? AND year = 2026 AND quarter = 4", tj01);
    }
}
