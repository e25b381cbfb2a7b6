package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/**
 * Test-only, from outside the server: grants of the demo programme for 2026 made through the REST API as the demo
 * manager, for the grant pages' and API's tests. Their references start with {@value #PREFIX}, so {@link #deleteAll}
 * removes them all (budgets, shares, tranches, disbursements and audit rows go with them).
 */
final class ClientGrants {

    static final String PREFIX = "ITW-";
    static final ApiClient MANAGER = ApiClient.as("manager", "camove-demo");

    private ClientGrants() {
    }

    static String reference(String what) {
        return PREFIX + what + "-" + System.nanoTime();
    }

    static long organisation(String username) {
        return DatabaseQueries.number("SELECT organisation_id FROM app_user WHERE username = ?", username);
    }

    /** The demo programme's reporting period of 2026's given quarter. */
    static long period2026(int quarter) {
        return DatabaseQueries.number("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = ?", quarter);
    }

    /** The body of a new 2026 grant in USD whose lines are given as JSON objects. */
    static String draft(String reference, long partnerId, String total, String lines) {
        return """
                {"reference": "%s", "partnerId": %d, "programmeCode": "CAOTM", "startsOn": "2026-01-01", "endsOn": "2026-12-31",
                 "currency": "USD", "total": %s, "ratePolicy": "MONTHLY", "varianceThreshold": null, "lines": [%s]}"""
                .formatted(reference, partnerId, total, lines);
    }

    static String line(String category, String quantity, String unitCost) {
        return """
                {"category": "%s", "description": "%s costs", "unit": "month", "quantity": %s, "unitCost": %s}"""
                .formatted(category, category, quantity, unitCost);
    }

    /** A draft grant of one staff line; answers it as the API does. */
    static JsonObject draftGrant(String reference, long partnerId, String total) {
        var created = MANAGER.send("POST", "v1/grants", draft(reference, partnerId, total, line("Staff", "1", total)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.object(created);
    }

    /** A grant paid entirely by DN-01 and activated, with one tranche planned on the condition of 2026-Q4's report. */
    static JsonObject activeGrantWithTranche(String reference, long partnerId, String total, String tranche) {
        long id = draftGrant(reference, partnerId, total).getJsonNumber("id").longValue();
        long donor = DatabaseQueries.number("SELECT id FROM organisation WHERE code = 'DN-01'");
        ok(MANAGER.send("PUT", "v1/grants/" + id + "/shares", "{\"shares\": [{\"donorId\": %d, \"percent\": 100}]}".formatted(donor),
                version(id)));
        ok(MANAGER.send("POST", "v1/grants/" + id + "/moves", "{\"state\": \"ACTIVE\", \"reason\": null}", version(id)));
        var planned = MANAGER.send("POST", "v1/grants/" + id + "/tranches", "{\"plannedOn\": \"2026-06-01\", \"amount\": %s, "
                .formatted(tranche) + "\"conditionPeriodId\": %d}".formatted(period2026(4)), version(id));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        return ApiClient.object(planned);
    }

    static String version(long grantId) {
        return "\"" + DatabaseQueries.number("SELECT version FROM grant_award WHERE id = ?", grantId) + "\"";
    }

    static void deleteAll() {
        DatabaseQueries.update("DELETE FROM grant_award WHERE reference LIKE '" + PREFIX + "%'");
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
