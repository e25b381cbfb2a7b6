package org.camove.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.camove.security.Role;

/** Test-only: calls camove's services with the identity of a partner organisation's officer. */
@Stateless
@PermitAll
@RunAs(Role.Names.PARTNER_OFFICER)
public class AsPartnerOfficer {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
