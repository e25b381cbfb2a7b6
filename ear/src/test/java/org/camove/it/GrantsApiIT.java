package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camove.it.ApiClient.array;
import static org.camove.it.ApiClient.object;
import static org.camove.it.ClientGrants.MANAGER;
import static org.camove.it.DatabaseQueries.number;
import static org.camove.it.DatabaseQueries.rows;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The grants and exchange-rates API of the shipped EAR over HTTP, as the demo users call it, on grants made here
 * for TJ-01 (removed afterwards): a budget that does not add up is refused naming the difference and nothing is
 * saved, then the fixed one is created; edits without a version are 428 and with an old one 409; a finance reviewer's
 * release of a tranche whose condition is unmet is refused without a reason and done with one (audited), and a
 * disbursement recorded; another partner's officer gets 404 for the grant and its tranche (logged), in Russian, and
 * does not find it in their list; a rate CSV with a wrong line is refused by line (in Russian for a Russian reader)
 * and nothing imported.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrantsApiIT {

    private static final String PASSWORD = "camove-demo";
    private static final ApiClient FINANCE = ApiClient.as("finance", PASSWORD);
    private static final ApiClient PARTNER_TJ = ApiClient.as("partner.tj", PASSWORD);
    private static final ApiClient PARTNER_KG = ApiClient.as("partner.kg", PASSWORD);

    private final long tj01 = ClientGrants.organisation("partner.tj");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.camoveEar();
    }

    @AfterEach
    void removeTestGrantsAndRates() {
        ClientGrants.deleteAll();
        DatabaseQueries.update("DELETE FROM exchange_rate WHERE source LIKE 'GrantsApiIT%'");
        DatabaseQueries.update("UPDATE app_user SET locale = 'en' WHERE username = 'finance'");
    }

    @Test
    void aBudgetThatDoesNotAddUpIsRefusedNamingTheDifferenceThenTheFixedOneIsCreated() {
        String reference = ClientGrants.reference("SUM");
        var refused = MANAGER.send("POST", "v1/grants", ClientGrants.draft(reference, tj01, "1000.00",
                ClientGrants.line("Staff", "1", "600.00") + "," + ClientGrants.line("Travel", "2", "150.00")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(object(refused).getJsonArray("violations").getValuesAs(JsonObject.class)).singleElement().satisfies(v -> {
            assertThat(v.getString("field")).isEqualTo("total");
            assertThat(v.getString("message")).contains("USD 900.00").contains("USD 1000.00").contains("USD -100.00");
        });
        assertThat(number("SELECT COUNT(*) FROM grant_award WHERE reference = ?", reference)).isZero();

        var created = MANAGER.send("POST", "v1/grants", ClientGrants.draft(reference, tj01, "1000.00",
                ClientGrants.line("Staff", "1", "600.00") + "," + ClientGrants.line("Travel", "2", "200.00")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var grant = object(created);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/v1/grants/" + grant.getInt("id")));
        assertThat(created.headers().firstValue("ETag")).hasValue("\"" + grant.getInt("version") + "\"");
        assertThat(grant.getString("state")).isEqualTo("DRAFT");
        var budget = grant.getJsonArray("budgets").getJsonObject(0);
        assertThat(budget.getJsonObject("total").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("1000");
        assertThat(budget.getJsonArray("lines").getValuesAs(JsonObject.class)).extracting(l -> l.getJsonObject("amount")
                .getJsonNumber("amount").bigDecimalValue().toPlainString()).containsExactly("600.00", "400.00");
        assertThat(rows("SELECT l.amount FROM budget_line l JOIN budget_version v ON v.id = l.budget_version_id "
                + "WHERE v.grant_id = ? ORDER BY l.position", grant.getInt("id"))).extracting(r -> r[0].toString())
                .containsExactly("600.00", "400.00");
    }

    @Test
    void aBudgetLineNamesTheResultItPaysFor_readAndWritten_andAResultOutsideTheProgrammeIsRefusedByLine() {
        long legalAid = number("SELECT id FROM result WHERE programme_id = 1 AND code = '1.1'");
        long information = number("SELECT id FROM result WHERE programme_id = 1 AND code = '2.2'");
        String reference = ClientGrants.reference("CPR");
        var created = MANAGER.send("POST", "v1/grants", ClientGrants.draft(reference, tj01, "1000.00",
                withResult(ClientGrants.line("Staff", "1", "600.00"), legalAid) + "," + ClientGrants.line("Travel", "2", "200.00")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = object(created).getJsonNumber("id").longValue();
        var lines = object(MANAGER.get("v1/grants/" + id)).getJsonArray("budgets").getJsonObject(0).getJsonArray("lines")
                .getValuesAs(JsonObject.class);
        assertThat(lines).extracting(l -> l.isNull("resultId") ? null : l.getJsonNumber("resultId").longValue(),
                l -> l.isNull("resultCode") ? null : l.getString("resultCode"))
                .containsExactly(tuple(legalAid, "1.1"), tuple(null, null));

        long foreign = number("SELECT MAX(id) FROM result") + 1_000_000;
        String budget = "{\"total\": 1000.00, \"lines\": [" + withResult(ClientGrants.line("Staff", "1", "600.00"), information)
                + "," + withResult(ClientGrants.line("Travel", "2", "200.00"), foreign) + "]}";
        var refused = MANAGER.send("PUT", "v1/grants/" + id + "/budget", budget, ClientGrants.version(id));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(object(refused).getJsonArray("violations").getValuesAs(JsonObject.class)).singleElement().satisfies(v -> {
            assertThat(v.getString("field")).isEqualTo("lines[1].result");
            assertThat(v.getString("message")).isEqualTo("Line 2: the result it pays for must be a result of the programme CAOTM.");
        });
        assertThat(rows("SELECT l.result_id FROM budget_line l JOIN budget_version v ON v.id = l.budget_version_id "
                + "WHERE v.grant_id = ? ORDER BY l.position", id)).as("nothing changed").extracting(r -> r[0])
                .containsExactly(legalAid, null);

        var revised = MANAGER.send("PUT", "v1/grants/" + id + "/budget", budget.replace(String.valueOf(foreign), "null"),
                ClientGrants.version(id));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(rows("SELECT l.result_id FROM budget_line l JOIN budget_version v ON v.id = l.budget_version_id "
                + "WHERE v.grant_id = ? ORDER BY l.position", id)).extracting(r -> r[0]).containsExactly(information, null);
        var document = object(ApiClient.anonymous().send(URI.create(WebSession.BASE.replaceFirst("/camove/$", "") + "/openapi?format=JSON")));
        var schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.getJsonObject("BudgetLine").getJsonObject("properties")).containsKeys("resultId", "resultCode");
        assertThat(schemas.getJsonObject("BudgetLineInput").getJsonObject("properties")).containsKey("resultId");
    }

    /** A budget line's JSON with the result it pays for. */
    private static String withResult(String line, long resultId) {
        return line.replaceFirst("}\\s*$", ", \"resultId\": " + resultId + "}");
    }

    @Test
    void editsNeedTheVersionReadAndAStaleOneIsAConflict() {
        long id = ClientGrants.draftGrant(ClientGrants.reference("VER"), tj01, "500.00").getJsonNumber("id").longValue();
        String read = ClientGrants.version(id);
        String budget = "{\"total\": 700.00, \"lines\": [" + ClientGrants.line("Staff", "1", "700.00") + "]}";
        assertThat(MANAGER.send("PUT", "v1/grants/" + id + "/budget", budget).statusCode()).isEqualTo(428);

        var revised = MANAGER.send("PUT", "v1/grants/" + id + "/budget", budget, read);
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(object(revised).getJsonObject("total").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("700");

        var stale = MANAGER.send("POST", "v1/grants/" + id + "/moves", "{\"state\": \"ACTIVE\"}", read);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(object(stale).getString("message")).contains("was changed by Gulnara Toktosunova");
        assertThat(number("SELECT COUNT(*) FROM grant_transition WHERE grant_id = ?", id)).isZero();
        assertThat(rows("SELECT total_amount FROM budget_version WHERE grant_id = ?", id)).extracting(r -> r[0].toString())
                .containsExactly("700.00");
    }

    @Test
    void aDraftIsDeletedWithTheVersionRead_notWithoutOrAStaleOne_andAnActiveGrantIsNot() {
        long id = ClientGrants.draftGrant(ClientGrants.reference("DEL"), tj01, "500.00").getJsonNumber("id").longValue();
        String read = ClientGrants.version(id);
        assertThat(MANAGER.send("DELETE", "v1/grants/" + id, "").statusCode()).isEqualTo(428);
        assertThat(MANAGER.send("DELETE", "v1/grants/" + id, "", "\"" + (Long.parseLong(read.replace("\"", "")) + 1) + "\"").statusCode())
                .isEqualTo(409);
        assertThat(PARTNER_KG.send("DELETE", "v1/grants/" + id, "", read).statusCode()).isIn(403, 404);
        assertThat(number("SELECT COUNT(*) FROM grant_award WHERE id = ?", id)).isOne();

        assertThat(MANAGER.send("DELETE", "v1/grants/" + id, "", read).statusCode()).isEqualTo(204);
        assertThat(number("SELECT COUNT(*) FROM grant_award WHERE id = ?", id)).isZero();
        assertThat(MANAGER.get("v1/grants/" + id).statusCode()).isEqualTo(404);

        long active = ClientGrants.activeGrantWithTranche(ClientGrants.reference("ACT"), tj01, "500.00", "100.00")
                .getJsonNumber("id").longValue();
        var refused = MANAGER.send("DELETE", "v1/grants/" + active, "", ClientGrants.version(active));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("no longer a draft");
        assertThat(number("SELECT COUNT(*) FROM grant_award WHERE id = ?", active)).isOne();
    }

    @Test
    void aFinanceReviewerReleasesATrancheWhoseConditionIsUnmetOnlyWithAReasonAndRecordsADisbursement() {
        var grant = ClientGrants.activeGrantWithTranche(ClientGrants.reference("REL"), tj01, "1000.00", "400.00");
        long id = grant.getJsonNumber("id").longValue();
        var tranche = grant.getJsonArray("tranches").getJsonObject(0);
        long trancheId = tranche.getJsonNumber("id").longValue();
        assertThat(tranche.getString("conditionPeriod")).isEqualTo("2026-Q4");
        String release = "v1/tranches/" + trancheId + "/release";
        int version = tranche.getInt("version");

        assertThat(FINANCE.send("POST", release, "{\"override\": null}").statusCode()).isEqualTo(428);
        var refused = FINANCE.send("POST", release, "{\"version\": %d, \"override\": \"  \"}".formatted(version));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(object(refused).getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("override");
        assertThat(object(refused).getJsonArray("violations").getJsonObject(0).getString("message")).contains("2026-Q4");
        assertThat(MANAGER.send("POST", release, "{\"version\": %d, \"override\": \"urgent\"}".formatted(version)).statusCode())
                .isEqualTo(403);
        assertThat(number("SELECT COUNT(*) FROM tranche WHERE id = ? AND state = 'PLANNED'", trancheId)).isEqualTo(1);

        var released = FINANCE.send("POST", release, "{\"override\": \"The partner's rent is due before the report\"}",
                "\"" + version + "\"");
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
        assertThat(object(released).getJsonArray("tranches").getJsonObject(0).getString("state")).isEqualTo("RELEASED");
        assertThat(rows("SELECT from_state, to_state, reason, changed_by FROM tranche_transition WHERE tranche_id = ?", trancheId))
                .singleElement().satisfies(r -> assertThat(List.of(r)).containsExactly("PLANNED", "RELEASED",
                        "The partner's rent is due before the report", "finance"));
        assertThat(FINANCE.send("POST", release, "{\"override\": \"again\"}", "\"" + (version + 1) + "\"").statusCode()).isEqualTo(400);

        var paid = FINANCE.send("POST", "v1/tranches/" + trancheId + "/disbursements",
                "{\"paidOn\": \"2026-06-05\", \"amount\": 30000, \"currency\": \"KGS\", \"rate\": \"0.01150000\"}");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
        var disbursement = object(paid).getJsonArray("disbursements").getJsonObject(0);
        assertThat(disbursement.getJsonObject("amount").getString("currency")).isEqualTo("KGS");
        assertThat(disbursement.getJsonObject("grantAmount").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("345.00");
        assertThat(object(paid).getJsonObject("received").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("345.00");
        assertThat(number("SELECT COUNT(*) FROM disbursement d JOIN tranche t ON t.id = d.tranche_id WHERE t.grant_id = ?", id)).isEqualTo(1);

        var list = object(FINANCE.get("v1/grants?reference=" + ClientGrants.PREFIX + "REL"));
        assertThat(list.getInt("count")).isEqualTo(1);
        assertThat(list.getJsonArray("grants").getJsonObject(0).getJsonObject("disbursed").getJsonNumber("amount").bigDecimalValue())
                .isEqualByComparingTo("345.00");
    }

    @Test
    void anotherPartnersOfficerFindsNothingAndEveryAttemptIsLogged() {
        var grant = ClientGrants.activeGrantWithTranche(ClientGrants.reference("ISO"), tj01, "800.00", "200.00");
        long id = grant.getJsonNumber("id").longValue();
        long trancheId = grant.getJsonArray("tranches").getJsonObject(0).getJsonNumber("id").longValue();
        var log = ServerLog.mark();

        var other = PARTNER_KG.get("v1/grants/" + id);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(object(other).getString("message")).contains("Не найдено").doesNotContain(grant.getString("reference"));
        assertThat(PARTNER_KG.get("v1/grants/" + (id + 100_000)).body()).isEqualTo(other.body());
        assertThat(PARTNER_KG.send("POST", "v1/tranches/" + trancheId + "/release", "{\"override\": \"x\"}", "\"0\"").statusCode()).isEqualTo(404);
        assertThat(PARTNER_KG.send("POST", "v1/grants/" + id + "/moves", "{\"state\": \"CLOSING\"}", "\"3\"").statusCode()).isEqualTo(403);
        assertThat(PARTNER_KG.send("PUT", "v1/grants/" + id + "/budget", "{\"total\": 1, \"lines\": []}", "\"3\"").statusCode()).isEqualTo(404);
        assertThat(PARTNER_KG.send("PUT", "v1/grants/" + id + "/shares", "{\"shares\": []}", "\"3\"").statusCode()).isEqualTo(403);
        assertThat(PARTNER_KG.send("POST", "v1/grants/" + id + "/tranches", "{\"plannedOn\": \"2026-09-01\", \"amount\": 1}", "\"3\"")
                .statusCode()).isEqualTo(403);
        assertThat(PARTNER_KG.send("POST", "v1/tranches/" + trancheId + "/disbursements", "{\"paidOn\": \"2026-06-05\", \"amount\": 1, "
                + "\"currency\": \"USD\", \"rate\": \"1\"}").statusCode()).isEqualTo(403);
        assertThat(PARTNER_KG.get("v1/exchange-rates/2026-03").statusCode()).isEqualTo(403);
        assertThat(number("SELECT version FROM grant_award WHERE id = ?", id)).isEqualTo(grant.getInt("version"));
        assertThat(object(PARTNER_KG.get("v1/grants?size=200")).getJsonArray("grants").getValuesAs(JsonObject.class))
                .isNotEmpty().allSatisfy(g -> assertThat(g.getString("partnerCode")).isEqualTo(partnerCode("partner.kg")));
        assertThat(object(PARTNER_KG.get("v1/grants?reference=" + ClientGrants.PREFIX)).getInt("count")).isZero();
        assertThat(log.since()).contains("Partner officer partner.kg asked for grant " + id);

        var own = PARTNER_TJ.get("v1/grants/" + id);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(object(PARTNER_TJ.get("v1/grants?reference=" + ClientGrants.PREFIX + "ISO")).getInt("count")).isEqualTo(1);
        assertThat(number("SELECT version FROM grant_award WHERE id = ?", id)).isEqualTo(object(own).getInt("version"));
    }

    @Test
    void ratesAreReadSetWithTheirVersionAndACsvWithAWrongLineIsRefusedByLineInTheReadersLanguage() {
        var set = FINANCE.send("PUT", "v1/exchange-rates/2031-01/KGS/USD", "{\"version\": null, \"rate\": \"0.01100000\", "
                + "\"source\": \"GrantsApiIT\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        var rate = array(set).getValuesAs(JsonObject.class).get(0);
        assertThat(rate.getJsonNumber("rate").bigDecimalValue()).isEqualByComparingTo("0.011");
        assertThat(FINANCE.send("PUT", "v1/exchange-rates/2031-01/KGS/USD", "{\"version\": null, \"rate\": \"0.012\", "
                + "\"source\": \"GrantsApiIT\"}").statusCode()).isEqualTo(409);
        assertThat(FINANCE.send("PUT", "v1/exchange-rates/2031-01/KGS/USD", "{\"rate\": \"0.012\", \"source\": \"GrantsApiIT\"}",
                "\"" + rate.getInt("version") + "\"").statusCode()).isEqualTo(200);
        assertThat(MANAGER.get("v1/exchange-rates/2031-01").statusCode()).isEqualTo(200);
        assertThat(MANAGER.send("PUT", "v1/exchange-rates/2031-01/TJS/USD", "{\"rate\": \"0.1\", \"source\": \"GrantsApiIT\"}")
                .statusCode()).isEqualTo(403);

        DatabaseQueries.update("UPDATE app_user SET locale = 'ru' WHERE username = 'finance'");
        String csv = "month,from,to,rate\n2031-02,KGS,USD,0.01140000\n2031-02,TJS,USD,abc\n";
        var refused = FINANCE.sendText("v1/exchange-rates/import?source=GrantsApiIT", "text/csv", csv);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(object(refused).getJsonArray("violations").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(v -> assertThat(v.getString("message")).startsWith("Строка 3"));
        assertThat(number("SELECT COUNT(*) FROM exchange_rate WHERE rate_month = '2031-02-01'")).isZero();

        var imported = FINANCE.sendText("v1/exchange-rates/import?source=GrantsApiIT", "text/csv", csv.replace("abc", "0.09100000"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(object(imported).getInt("imported")).isEqualTo(2);
        assertThat(array(FINANCE.get("v1/exchange-rates/2031-02")).getValuesAs(JsonObject.class)).extracting(r -> r.getString("from"))
                .containsExactlyInAnyOrder("KGS", "TJS");
    }

    private static String partnerCode(String username) {
        return (String) DatabaseQueries.single("SELECT o.code FROM app_user u JOIN organisation o ON o.id = u.organisation_id "
                + "WHERE u.username = ?", username);
    }
}
