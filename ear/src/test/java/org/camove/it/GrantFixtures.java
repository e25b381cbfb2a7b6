package org.camove.it;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camove.grants.BudgetLineInput;
import org.camove.grants.GrantDraft;
import org.camove.grants.GrantState;
import org.camove.grants.Grants;
import org.camove.grants.ShareInput;
import org.camove.money.ExchangeRatePolicy;

/**
 * Test-only (in the server): grants of the demo programme for 2026 that the grant tests make and delete. Their
 * references start with IT-, so {@link #deleteTestGrants} finds them all (budgets, tranches, disbursements and
 * audit rows go with them).
 */
final class GrantFixtures {

    private final Transactions tx;
    private final AsNamedManager manager;
    private final Grants grants;

    GrantFixtures(Transactions tx, AsNamedManager manager, Grants grants) {
        this.tx = tx;
        this.manager = manager;
        this.grants = grants;
    }

    String reference() {
        return "IT-" + System.nanoTime();
    }

    static BudgetLineInput line(String category, String quantity, String unitCost) {
        return new BudgetLineInput(category, category + " costs", "unit", new BigDecimal(quantity), new BigDecimal(unitCost));
    }

    /** A grant for 2026, converted at the monthly rate, with the default threshold. */
    GrantDraft draft(String reference, String partnerCode, String currency, String total, List<BudgetLineInput> lines) {
        return new GrantDraft(reference, organisation(partnerCode), GrantsIT.PROGRAMME, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                currency, new BigDecimal(total), ExchangeRatePolicy.MONTHLY, null, lines);
    }

    /** A grant of one staff line, paid entirely by DN-01, activated. */
    long activeGrant(String partnerCode, String currency, String total) {
        return activeGrant(draft(reference(), partnerCode, currency, total, List.of(line("Staff", "1", total))));
    }

    /** The grant of {@code draft}, paid entirely by DN-01, activated. */
    long activeGrant(GrantDraft draft) {
        long id = manager.call(() -> grants.create(draft));
        as(manager, () -> grants.fund(id, version(id), List.of(new ShareInput(organisation("DN-01"), new BigDecimal("100")))));
        as(manager, () -> grants.move(id, version(id), GrantState.ACTIVE, null));
        return id;
    }

    long organisation(String code) {
        return count("SELECT id FROM organisation WHERE code = ?1", code);
    }

    long version(long grantId) {
        return count("SELECT version FROM grant_award WHERE id = ?1", grantId);
    }

    String referenceOf(long grantId) {
        return tx.call(em -> (String) em.createNativeQuery("SELECT reference FROM grant_award WHERE id = ?1").setParameter(1, grantId)
                .getSingleResult());
    }

    /** The first column of the one row of a query, as a number. */
    long count(String sql, Object... parameters) {
        return tx.call(em -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    void as(AsNamedManager user, Runnable work) {
        user.call(() -> {
            work.run();
            return null;
        });
    }

    void deleteTestGrants() {
        tx.call(em -> em.createNativeQuery("DELETE FROM grant_award WHERE reference LIKE 'IT-%'").executeUpdate());
    }
}
