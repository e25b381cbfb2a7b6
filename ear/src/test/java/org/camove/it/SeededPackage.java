package org.camove.it;

import static org.camove.it.DatabaseQueries.number;
import static org.camove.it.DatabaseQueries.rows;
import static org.camove.it.DatabaseQueries.update;

/**
 * Test-only: a partner's package for the demo's open period 2026-Q4, written with SQL for tests that run outside the
 * server: a draft with a pending value of every indicator assigned to the partner, each with a comment (so that it
 * passes the submit checks whatever last quarter held) and the required parts of its narrative report; {@link #remove()} takes away everything of the partner's
 * 2026-Q4 (values, their audit, the narrative, the package with its moves and comments).
 */
final class SeededPackage {

    final long partnerId;
    final long periodId;

    SeededPackage(String partnerCode) {
        partnerId = number("SELECT id FROM organisation WHERE code = ?", partnerCode);
        periodId = number("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 4");
    }

    SeededPackage seed() {
        remove();
        update("INSERT INTO indicator_value (indicator_id, partner_id, year, quarter, approval_state, value, numerator, denominator, "
                + "text_value, comment, entered_by) SELECT i.id, ?, 2026, 4, 'PENDING', "
                + "CASE WHEN i.measure_type IN ('NUMBER', 'YES_NO') THEN 1 END, CASE WHEN i.measure_type = 'PERCENTAGE' THEN 5 END, "
                + "CASE WHEN i.measure_type = 'PERCENTAGE' THEN 10 END, CASE WHEN i.measure_type = 'QUALITATIVE' THEN 'As planned' END, "
                + "'entered by a test', 'test' FROM indicator i JOIN indicator_partner ip ON ip.indicator_id = i.id "
                + "JOIN result r ON r.id = i.result_id WHERE ip.organisation_id = ? AND r.programme_id = 1", partnerId, partnerId);
        update("INSERT INTO report_submission (reporting_period_id, partner_id, state) VALUES (?, ?, 'DRAFT')", periodId, partnerId);
        RequiredNarrative.insert(periodId, partnerId).forEach(DatabaseQueries::update);
        valuesChanged();
        return this;
    }

    void remove() {
        update("DELETE FROM indicator_value WHERE partner_id = ? AND year = 2026 AND quarter = 4", partnerId);
        update("DELETE FROM indicator_value_change WHERE partner_id = ? AND year = 2026 AND quarter = 4", partnerId);
        update("DELETE FROM report_submission WHERE partner_id = ? AND reporting_period_id = ?", partnerId, periodId);
        update(RequiredNarrative.delete(periodId, partnerId));
        valuesChanged();
    }

    /** The partner's values of 2026-Q4 in one approval state. */
    long values(String approvalState) {
        return number("SELECT COUNT(*) FROM indicator_value WHERE partner_id = ? AND year = 2026 AND quarter = 4 "
                + "AND approval_state = ?", partnerId, approvalState);
    }

    long assignedIndicators() {
        return number("SELECT COUNT(*) FROM indicator_partner ip JOIN indicator i ON i.id = ip.indicator_id "
                + "JOIN result r ON r.id = i.result_id WHERE ip.organisation_id = ? AND r.programme_id = 1", partnerId);
    }

    private void valuesChanged() {
        rows("SELECT indicator_id, organisation_id FROM indicator_partner WHERE organisation_id = ?", partnerId)
                .forEach(r -> DatabaseQueries.valuesChanged(((Number) r[0]).longValue()));
    }
}
