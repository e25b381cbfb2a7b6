package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camove.it.ApiClient.array;
import static org.camove.it.ApiClient.object;
import static org.camove.it.DatabaseQueries.decimal;
import static org.camove.it.DatabaseQueries.number;
import static org.camove.it.DatabaseQueries.rows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API of the shipped EAR over HTTP, as API clients call it. Every figure it answers is checked
 * against the same figure computed here with plain SQL from the demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    private static final String PASSWORD = "camove-demo";
    private static final ApiClient MANAGER = ApiClient.as("manager", PASSWORD);
    private static final ApiClient PARTNER_KG = ApiClient.as("partner.kg", PASSWORD);
    private static final ApiClient PARTNER_TJ = ApiClient.as("partner.tj", PASSWORD);
    private static final ApiClient DONOR = ApiClient.as("donor", PASSWORD);

    /** Values of the CAOTM programme: indicator code, partner and quarter range narrowed by the callers. */
    private static final String VALUES = "FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
            + "JOIN result r ON r.id = i.result_id JOIN programme p ON p.id = r.programme_id "
            + "JOIN organisation o ON o.id = v.partner_id "
            + "WHERE p.code = 'CAOTM' AND i.code = ? AND v.period_index BETWEEN ? AND ? ";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.camoveEar();
    }

    @Test
    void programmesAreListedWithTheirDates() {
        var response = MANAGER.get("programmes");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        var programmes = array(response);
        assertThat(programmes).hasSize((int) number("SELECT COUNT(*) FROM programme"));
        var demo = programmes.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("code").equals("CAOTM"))
                .findFirst().orElseThrow();
        assertThat(demo.getString("name")).isEqualTo("Central Asia on the Move");
        assertThat(demo.getString("startDate")).isEqualTo("2025-01-01");
        assertThat(demo.getString("endDate")).isEqualTo("2027-12-31");
    }

    @Test
    void theLogframeIsTheResultsTreeWithItsIndicators() {
        var logframe = object(MANAGER.get("programmes/CAOTM/logframe"));

        assertThat(logframe.getString("programmeCode")).isEqualTo("CAOTM");
        assertThat(logframe.getJsonArray("levels").getValuesAs(JsonObject.class)).extracting(l -> l.getString("name"))
                .containsExactly("Goal", "Outcome", "Output", "Activity");
        List<JsonObject> results = new ArrayList<>();
        logframe.getJsonArray("results").getValuesAs(JsonObject.class).forEach(root -> flatten(root, results));
        assertThat(results).hasSize((int) number("SELECT COUNT(*) FROM result r JOIN programme p ON p.id = r.programme_id "
                + "WHERE p.code = 'CAOTM'"));
        List<JsonObject> indicators = results.stream()
                .flatMap(r -> r.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()).toList();
        assertThat(indicators).hasSize((int) number("SELECT COUNT(*) FROM indicator i JOIN result r ON r.id = i.result_id "
                + "JOIN programme p ON p.id = r.programme_id WHERE p.code = 'CAOTM'"));
        var peopleRegistered = indicators.stream().filter(i -> i.getString("code").equals("1.b")).findFirst().orElseThrow();
        assertThat(peopleRegistered.getJsonNumber("lifeOfProgrammeTarget").bigDecimalValue())
                .isEqualByComparingTo(decimal("SELECT lop_target FROM indicator WHERE id = ?", indicatorId("1.b")));
        assertThat(peopleRegistered.getString("measureType")).isEqualTo("NUMBER");

        assertThat(MANAGER.get("programmes/NO-SUCH/logframe").statusCode()).isEqualTo(404);
    }

    @Test
    void anIndicatorsDefinitionHasBothLanguagesItsCrossTabAndItsTargets() {
        long id = indicatorId("1.b");

        var indicator = object(MANAGER.get("indicators/" + id));

        assertThat(indicator.getInt("id")).isEqualTo((int) id);
        assertThat(indicator.getString("code")).isEqualTo("1.b");
        assertThat(indicator.getString("programme")).isEqualTo("CAOTM");
        assertThat(indicator.getJsonObject("name").getString("ru"))
                .isEqualTo(DatabaseQueries.single("SELECT name_ru FROM indicator WHERE id = ?", id));
        assertThat(indicator.getString("timeAggregation")).isEqualTo("SUM");
        assertThat(indicator.getJsonArray("disaggregation").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("code")).containsExactly("SEX", "AGE");
        assertThat(indicator.getJsonArray("disaggregation").getJsonObject(1).getJsonArray("options")
                .getValuesAs(JsonObject.class)).extracting(o -> o.getString("code")).containsExactly("0-17", "18-35", "36-59", "60+");
        var targets = indicator.getJsonArray("targets").getValuesAs(JsonObject.class);
        assertThat(targets).hasSize((int) number("SELECT COUNT(*) FROM indicator_target WHERE indicator_id = ?", id));
        var first = targets.get(0);
        assertThat(first.getString("quarter")).isEqualTo("2025-Q1");
        assertThat(first.getJsonNumber("target").bigDecimalValue()).isEqualByComparingTo(decimal(
                "SELECT target FROM indicator_target WHERE indicator_id = ? AND partner_id IS NULL AND year = 2025 AND quarter = 1", id));

        assertThat(MANAGER.get("indicators/999999999").statusCode()).isEqualTo(404);
        assertThat(object(MANAGER.get("indicators/999999999")).getString("message")).startsWith("Not found");
        assertThat(MANAGER.get("indicators/not-a-number").statusCode()).isEqualTo(404);
    }

    @Test
    void anIndicatorsResultsAreTheSumsOfItsApprovedValuesWithTargetsAndDisaggregation() {
        String code = "1.b"; // NUMBER, summed over quarters and partners, Sex x Age
        long id = indicatorId(code);
        int from = periodIndex(2025, 1);
        int to = periodIndex(2026, 2);

        var response = MANAGER.get("indicators/" + id + "/results?from=2025-Q1&to=2026-Q2");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var body = object(response);
        assertThat(body.getJsonObject("scope").getString("from")).isEqualTo("2025-Q1");
        assertThat(body.getJsonObject("scope").getJsonArray("partners")).hasSize(25);
        var result = body.getJsonArray("indicators").getJsonObject(0);
        assertThat(result.getString("indicatorCode")).isEqualTo(code);

        var periods = result.getJsonArray("periods").getValuesAs(JsonObject.class);
        assertThat(periods).extracting(p -> p.getString("quarter"))
                .containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2");
        for (var period : periods) {
            int index = quarterIndex(period.getString("quarter"));
            assertThat(figure(period.getJsonObject("actual"))).as(period.getString("quarter"))
                    .isEqualByComparingTo(decimal("SELECT SUM(v.value) " + VALUES + "AND v.approval_state = 'APPROVED'", code, index, index));
            assertThat(period.getJsonNumber("target").bigDecimalValue()).isEqualByComparingTo(programmeTarget(id, index, index));
        }
        BigDecimal total = decimal("SELECT SUM(v.value) " + VALUES + "AND v.approval_state = 'APPROVED'", code, from, to);
        BigDecimal target = programmeTarget(id, from, to);
        BigDecimal percent = total.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
        assertThat(figure(result.getJsonObject("totalToDate"))).isEqualByComparingTo(total);
        assertThat(result.getJsonNumber("targetToDate").bigDecimalValue()).isEqualByComparingTo(target);
        assertThat(result.getJsonNumber("percentOfTarget").bigDecimalValue()).isEqualByComparingTo(percent);
        assertThat(result.getString("status")).isEqualTo(status(percent));

        var disaggregation = result.getJsonObject("disaggregation");
        assertThat(figure(disaggregation.getJsonObject("SEX=F").getJsonObject("totalToDate"))).isEqualByComparingTo(
                cells(code, from, to, "c.option_key LIKE '%SEX=F%'"));
        assertThat(figure(disaggregation.getJsonObject("AGE=18-35;SEX=F").getJsonObject("totalToDate"))).isEqualByComparingTo(
                cells(code, from, to, "c.option_key = 'AGE=18-35;SEX=F'"));
        assertThat(figure(disaggregation.getJsonObject("AGE=60+;SEX=M").getJsonObject("byPeriod").getJsonObject("2025-Q3")))
                .isEqualByComparingTo(cells(code, periodIndex(2025, 3), periodIndex(2025, 3), "c.option_key = 'AGE=60+;SEX=M'"));
    }

    @Test
    void aCountryAPartnerAndPendingValuesNarrowOrWidenTheFigures() {
        String code = "1.b";
        long id = indicatorId(code);
        int from = periodIndex(2025, 1);
        int to = periodIndex(2026, 2);

        var kyrgyzstan = object(MANAGER.get("indicators/" + id + "/results?country=KG&from=2025-Q1&to=2026-Q2"));
        assertThat(kyrgyzstan.getJsonObject("scope").getJsonArray("partners").getValuesAs(JsonValue.class))
                .hasSize((int) number("SELECT COUNT(*) FROM organisation WHERE kind = 'PARTNER' AND country = 'KG'"))
                .allMatch(partner -> partner.toString().startsWith("\"KG-"));
        assertThat(total(kyrgyzstan)).isEqualByComparingTo(
                decimal("SELECT SUM(v.value) " + VALUES + "AND v.approval_state = 'APPROVED' AND o.country = 'KG'", code, from, to));

        var bishkek = object(MANAGER.get("indicators/" + id + "/results?partner=KG-02&from=2025-Q1&to=2026-Q2"));
        assertThat(total(bishkek)).isEqualByComparingTo(
                decimal("SELECT SUM(v.value) " + VALUES + "AND v.approval_state = 'APPROVED' AND o.code = 'KG-02'", code, from, to));

        int underReview = periodIndex(2026, 3);
        var withPending = object(MANAGER.get("indicators/" + id + "/results?from=2026-Q3&to=2026-Q3&includePending=true"));
        assertThat(withPending.getJsonObject("scope").getBoolean("includePending")).isTrue();
        assertThat(total(withPending)).isEqualByComparingTo(
                decimal("SELECT SUM(v.value) " + VALUES + "AND v.approval_state = 'PENDING'", code, underReview, underReview));
        var official = object(MANAGER.get("indicators/" + id + "/results?from=2026-Q3&to=2026-Q3"));
        assertThat(official.getJsonArray("indicators").getJsonObject(0).get("totalToDate")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void aPercentageIsReportedWithItsNumeratorAndDenominator() {
        String code = "G.b"; // PERCENTAGE, latest value
        int quarter = periodIndex(2026, 2);
        Object[] stored = rows("SELECT o.code, v.numerator, v.denominator " + VALUES + "AND v.approval_state = 'APPROVED' "
                + "AND v.denominator > 0 ORDER BY o.code", code, quarter, quarter).get(0);
        BigDecimal numerator = new BigDecimal(stored[1].toString());
        BigDecimal denominator = new BigDecimal(stored[2].toString());

        var body = object(MANAGER.get("indicators/" + indicatorId(code) + "/results?partner=" + stored[0] + "&from=2026-Q2&to=2026-Q2"));

        var actual = body.getJsonArray("indicators").getJsonObject(0).getJsonArray("periods").getJsonObject(0).getJsonObject("actual");
        assertThat(actual.getJsonNumber("numerator").bigDecimalValue()).isEqualByComparingTo(numerator);
        assertThat(actual.getJsonNumber("denominator").bigDecimalValue()).isEqualByComparingTo(denominator);
        assertThat(actual.getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo(
                numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, MathContext.DECIMAL128));
    }

    @Test
    void aProgrammesResultsListEveryIndicatorInLogframeOrder() {
        int from = periodIndex(2025, 1);
        int to = periodIndex(2025, 4);

        var body = object(MANAGER.get("programmes/CAOTM/results?from=2025-Q1&to=2025-Q4"));

        var indicators = body.getJsonArray("indicators").getValuesAs(JsonObject.class);
        assertThat(indicators).extracting(i -> i.getString("indicatorCode")).containsExactlyElementsOf(indicatorsInLogframeOrder());
        var activities = indicators.stream().filter(i -> i.getString("indicatorCode").equals("1.1.a")).findFirst().orElseThrow();
        assertThat(figure(activities.getJsonObject("totalToDate"))).isEqualByComparingTo(
                decimal("SELECT SUM(v.value) " + VALUES + "AND v.approval_state = 'APPROVED'", "1.1.a", from, to));
        assertThat(MANAGER.get("programmes/NO-SUCH/results").statusCode()).isEqualTo(404);
    }

    @Test
    void aPartnerOfficerGetsOnlyTheirOwnFiguresAndNothingOfAnotherPartner() {
        String code = "1.b";
        long id = indicatorId(code);

        var own = object(PARTNER_KG.get("indicators/" + id + "/results?from=2025-Q1&to=2026-Q2"));
        assertThat(own.getJsonObject("scope").getJsonArray("partners").getValuesAs(JsonValue.class))
                .extracting(JsonValue::toString).containsExactly("\"KG-02\"");
        assertThat(total(own)).isEqualByComparingTo(decimal("SELECT SUM(v.value) " + VALUES
                + "AND v.approval_state = 'APPROVED' AND o.code = 'KG-02'", code, periodIndex(2025, 1), periodIndex(2026, 2)));

        for (String path : List.of("indicators/" + id + "/results?partner=TJ-01", "programmes/CAOTM/results?partner=TJ-01",
                "programmes/CAOTM/results?country=TJ", "indicators/" + id + "/results?partner=XX-99")) {
            var refused = PARTNER_KG.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            var problem = object(refused);
            assertThat(problem.keySet()).as(path).containsExactlyInAnyOrder("status", "message", "violations");
            assertThat(problem.getJsonArray("violations").getJsonObject(0).getString("message")).as(path)
                    .isEqualTo("Вы можете видеть только показатели своей организации.");
        }

        var definition = object(PARTNER_KG.get("indicators/" + id));
        assertThat(definition.getJsonArray("targets").getValuesAs(JsonObject.class))
                .allMatch(t -> t.isNull("partner") || t.getString("partner").equals("KG-02"));
    }

    @Test
    void aBadFilterIsRefusedFieldByFieldInTheCallersLanguage() {
        var refused = PARTNER_TJ.get("programmes/CAOTM/results?from=last%20spring&includePending=maybe");

        assertThat(refused.statusCode()).isEqualTo(400);
        var problem = object(refused);
        assertThat(problem.getString("message")).isEqualTo("Запрос отклонён; ничего не изменено.");
        var violations = problem.getJsonArray("violations").getValuesAs(JsonObject.class);
        assertThat(violations).extracting(v -> v.getString("field")).containsExactly("from", "includePending");
        assertThat(violations.get(0).getString("message")).isEqualTo("«last spring» — не квартал; пишите так: 2026-Q1.");
        assertThat(violations.get(1).getString("message")).isEqualTo("includePending может быть true или false, но не «maybe».");
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at org.");

        var reversed = object(MANAGER.accepting("ru").get("programmes/CAOTM/results?from=2026-Q2&to=2025-Q1"));
        assertThat(reversed.getJsonArray("violations").getJsonObject(0).getString("message"))
                .as("the manager's saved language wins over the client's").isEqualTo("The period range starts (2026-Q2) after it ends (2025-Q1).");
        var pending = object(MANAGER.get("programmes/CAOTM/results?includePending=maybe"));
        assertThat(pending.getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("includePending");
    }

    @Test
    void withoutCredentialsTheApiAsksForThemAndAnswersNothing() {
        for (var caller : List.of(ApiClient.anonymous(), ApiClient.as("manager", "not-the-password"))) {
            var response = caller.get("programmes/CAOTM/logframe");
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Basic realm=\"camove\""));
            assertThat(response.body()).doesNotContain("Central Asia").doesNotContain("CAOTM");
        }
        assertThat(object(ApiClient.anonymous().accepting("ru").get("programmes")).getString("message")).startsWith("Сначала войдите");
        assertThat(ApiClient.anonymous().get("indicators/1").statusCode()).isEqualTo(401);
    }

    @Test
    void aDonorIsRefusedAlikeWhetherOrNotTheThingExists() {
        var existing = DONOR.get("indicators/" + indicatorId("1.b") + "/results");
        var missing = DONOR.get("indicators/999999999/results");

        assertThat(existing.statusCode()).isEqualTo(403);
        assertThat(missing.statusCode()).isEqualTo(existing.statusCode());
        assertThat(missing.body()).isEqualTo(existing.body());
        assertThat(DONOR.get("programmes").statusCode()).isEqualTo(403);
        assertThat(DONOR.get("programmes").body()).doesNotContain("CAOTM");
    }

    @Test
    void aSignedInBrowserSessionCallsTheApiToo() {
        var browser = new WebSession();
        browser.signIn("manager", PASSWORD);

        var response = browser.get("api/programmes");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"code\":\"CAOTM\"");
    }

    @Test
    void theOpenApiDocumentIsServedWithoutLoginAndDescribesEveryOperation() {
        var response = ApiClient.anonymous().send(URI.create(WebSession.BASE.replaceFirst("/camove/$", "") + "/openapi?format=JSON"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var document = object(response);
        assertThat(document.getString("openapi")).startsWith("3.");
        assertThat(document.getJsonObject("info").getString("title")).isEqualTo("camove API");
        var paths = document.getJsonObject("paths");
        assertThat(paths.keySet()).contains("/camove/api/programmes", "/camove/api/programmes/{code}/logframe",
                "/camove/api/programmes/{code}/results", "/camove/api/indicators/{id}", "/camove/api/indicators/{id}/results",
                "/camove/api/programmes/{code}/logframe/results", "/camove/api/programmes/{code}/logframe/results/{id}");
        assertThat(paths.getJsonObject("/camove/api/programmes/{code}/logframe/results/{id}").keySet()).contains("get", "put");
        var results = paths.getJsonObject("/camove/api/indicators/{id}/results").getJsonObject("get");
        assertThat(results.getJsonArray("parameters").getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .contains("id", "partner", "country", "from", "to", "includePending");
        assertThat(document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("basic")
                .getString("scheme")).isEqualTo("basic");
        assertThat(document.getJsonObject("components").getJsonObject("schemas").keySet())
                .contains("Results", "IndicatorResult", "Indicator", "Logframe", "Problem");
    }

    @Test
    void aProgrammeManagerAddsAndRestatesResultsAndALateSaveIsRefusedKeepingTheFirst() {
        String programme = newProgramme("API-EDIT");
        String results = "programmes/" + programme + "/logframe/results";

        var goal = MANAGER.send("POST", results, newResult(null, "Migrants live safely", "Мигранты живут в безопасности"));
        assertThat(goal.statusCode()).as(goal.body()).isEqualTo(201);
        long goalId = object(goal).getJsonNumber("id").longValue();
        assertThat(goal.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/camove/api/" + results + "/" + goalId));
        assertThat(object(goal).getString("code")).as("the only top result is the goal").isEqualTo("G");
        var outcome = object(MANAGER.send("POST", results, newResult(goalId, "Access to basic services", null)));
        long outcomeId = outcome.getJsonNumber("id").longValue();
        assertThat(outcome.getString("code")).as("the first outcome").isEqualTo("1");
        assertThat(outcome.getInt("depth")).isEqualTo(2);
        assertThat(DatabaseQueries.single("SELECT statement_en FROM result WHERE id = ?", outcomeId)).isEqualTo("Access to basic services");
        assertThat(object(MANAGER.get(results + "/" + outcomeId)).getJsonObject("text").getString("statementEn"))
                .isEqualTo("Access to basic services");

        long seen = outcome.getJsonNumber("version").longValue();
        var restated = MANAGER.send("PUT", results + "/" + outcomeId, editedResult(seen, "Better access to basic services"));
        assertThat(restated.statusCode()).as(restated.body()).isEqualTo(200);
        assertThat(object(restated).getJsonNumber("version").longValue()).isGreaterThan(seen);
        var late = MANAGER.send("PUT", results + "/" + outcomeId, editedResult(seen, "A late rewording"));

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(object(late).getString("message")).startsWith("Result 1 was changed by "
                + DatabaseQueries.single("SELECT full_name FROM app_user WHERE username = 'manager'"));
        assertThat(DatabaseQueries.single("SELECT statement_en FROM result WHERE id = ?", outcomeId))
                .isEqualTo("Better access to basic services");
    }

    @Test
    void onlyProgrammeManagersEditTheLogframeAndRefusedInputChangesNothing() {
        String programme = newProgramme("API-REFUSE");
        String results = "programmes/" + programme + "/logframe/results";
        String countResults = "SELECT COUNT(*) FROM result r JOIN programme p ON p.id = r.programme_id WHERE p.code = ?";

        var refused = MANAGER.send("POST", results, newResult(null, " ", "Только по-русски"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(object(refused).getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("statementEn");
        for (var caller : List.of(ApiClient.as("finance", PASSWORD), PARTNER_KG, DONOR)) {
            var response = caller.send("POST", results, newResult(null, "Not theirs to add", null));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        }
        assertThat(number(countResults, programme)).isZero();
        assertThat(MANAGER.send("PUT", results + "/1", "{\"version\": 0}").statusCode()).isEqualTo(400);
    }

    @Test
    void aProgrammeManagerDefinesAnIndicatorRefusedFieldByFieldAndALateSaveConflicts() {
        String programme = newProgramme("API-IND");
        String results = "programmes/" + programme + "/logframe/results";
        long goal = object(MANAGER.send("POST", results, newResult(null, "Migrants live safely", null))).getJsonNumber("id").longValue();
        String indicators = results + "/" + goal + "/indicators";

        var summed = MANAGER.accepting("ru").send("POST", indicators, percentage("SUM"));
        assertThat(summed.statusCode()).as(summed.body()).isEqualTo(400);
        assertThat(object(summed).getJsonArray("violations").getValuesAs(JsonObject.class))
                .anySatisfy(v -> assertThat(v.getString("field")).isEqualTo("partnerAggregation"));
        assertThat(number("SELECT COUNT(*) FROM indicator i JOIN result r ON r.id = i.result_id WHERE r.id = ?", goal)).isZero();

        var added = MANAGER.send("POST", indicators, percentage("POOLED"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String definition = added.headers().firstValue("Location").orElseThrow().replaceFirst(".*/camove/api/", "");
        var read = object(MANAGER.get(definition));
        assertThat(read.getJsonObject("definition").getString("code")).isEqualTo("G.a");
        assertThat(read.getJsonObject("definition").getString("partnerAggregation")).isEqualTo("POOLED");

        long seen = read.getJsonNumber("version").longValue();
        var renamed = MANAGER.send("PUT", definition, edited(seen, read.getJsonObject("definition"), "Share of migrants registered"));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        var late = MANAGER.send("PUT", definition, edited(seen, read.getJsonObject("definition"), "A late rename"));
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(object(late).getString("message")).startsWith("Indicator G.a was changed by someone else");
        assertThat(DatabaseQueries.single("SELECT name_en FROM indicator WHERE result_id = ?", goal)).isEqualTo("Share of migrants registered");

        assertThat(ApiClient.as("finance", PASSWORD).send("POST", indicators, percentage("POOLED")).statusCode()).isEqualTo(403);
        long now = object(MANAGER.get(definition)).getJsonNumber("version").longValue();
        String indicator = definition.replaceFirst("/definition$", "");
        assertThat(MANAGER.send("DELETE", indicator + "?version=" + now, "").statusCode()).isEqualTo(204);
        assertThat(number("SELECT COUNT(*) FROM indicator WHERE result_id = ?", goal)).isZero();
    }

    private static String percentage(String acrossPartners) {
        return Json.createObjectBuilder().add("nameEn", "Share of migrants with registration").add("unitEn", "%")
                .add("measureType", "PERCENTAGE").add("timeAggregation", "LATEST").add("partnerAggregation", acrossPartners)
                .add("direction", "INCREASE").add("categories", Json.createArrayBuilder().add("SEX").add("AGE"))
                .build().toString();
    }

    private static String edited(long version, JsonObject definition, String nameEn) {
        return Json.createObjectBuilder().add("version", version)
                .add("definition", Json.createObjectBuilder(definition).add("nameEn", nameEn)).build().toString();
    }

    /**
     * A programme with three levels and no results yet, made with SQL: what the logframe editing tests start from.
     * It starts after the demo programme, which therefore stays the one pages open by default.
     */
    private static String newProgramme(String code) {
        DatabaseQueries.update("INSERT INTO programme (code, name_en, start_date, end_date) VALUES (?, ?, '2026-01-01', '2027-12-31')",
                code, "API test programme " + code);
        String[] levels = {"Goal", "Outcome", "Output"};
        for (int depth = 1; depth <= levels.length; depth++) {
            DatabaseQueries.update("INSERT INTO logframe_level (programme_id, depth, name_en) SELECT id, ?, ? FROM programme WHERE code = ?",
                    depth, levels[depth - 1], code);
        }
        return code;
    }

    private static String newResult(Long parentId, String statementEn, String statementRu) {
        var result = Json.createObjectBuilder();
        if (parentId != null) {
            result.add("parentId", parentId);
        }
        return result.add("text", text(statementEn, statementRu)).build().toString();
    }

    private static String editedResult(long version, String statementEn) {
        return Json.createObjectBuilder().add("version", version).add("text", text(statementEn, null)).build().toString();
    }

    private static JsonObjectBuilder text(String statementEn, String statementRu) {
        var text = Json.createObjectBuilder().add("statementEn", statementEn);
        return statementRu == null ? text : text.add("statementRu", statementRu);
    }

    private static long indicatorId(String code) {
        return number("SELECT i.id FROM indicator i JOIN result r ON r.id = i.result_id JOIN programme p ON p.id = r.programme_id "
                + "WHERE p.code = 'CAOTM' AND i.code = ?", code);
    }

    /** Depth first through the results tree, each result's indicators in their order. */
    private static List<String> indicatorsInLogframeOrder() {
        Map<Object, List<Object[]>> children = new HashMap<>();
        rows("SELECT r.id, r.parent_id FROM result r JOIN programme p ON p.id = r.programme_id WHERE p.code = 'CAOTM' "
                + "ORDER BY r.position").forEach(row -> children.computeIfAbsent(String.valueOf(row[1]), k -> new ArrayList<>()).add(row));
        Map<String, List<String>> indicators = new HashMap<>();
        rows("SELECT i.result_id, i.code FROM indicator i ORDER BY i.position").forEach(row ->
                indicators.computeIfAbsent(String.valueOf(row[0]), k -> new ArrayList<>()).add((String) row[1]));
        List<String> ordered = new ArrayList<>();
        Deque<Object[]> pending = new ArrayDeque<>(children.getOrDefault("null", List.of()));
        while (!pending.isEmpty()) {
            String result = String.valueOf(pending.pop()[0]);
            ordered.addAll(indicators.getOrDefault(result, List.of()));
            List<Object[]> below = new ArrayList<>(children.getOrDefault(result, List.of()));
            Collections.reverse(below);
            below.forEach(pending::push);
        }
        return ordered;
    }

    private static BigDecimal programmeTarget(long indicator, int from, int to) {
        return decimal("SELECT SUM(target) FROM indicator_target WHERE indicator_id = ? AND partner_id IS NULL "
                + "AND year * 4 + quarter - 1 BETWEEN ? AND ?", indicator, from, to);
    }

    private static BigDecimal cells(String code, int from, int to, String which) {
        return decimal("SELECT SUM(c.value) FROM indicator_value_cell c WHERE " + which + " AND c.value_id IN "
                + "(SELECT v.id " + VALUES + "AND v.approval_state = 'APPROVED')", code, from, to);
    }

    /** Green at or above the programme's green threshold, amber at or above its amber one, red below. */
    private static String status(BigDecimal percent) {
        Object[] thresholds = rows("SELECT green_threshold, amber_threshold FROM programme WHERE code = 'CAOTM'").get(0);
        return percent.compareTo(new BigDecimal(thresholds[0].toString())) >= 0 ? "GREEN"
                : percent.compareTo(new BigDecimal(thresholds[1].toString())) >= 0 ? "AMBER" : "RED";
    }

    private static int periodIndex(int year, int quarter) {
        return year * 4 + quarter - 1;
    }

    private static int quarterIndex(String written) {
        return periodIndex(Integer.parseInt(written.substring(0, 4)), Integer.parseInt(written.substring(6)));
    }

    private static BigDecimal figure(JsonObject figure) {
        return figure.getJsonNumber("value").bigDecimalValue();
    }

    private static BigDecimal total(JsonObject results) {
        return figure(results.getJsonArray("indicators").getJsonObject(0).getJsonObject("totalToDate"));
    }

    private static void flatten(JsonObject result, List<JsonObject> into) {
        into.add(result);
        result.getJsonArray("children").getValuesAs(JsonObject.class).forEach(child -> flatten(child, into));
    }
}
