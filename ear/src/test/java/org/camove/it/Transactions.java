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

    /**
     * The SELECTs {@code work} runs, counted on this transaction's connection (work that joins it). The count also
     * holds the server's reading of a run-as identity from the same data source, which varies with its cache:
     * compare counts, do not bound them.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long selectsOf(Runnable work) {
        long start = selects();
        work.run();
        return selects() - start;
    }

    private long selects() {
        Object[] row = (Object[]) em.createNativeQuery("SHOW SESSION STATUS LIKE 'Com_select'").getSingleResult();
        return Long.parseLong(row[1].toString());
    }
}
