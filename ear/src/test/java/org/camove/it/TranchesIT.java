package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.camove.grants.Disbursement;
import org.camove.grants.Disbursements;
import org.camove.grants.GrantView;
import org.camove.grants.Grants;
import org.camove.grants.TrancheState;
import org.camove.money.Money;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tranches and disbursements against the real database: a release refused while its condition (the grant's financial
 * report for a period) is unmet, overridden with a reason that the audit keeps, released once it is met; disbursements at the
 * table's rate or an entered one, a missing rate named. Grants of partner KZ-03, deleted afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class TranchesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(TranchesIT.class).addClasses(AsNamedManager.class, AsNamedPartnerOfficer.class,
                AsNamedFinanceReviewer.class, IdentitiesForTests.class, GrantFixtures.class, GrantsIT.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedManager manager;

    @EJB
    private AsNamedFinanceReviewer finance;

    @EJB
    private AsNamedPartnerOfficer partnerKg;

    @EJB
    private Grants grants;

    @EJB
    private Disbursements disbursements;

    private GrantFixtures fixtures;

    @BeforeEach
    void identities() {
        IdentitiesForTests.create(tx);
        AsNamedFinanceReviewer.create(tx);
        fixtures = new GrantFixtures(tx, manager, grants);
    }

    @AfterEach
    void cleanUp() {
        tx.call(em -> em.createNativeQuery("DELETE FROM report_submission WHERE partner_id = (SELECT id FROM organisation WHERE code = 'KZ-03') "
                + "AND submitted_by = 'it.tranches'").executeUpdate());
        fixtures.deleteTestGrants();
    }

    private long period(int year, int quarter) {
        return fixtures.count("SELECT id FROM reporting_period WHERE programme_id = (SELECT id FROM programme WHERE code = 'CAOTM') "
                + "AND year = ?1 AND quarter = ?2", year, quarter);
    }

    private long plan(long grantId, String date, String amount, Long conditionPeriod) {
        return manager.call(() -> grants.planTranche(grantId, fixtures.version(grantId), LocalDate.parse(date), new BigDecimal(amount),
                conditionPeriod));
    }

    private GrantView.TrancheRow tranche(long grantId, long trancheId) {
        return manager.call(() -> grants.grant(grantId, Locale.ENGLISH)).tranches().stream().filter(t -> t.id() == trancheId)
                .findFirst().orElseThrow();
    }

    @Test
    void aTrancheWhoseReportIsNotApprovedIsReleasedOnlyWithAnOverrideReasonThatTheAuditKeeps() {
        long grant = fixtures.activeGrant("KZ-03", "USD", "10000.00");
        long conditioned = plan(grant, "2026-10-15", "4000", period(2026, 3));
        plan(grant, "2026-04-15", "3000", null);
        var tooMuch = catchThrowableOfType(InvalidInput.class, () -> plan(grant, "2026-12-15", "3000.01", null));
        assertThat(tooMuch.violations().get(0).message(Locale.ENGLISH))
                .isEqualTo("The tranches would add up to USD 10000.01, more than the grant's total USD 10000.00.");

        var seen = tranche(grant, conditioned);
        var unmet = catchThrowableOfType(InvalidInput.class, () -> finance.run(() -> disbursements.release(conditioned, seen.version(), " ")));
        assertThat(unmet.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("override");
            assertThat(v.message(Locale.ENGLISH)).startsWith("The financial report for 2026-Q3 is not approved yet, so this tranche cannot be released.");
            assertThat(v.message(GrantsIT.RU)).startsWith("Финансовый отчёт за 2026-Q3 ещё не утверждён, поэтому этот транш выпустить нельзя.");
        });
        assertThat(tranche(grant, conditioned).state()).isEqualTo(TrancheState.PLANNED);
        assertThatThrownBy(() -> manager.call(() -> {
            disbursements.release(conditioned, seen.version(), "a manager may not");
            return null;
        })).isInstanceOf(EJBAccessException.class);

        finance.run(() -> disbursements.release(conditioned, seen.version(), "The partner's rent is due; the report is late because of floods"));
        assertThat(tranche(grant, conditioned).state()).isEqualTo(TrancheState.RELEASED);
        List<Object[]> audit = tx.call(em -> em.createNativeQuery("SELECT from_state, to_state, changed_by, reason FROM tranche_transition "
                + "WHERE tranche_id = ?1").setParameter(1, conditioned).getResultList());
        assertThat(audit).extracting(row -> row[0] + ">" + row[1] + " by " + row[2] + ": " + row[3]).containsExactly(
                "PLANNED>RELEASED by " + AsNamedFinanceReviewer.USERNAME + ": The partner's rent is due; the report is late because of floods");

        var stale = catchThrowableOfType(EditConflict.class, () -> finance.run(() -> disbursements.release(conditioned, seen.version(), null)));
        assertThat(stale.message(Locale.ENGLISH)).startsWith("The tranche planned for 2026-10-15 was changed by " + AsNamedFinanceReviewer.FULL_NAME);
        var again = catchThrowableOfType(InvalidInput.class, () -> finance.run(() -> disbursements.release(conditioned,
                tranche(grant, conditioned).version(), null)));
        assertThat(again.violations().get(0).key()).isEqualTo("tranche.release.notPlanned");
    }

    @Test
    void aTrancheIsReleasedWithoutOverrideOnceTheGrantsFinancialReportForItsPeriodIsApprovedNotTheQuarterlyPackage() {
        long grant = fixtures.activeGrant("KZ-03", "USD", "5000.00");
        long q4 = period(2026, 4); // the demo has packages up to 2026-Q3; none of 2026-Q4 yet
        long conditioned = plan(grant, "2026-08-01", "5000", q4);
        tx.call(em -> em.createNativeQuery("INSERT INTO report_submission (reporting_period_id, partner_id, state, submitted_by, approved_by) "
                + "SELECT ?1, id, 'APPROVED', 'it.tranches', 'it.manager' FROM organisation WHERE code = 'KZ-03'").setParameter(1, q4).executeUpdate());
        var packageOnly = catchThrowableOfType(InvalidInput.class, () -> finance.run(() -> disbursements.release(conditioned,
                tranche(grant, conditioned).version(), null)));
        assertThat(packageOnly.violations().get(0).key()).as("the quarterly package is not the condition").isEqualTo("tranche.release.conditionUnmet");

        tx.call(em -> em.createNativeQuery("INSERT INTO financial_report (grant_id, reporting_period_id, currency, state, submitted_by, "
                + "approved_by) VALUES (?1, ?2, 'KGS', 'APPROVED', 'it.tranches', 'it.finance')").setParameter(1, grant).setParameter(2, q4)
                .executeUpdate());
        finance.run(() -> disbursements.release(conditioned, tranche(grant, conditioned).version(), null));
        assertThat(tranche(grant, conditioned).state()).isEqualTo(TrancheState.RELEASED);
        List<Object> reasons = tx.call(em -> em.createNativeQuery("SELECT reason FROM tranche_transition WHERE tranche_id = ?1")
                .setParameter(1, conditioned).getResultList());
        assertThat(reasons).as("no override was needed").containsExactly((Object) null);
    }

    @Test
    void disbursementsKeepTheRateTheyWereConvertedAtFromTheTableOrEnteredAndAMissingRateIsNamed() {
        long grant = fixtures.activeGrant("KZ-03", "USD", "10000.00");
        long tranche = plan(grant, "2026-03-01", "6000", null);
        var notReleased = catchThrowableOfType(InvalidInput.class, () -> finance.call(() -> disbursements.record(tranche,
                LocalDate.of(2026, 3, 10), new BigDecimal("100000"), "KGS", null)));
        assertThat(notReleased.violations().get(0).key()).isEqualTo("disbursement.notReleased");
        finance.run(() -> disbursements.release(tranche, tranche(grant, tranche).version(), null));

        long fromTable = finance.call(() -> disbursements.record(tranche, LocalDate.of(2026, 3, 10), new BigDecimal("100000"), "KGS", null));
        long entered = finance.call(() -> disbursements.record(tranche, LocalDate.of(2026, 3, 20), new BigDecimal("200000"), "kgs", "0.0115"));
        var missing = catchThrowableOfType(InvalidInput.class, () -> finance.call(() -> disbursements.record(tranche,
                LocalDate.of(2026, 3, 25), new BigDecimal("1000"), "SEK", null)));
        assertThat(missing.violations().get(0).message(Locale.ENGLISH))
                .isEqualTo("There is no SEK → USD exchange rate for 2026-03. A finance reviewer must add it to the rate table first.");
        var negative = catchThrowableOfType(InvalidInput.class, () -> finance.call(() -> disbursements.record(tranche,
                LocalDate.of(2026, 3, 25), new BigDecimal("-1"), "KGS", null)));
        assertThat(negative.violations().get(0).field()).isEqualTo("amount");

        BigDecimal tableRate = tx.call(em -> (BigDecimal) em.createNativeQuery("SELECT rate FROM exchange_rate WHERE from_currency = 'KGS' "
                + "AND to_currency = 'USD' AND rate_month = '2026-03-01'").getSingleResult());
        var expected = Money.of(new BigDecimal("100000").multiply(tableRate), java.util.Currency.getInstance("USD"));
        var view = finance.call(() -> grants.grant(grant, Locale.ENGLISH));
        assertThat(view.disbursements()).extracting(GrantView.DisbursementRow::id).containsExactly(fromTable, entered);
        assertThat(view.disbursements().get(0)).satisfies(d -> {
            assertThat(d.rateSource()).isEqualTo(Disbursement.RateSource.TABLE);
            assertThat(d.rateToGrant()).isEqualByComparingTo(tableRate);
            assertThat(d.grantAmount()).isEqualTo(expected);
        });
        assertThat(view.disbursements().get(1)).satisfies(d -> {
            assertThat(d.rateSource()).isEqualTo(Disbursement.RateSource.ENTERED);
            assertThat(d.amount()).isEqualTo(Money.of("200000", "KGS"));
            assertThat(d.grantAmount()).isEqualTo(Money.of("2300.00", "USD"));
        });
        assertThat(view.received()).isEqualTo(expected.plus(Money.of("2300.00", "USD")));

        // a later edit of the table's rate changes nothing that was disbursed
        tx.call(em -> em.createNativeQuery("UPDATE exchange_rate SET rate = rate * 2 WHERE from_currency = 'KGS' AND to_currency = 'USD' "
                + "AND rate_month = '2026-03-01'").executeUpdate());
        try {
            assertThat(finance.call(() -> grants.grant(grant, Locale.ENGLISH)).disbursements().get(0).grantAmount()).isEqualTo(expected);
        } finally {
            tx.call(em -> em.createNativeQuery("UPDATE exchange_rate SET rate = ?1 WHERE from_currency = 'KGS' AND to_currency = 'USD' "
                    + "AND rate_month = '2026-03-01'").setParameter(1, tableRate).executeUpdate());
        }
        assertThatThrownBy(() -> partnerKg.call(() -> disbursements.record(tranche, LocalDate.of(2026, 3, 10), BigDecimal.ONE, "KGS", null)))
                .isInstanceOf(EJBAccessException.class);
    }
}
