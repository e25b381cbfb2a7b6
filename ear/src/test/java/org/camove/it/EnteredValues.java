package org.camove.it;

import static org.camove.it.DatabaseQueries.number;
import static org.camove.it.DatabaseQueries.rows;
import static org.camove.it.DatabaseQueries.update;

import java.util.List;

/**
 * Client tests only: what a test enters for partner TJ-01 in the demo programme's open period 2026-Q4 (the
 * demo data set has nothing there), removed again with the partner's package if the test started it.
 */
final class EnteredValues {

    final long period = number("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 4 AND state = 'OPEN'");
    final long tj01 = number("SELECT id FROM organisation WHERE code = 'TJ-01'");
    private final boolean hadPackage = number("SELECT COUNT(*) FROM report_submission WHERE reporting_period_id = ? AND partner_id = ?",
            period, tj01) > 0;

    /** Removes TJ-01's values and audit rows of 2026-Q4, and its package unless it was there before. */
    void remove() {
        List<Long> indicators = rows("SELECT DISTINCT indicator_id FROM indicator_value WHERE partner_id = ? AND year = 2026 AND quarter = 4", tj01)
                .stream().map(r -> ((Number) r[0]).longValue()).toList();
        update("DELETE FROM indicator_value WHERE partner_id = ? AND year = 2026 AND quarter = 4", tj01);
        update("DELETE FROM indicator_value_change WHERE partner_id = ? AND year = 2026 AND quarter = 4", tj01);
        if (!hadPackage) {
            update("DELETE FROM report_submission WHERE reporting_period_id = ? AND partner_id = ?", period, tj01);
        }
        indicators.forEach(DatabaseQueries::valuesChanged);
    }

    /** TJ-01's pending value of the demo programme's indicator in 2026-Q4, as a whole number; null when there is none. */
    Long value(String code) {
        var kept = rows("SELECT CAST(v.value AS SIGNED) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
                + "WHERE v.partner_id = ? AND v.year = 2026 AND v.quarter = 4 AND i.code = ? AND i.result_id IN "
                + "(SELECT id FROM result WHERE programme_id = 1)", tj01, code);
        return kept.isEmpty() ? null : ((Number) kept.get(0)[0]).longValue();
    }
}
