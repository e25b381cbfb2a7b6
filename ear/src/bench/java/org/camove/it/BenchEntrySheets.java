package org.camove.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark only: entry sheets the size the issue asks to measure, in the generated programme
 * ({@link BenchProgramme}): its last quarter (2025-Q4) is an open reporting period, every partner reports
 * {@value #INDICATORS} of its indicators broken down by Sex × Age (12 cells each, with a previous quarter's
 * value and most with a pending one), and {@value #USERS} partner officers, two for each of 25 partners, sign
 * in with the demo users' password. Built once; the users are named {@code bench.officer.N}.
 */
final class BenchEntrySheets {

    static final int INDICATORS = 40;
    static final int USERS = 50;

    /** The open period and each officer's organisation, by officer number (1..USERS). */
    record Sheets(long periodId, List<Long> partnerOfUser) {

        long partnerOf(int user) {
            return partnerOfUser.get(user - 1);
        }
    }

    private BenchEntrySheets() {
    }

    static Sheets ensure(Connection db) throws SQLException {
        long programme = BenchFigures.single(db, "SELECT id FROM programme WHERE code = '" + BenchProgramme.CODE + "'");
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT IGNORE INTO reporting_period (programme_id, year, quarter, opens_on, due_on, grace_days, state) "
                    + "VALUES (" + programme + ", " + (BenchProgramme.FIRST_YEAR + BenchProgramme.QUARTERS / 4 - 1)
                    + ", 4, CURRENT_DATE, CURRENT_DATE + INTERVAL 30 DAY, 10, 'OPEN')");
            // the first INDICATORS indicators broken down by Sex x Age, for every partner
            s.executeUpdate("INSERT IGNORE INTO indicator_partner (indicator_id, organisation_id) "
                    + "SELECT i.id, o.id FROM (SELECT i.id FROM indicator i JOIN result r ON r.id = i.result_id "
                    + "WHERE r.programme_id = " + programme + " AND (SELECT COUNT(*) FROM indicator_category c "
                    + "WHERE c.indicator_id = i.id) = 2 ORDER BY i.id LIMIT " + INDICATORS + ") i "
                    + "CROSS JOIN organisation o WHERE o.kind = 'PARTNER'");
            s.executeUpdate("INSERT IGNORE INTO app_user (username, password_hash, full_name, organisation_id, locale) "
                    + "SELECT CONCAT('bench.officer.', n.n), u.password_hash, CONCAT('Bench Officer ', n.n), o.id, 'ru' "
                    + "FROM app_user u, (SELECT ROW_NUMBER() OVER () AS n FROM indicator LIMIT " + USERS + ") n, "
                    + "(SELECT id, ROW_NUMBER() OVER (ORDER BY code) - 1 AS k FROM organisation WHERE kind = 'PARTNER') o "
                    + "WHERE u.username = 'partner.kg' AND o.k = (n.n - 1) % 25");
            s.executeUpdate("INSERT IGNORE INTO user_role (user_id, role) SELECT id, 'PARTNER_OFFICER' FROM app_user "
                    + "WHERE username LIKE 'bench.officer.%'");
        }
        long period = BenchFigures.single(db, "SELECT id FROM reporting_period WHERE programme_id = " + programme
                + " AND state = 'OPEN'");
        List<Long> partners = new ArrayList<>();
        for (int user = 1; user <= USERS; user++) {
            partners.add(BenchFigures.single(db, "SELECT organisation_id FROM app_user WHERE username = 'bench.officer." + user + "'"));
        }
        return new Sheets(period, partners);
    }
}
