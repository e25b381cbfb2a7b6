package org.camove.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.camove.security.Role;

/** Test-only: calls camove's services with the identity of a finance reviewer of the lead agency. */
@Stateless
@PermitAll
@RunAs(Role.Names.FINANCE_REVIEWER)
public class AsFinanceReviewer {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
