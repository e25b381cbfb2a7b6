package org.camove.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.camove.security.Role;

/** Test-only: calls camove's services with the identity of a programme manager. */
@Stateless
@PermitAll
@RunAs(Role.Names.PROGRAMME_MANAGER)
public class AsProgrammeManager {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
