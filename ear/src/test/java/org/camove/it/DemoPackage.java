package org.camove.it;

/**
 * Test-only: the demo's open period (2026-Q4) and the two partners whose quarterly packages the narrative and
 * evidence tests write: KG-02 (whose officer the in-container tests act as) and TJ-01 (another partner), with
 * the plain SQL those tests read and clean up with, inside the server.
 */
record DemoPackage(long openPeriod, long kg02, long tj01) {

    static DemoPackage read(Transactions tx) {
        return new DemoPackage(
                number(tx, "SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 4 AND state = 'OPEN'"),
                number(tx, "SELECT id FROM organisation WHERE code = 'KG-02'"),
                number(tx, "SELECT id FROM organisation WHERE code = 'TJ-01'"));
    }

    static long number(Transactions tx, String sql) {
        return ((Number) single(tx, sql)).longValue();
    }

    static Object single(Transactions tx, String sql) {
        return tx.call(em -> em.createNativeQuery(sql).getSingleResult());
    }

    static void update(Transactions tx, String sql) {
        tx.call(em -> em.createNativeQuery(sql).executeUpdate());
    }
}
