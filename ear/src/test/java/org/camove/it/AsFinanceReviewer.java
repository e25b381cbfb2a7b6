package org.camove.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.camove.security.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test-only: calls camove's services as the demo finance reviewer, a role that may not edit logframes (user {@code finance}), for services that record who acted. */
@Stateless
@PermitAll
@RunAs(Role.Names.FINANCE_REVIEWER)
@RunAsPrincipal("finance")
public class AsFinanceReviewer {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
