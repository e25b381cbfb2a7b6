package org.camove.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.camove.security.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test-only: calls camove's services as the officer of partner KG-05 ({@link IdentitiesForTests#PARTNER_KG5}). */
@Stateless
@PermitAll
@RunAs(Role.Names.PARTNER_OFFICER)
@RunAsPrincipal(IdentitiesForTests.PARTNER_KG5)
public class AsOtherPartnerOfficer {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
