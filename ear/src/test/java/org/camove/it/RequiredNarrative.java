package org.camove.it;

import java.util.List;

/**
 * Test-only: a partner's narrative report for a period with just its required sections filled (one activity done,
 * beneficiaries, changes observed, challenges), so that a test of the workflow can submit the package. The
 * statements take literal ids, so that JDBC and JPA native queries run them alike.
 */
final class RequiredNarrative {

    private RequiredNarrative() {
    }

    /** The statements that write the report (none of it may exist yet). */
    static List<String> insert(long periodId, long partnerId) {
        String report = "(SELECT id FROM narrative_report WHERE reporting_period_id = " + periodId + " AND partner_id = " + partnerId + ")";
        return List.of("INSERT INTO narrative_report (reporting_period_id, partner_id, beneficiaries_women, beneficiaries_men, "
                        + "changes_observed, challenges, changed_by, changed_at) VALUES (" + periodId + ", " + partnerId
                        + ", 12, 9, '<p>More migrants registered.</p>', '<p>Late permits.</p>', 'test', CURRENT_TIMESTAMP)",
                "INSERT INTO narrative_activity (narrative_report_id, result_id, status, done_text) SELECT " + report
                        + ", r.id, 'DONE', 'Done as planned' FROM result r JOIN reporting_period p ON p.programme_id = r.programme_id "
                        + "WHERE p.id = " + periodId + " AND r.depth = (SELECT MAX(l.depth) FROM logframe_level l "
                        + "WHERE l.programme_id = p.programme_id) ORDER BY r.id LIMIT 1");
    }

    /** The statement that removes the report, if there is one. */
    static String delete(long periodId, long partnerId) {
        return "DELETE FROM narrative_report WHERE reporting_period_id = " + periodId + " AND partner_id = " + partnerId;
    }
}
