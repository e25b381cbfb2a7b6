package org.camove.grants;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.camove.money.Currencies;
import org.camove.money.ExchangeRates;
import org.camove.money.Money;
import org.camove.money.RateInput;
import org.camove.reporting.ReportingPeriod;
import org.camove.security.Role;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;

/**
 * How finance reviewers move a grant's money: release a tranche (refused while its condition is unmet, unless they
 * override it with a reason, which the audit trail keeps) and record what was actually paid against a released
 * tranche, with its rate to the grant's currency.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE_REVIEWER})
public class Disbursements {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private GrantAccess access;

    @EJB
    private ExchangeRates rates;

    /**
     * Releases a planned tranche of an active or closing grant. While its condition is unmet the release is refused
     * naming the condition, unless {@code override} gives the reason for releasing anyway.
     */
    public void release(long trancheId, long seenVersion, String override) {
        var tranche = seen(trancheId, seenVersion);
        tranche.requirePlanned();
        var grant = tranche.getGrant();
        if (!grant.getState().movesMoney()) {
            throw InvalidInput.of(null, "tranche.grantNotActive", grant.getReference());
        }
        String reason = Grants.optionalReason(override, "override");
        if (conditionMet(tranche)) {
            reason = null;
        } else if (reason == null) {
            throw InvalidInput.of("override", "tranche.release.conditionUnmet",
                    em.find(ReportingPeriod.class, tranche.getConditionPeriodId()).quarter().toString());
        }
        em.persist(tranche.release(reason, access.changeNow()));
    }

    /**
     * Records money paid against a released tranche: a positive amount in an accepted currency, paid within the
     * grant's dates. {@code rate} (units of the grant's currency per unit paid) is taken as entered from the bank's
     * advice, or, when blank, from the rate table for the month paid; a rate missing there is refused naming it.
     * Answers the disbursement's id.
     */
    public long record(long trancheId, LocalDate paidOn, BigDecimal amount, String currency, String rate) {
        var tranche = access.tranche(trancheId, LockModeType.PESSIMISTIC_WRITE);
        var grant = tranche.getGrant();
        if (tranche.getState() != TrancheState.RELEASED) {
            throw InvalidInput.of(null, "disbursement.notReleased", tranche.getPlannedOn().toString());
        }
        if (paidOn == null || paidOn.isBefore(grant.getStartsOn()) || paidOn.isAfter(grant.getEndsOn())) {
            throw InvalidInput.of("paidOn", "disbursement.paidOn", grant.getStartsOn().toString(), grant.getEndsOn().toString());
        }
        var paidIn = Currencies.parse("currency", currency);
        if (amount == null || amount.signum() <= 0) {
            throw InvalidInput.of("amount", "disbursement.amount.positive");
        }
        var paid = Money.of(amount, paidIn);
        boolean entered = rate != null && !rate.isBlank();
        BigDecimal rateToGrant = entered ? RateInput.rate(rate)
                : rates.rate(paidIn, grant.currency(), YearMonth.from(paidOn)).rate();
        var disbursement = new Disbursement(tranche, paidOn, paid, rateToGrant,
                entered ? Disbursement.RateSource.ENTERED : Disbursement.RateSource.TABLE, access.changeNow());
        em.persist(disbursement);
        em.flush();
        return disbursement.getId();
    }

    /**
     * Releases each planned tranche of the grant whose condition is the grant's financial report for the period, now
     * that it is met (called when the report is approved, in the same transaction), each audited with {@code reason}.
     */
    public void releaseConditionedOn(long grantId, long periodId, String reason) {
        var grant = access.grant(grantId, LockModeType.NONE);
        if (!grant.getState().movesMoney()) {
            return;
        }
        var change = access.changeNow();
        grant.getTranches().stream().filter(t -> t.getState() == TrancheState.PLANNED && Long.valueOf(periodId).equals(t.getConditionPeriodId()))
                .filter(this::conditionMet).forEach(t -> {
                    em.lock(t, LockModeType.PESSIMISTIC_WRITE);
                    em.persist(t.release(reason, change));
                });
    }

    /**
     * Whether the tranche's condition is met: none, or the grant's financial report for the condition's period is
     * approved.
     */
    private boolean conditionMet(Tranche tranche) {
        if (tranche.getConditionPeriodId() == null) {
            return true;
        }
        return !em.createNativeQuery("SELECT 1 FROM financial_report WHERE reporting_period_id = ?1 AND grant_id = ?2 "
                        + "AND state = 'APPROVED'").setParameter(1, tranche.getConditionPeriodId())
                .setParameter(2, tranche.getGrant().getId()).getResultList().isEmpty();
    }

    private Tranche seen(long trancheId, long seenVersion) {
        var tranche = access.tranche(trancheId, LockModeType.PESSIMISTIC_WRITE);
        if (tranche.getVersion() != seenVersion) {
            throw EditConflict.against(em, "conflict.tranche", tranche.getPlannedOn().toString(), tranche.getLastChange());
        }
        return tranche;
    }
}
