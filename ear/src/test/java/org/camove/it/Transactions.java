package org.camove.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;

/** Test-only: runs work against camove's persistence unit in a transaction of its own. */
@Stateless
public class Transactions {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T call(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
