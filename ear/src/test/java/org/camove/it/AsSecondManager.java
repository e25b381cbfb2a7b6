package org.camove.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.camove.security.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test-only: calls camove's services as a second programme manager ({@link IdentitiesForTests#SECOND_MANAGER}). */
@Stateless
@PermitAll
@RunAs(Role.Names.PROGRAMME_MANAGER)
@RunAsPrincipal(IdentitiesForTests.SECOND_MANAGER)
public class AsSecondManager {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
