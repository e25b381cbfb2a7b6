package org.camove.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.camove.security.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Test-only: calls camove's services as a named finance reviewer ({@link #USERNAME}), for services that record who
 * released or recorded money. {@link #create} adds the user to the test database (as {@link IdentitiesForTests} does).
 */
@Stateless
@PermitAll
@RunAs(Role.Names.FINANCE_REVIEWER)
@RunAsPrincipal(AsNamedFinanceReviewer.USERNAME)
public class AsNamedFinanceReviewer {

    static final String USERNAME = "it.finance";
    static final String FULL_NAME = "Dana Testova";

    public <T> T call(Supplier<T> work) {
        return work.get();
    }

    /** Runs {@code work} for its effect. */
    public void run(Runnable work) {
        work.run();
    }

    static void create(Transactions tx) {
        tx.call(em -> em.createNativeQuery("INSERT IGNORE INTO app_user (username, password_hash, full_name, locale) "
                + "SELECT ?1, password_hash, ?2, 'en' FROM app_user WHERE username = 'finance'")
                .setParameter(1, USERNAME).setParameter(2, FULL_NAME).executeUpdate());
    }
}
