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

    private IdentitiesForTests() {
    }

    /** Creates the users once; they have no usable password, so nobody can sign in as them. */
    static void create(Transactions tx) {
        tx.call(em -> em.createNativeQuery("INSERT IGNORE INTO app_user (username, password_hash, full_name, locale) VALUES "
                + "(?1, '!', 'Timur Testov', 'en'), (?2, '!', ?3, 'en')")
                .setParameter(1, MANAGER).setParameter(2, ADMINISTRATOR).setParameter(3, ADMINISTRATOR_NAME).executeUpdate());
    }
}
