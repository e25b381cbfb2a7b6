package org.camove.it;

/**
 * Users that in-container tests act as (with {@code @RunAsPrincipal}), kept apart from the demo users that
 * tests sign in as over HTTP: WildFly's brute-force protection counts run-as identities of the realm like
 * sign-ins, and after a few it locks the name out, so a run-as "manager" would lock the demo manager out of
 * every later browser test.
 */
final class IdentitiesForTests {

    static final String MANAGER = "it.manager";
    static final String ADMINISTRATOR = "it.admin";
    static final String ADMINISTRATOR_NAME = "Aida Testova";
    /** An officer of partner KG-02, as the demo user partner.kg is. */
    static final String PARTNER_KG = "it.partner.kg";
    static final String PARTNER_KG_NAME = "Nurlan Testov";
    /** A second programme manager, to approve what the first submitted. */
    static final String SECOND_MANAGER = "it.manager2";
    static final String SECOND_MANAGER_NAME = "Madina Testova";
    /** An officer of partner KG-05, another partner than {@link #PARTNER_KG}'s. */
    static final String PARTNER_KG5 = "it.partner.kg5";
    static final String PARTNER_KG5_NAME = "Aibek Testov";

    private IdentitiesForTests() {
    }

    /**
     * Creates the users once, in the test database only. The realm reads their password hash when a bean runs
     * as them, so it must be a well-formed bcrypt hash: that of the demo users' password.
     */
    static void create(Transactions tx) {
        tx.call(em -> em.createNativeQuery("INSERT IGNORE INTO app_user (username, password_hash, full_name, locale) "
                + "SELECT ?1, password_hash, 'Timur Testov', 'en' FROM app_user WHERE username = 'manager' "
                + "UNION ALL SELECT ?2, password_hash, ?3, 'en' FROM app_user WHERE username = 'admin'")
                .setParameter(1, MANAGER).setParameter(2, ADMINISTRATOR).setParameter(3, ADMINISTRATOR_NAME).executeUpdate());
        tx.call(em -> em.createNativeQuery("INSERT IGNORE INTO app_user (username, password_hash, full_name, organisation_id, locale) "
                + "SELECT ?1, u.password_hash, ?2, o.id, 'en' FROM app_user u, organisation o "
                + "WHERE u.username = 'manager' AND o.code = 'KG-02'")
                .setParameter(1, PARTNER_KG).setParameter(2, PARTNER_KG_NAME).executeUpdate());
        tx.call(em -> em.createNativeQuery("INSERT IGNORE INTO app_user (username, password_hash, full_name, organisation_id, locale) "
                + "SELECT ?1, u.password_hash, ?2, NULL, 'en' FROM app_user u WHERE u.username = 'manager' "
                + "UNION ALL SELECT ?3, u.password_hash, ?4, o.id, 'en' FROM app_user u, organisation o "
                + "WHERE u.username = 'manager' AND o.code = 'KG-05'")
                .setParameter(1, SECOND_MANAGER).setParameter(2, SECOND_MANAGER_NAME)
                .setParameter(3, PARTNER_KG5).setParameter(4, PARTNER_KG5_NAME).executeUpdate());
    }
}
