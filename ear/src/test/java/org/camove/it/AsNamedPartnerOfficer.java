package org.camove.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.camove.security.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Test-only: calls camove's services as the officer of partner KG-02 ({@link IdentitiesForTests#PARTNER_KG}),
 * for services that find the caller's organisation by their name.
 */
@Stateless
@PermitAll
@RunAs(Role.Names.PARTNER_OFFICER)
@RunAsPrincipal(IdentitiesForTests.PARTNER_KG)
public class AsNamedPartnerOfficer {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
