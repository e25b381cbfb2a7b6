package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camove.finance.Portfolio;
import org.camove.grants.GrantState;
import org.camove.grants.Grants;
import org.camove.money.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portfolio overview against the real database with the demo grants (and a grant of TJ-01 made here and deleted
 * after): every grant's budget in force, disbursed, spent, last approved quarter, overdue and waiting reports equal
 * the database's own figures, totals are per currency, the filters, the read costs the same statements with more
 * grants, and a partner officer is refused.
 */
@ExtendWith(ArquillianExtension.class)
class PortfolioIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(PortfolioIT.class).addClasses(AsNamedManager.class, AsNamedPartnerOfficer.class,
                AsNamedFinanceReviewer.class, IdentitiesForTests.class, GrantFixtures.class, GrantsIT.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedManager manager;

    @EJB
    private AsNamedFinanceReviewer finance;

    @EJB
    private AsNamedPartnerOfficer officer;

    @EJB
    private Grants grants;

    @EJB
    private Portfolio portfolio;

    private GrantFixtures fixtures;

    @BeforeEach
    void identities() {
        IdentitiesForTests.create(tx);
        AsNamedFinanceReviewer.create(tx);
        fixtures = new GrantFixtures(tx, manager, grants);
    }

    @AfterEach
    void cleanUp() {
        fixtures.deleteTestGrants();
    }

    @Test
    void everyGrantsFiguresAreTheDatabasesOwnSums_totalledPerCurrency() {
        long ours = fixtures.activeGrant("TJ-01", "EUR", "8000");
        paid(ours, "3000.00");
        var overview = manager.call(() -> portfolio.overview(null, null, Locale.ENGLISH));

        assertThat(overview.rows()).hasSize((int) fixtures.count("SELECT COUNT(*) FROM grant_award"));
        Map<Long, BigDecimal> budgets = sums("SELECT v.grant_id, v.total_amount FROM budget_version v WHERE v.number = "
                + "(SELECT MAX(w.number) FROM budget_version w WHERE w.grant_id = v.grant_id AND w.effective_from <= CURRENT_DATE)");
        Map<Long, BigDecimal> disbursed = sums("SELECT t.grant_id, SUM(d.grant_amount) FROM disbursement d JOIN tranche t "
                + "ON t.id = d.tranche_id GROUP BY t.grant_id");
        Map<Long, BigDecimal> spent = sums("SELECT r.grant_id, SUM(l.converted_amount) FROM financial_report_line l "
                + "JOIN financial_report r ON r.id = l.financial_report_id WHERE r.state = 'APPROVED' GROUP BY r.grant_id");
        assertThat(spent).as("the demo has approved financial reports").isNotEmpty();
        Map<Long, String> lastApproved = tx.call(em -> rows(em, "SELECT r.grant_id, MAX(CONCAT(p.year, '-Q', p.quarter)) "
                + "FROM financial_report r JOIN reporting_period p ON p.id = r.reporting_period_id WHERE r.state = 'APPROVED' "
                + "GROUP BY r.grant_id")).stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
        Map<Long, BigDecimal> overdue = sums("SELECT g.id, COUNT(*) FROM grant_award g JOIN reporting_period p ON p.programme_id = g.programme_id "
                + "LEFT JOIN financial_report r ON r.grant_id = g.id AND r.reporting_period_id = p.id "
                + "WHERE g.state IN ('ACTIVE', 'CLOSING') AND DATE_ADD(p.due_on, INTERVAL p.grace_days DAY) < UTC_DATE() "
                + "AND MAKEDATE(p.year, 1) + INTERVAL (p.quarter - 1) * 3 MONTH <= g.ends_on "
                + "AND MAKEDATE(p.year, 1) + INTERVAL p.quarter * 3 MONTH - INTERVAL 1 DAY >= g.starts_on "
                + "AND (r.state IS NULL OR r.state NOT IN ('SUBMITTED', 'APPROVED')) GROUP BY g.id");
        Map<Long, BigDecimal> waiting = sums("SELECT grant_id, COUNT(*) FROM financial_report WHERE state = 'SUBMITTED' GROUP BY grant_id");
        for (var row : overview.rows()) {
            assertThat(row.disbursed().amount()).as(row.reference() + " disbursed")
                    .isEqualByComparingTo(disbursed.getOrDefault(row.grantId(), BigDecimal.ZERO));
            assertThat(row.spent().amount()).as(row.reference() + " spent").isEqualByComparingTo(spent.getOrDefault(row.grantId(), BigDecimal.ZERO));
            if (budgets.containsKey(row.grantId())) {
                assertThat(row.budget().amount()).as(row.reference() + " budget").isEqualByComparingTo(budgets.get(row.grantId()));
            }
            assertThat(row.cashPosition()).isEqualTo(row.disbursed().minus(row.spent()));
            assertThat(row.lastApproved()).as(row.reference() + " last approved").isEqualTo(lastApproved.get(row.grantId()));
            assertThat(row.overdue()).as(row.reference() + " overdue").isEqualTo(overdue.getOrDefault(row.grantId(), BigDecimal.ZERO).intValue());
            if (!row.state().movesMoney()) {
                assertThat(row.pace()).as(row.reference() + ": a " + row.state() + " grant is never off pace").isEqualTo(Portfolio.Pace.ON_PACE);
            }
            assertThat(row.waiting()).as(row.reference() + " waiting").isEqualTo(waiting.getOrDefault(row.grantId(), BigDecimal.ZERO).intValue());
        }
        var mine = overview.rows().stream().filter(r -> r.grantId() == ours).findFirst().orElseThrow();
        assertThat(mine.budget()).isEqualTo(Money.of("8000", "EUR"));
        assertThat(mine.disbursed()).isEqualTo(Money.of("3000", "EUR"));
        assertThat(mine.percentSpent()).isEqualByComparingTo("0");
        assertThat(mine.lastApproved()).isNull();

        Map<String, BigDecimal> budgetPerCurrency = tx.call(em -> rows(em, "SELECT g.currency, SUM(v.total_amount) FROM grant_award g "
                + "JOIN budget_version v ON v.grant_id = g.id WHERE v.number = (SELECT MAX(w.number) FROM budget_version w "
                + "WHERE w.grant_id = g.id AND w.effective_from <= CURRENT_DATE) GROUP BY g.currency")).stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (BigDecimal) r[1]));
        assertThat(overview.totals()).extracting(t -> t.currency().getCurrencyCode()).as("one total per currency, in code order")
                .containsExactlyElementsOf(overview.rows().stream().map(r -> r.budget().currency().getCurrencyCode()).distinct().sorted().toList());
        for (var total : overview.totals()) {
            String code = total.currency().getCurrencyCode();
            assertThat(total.budget().currency().getCurrencyCode()).isEqualTo(code);
            if (overview.rows().stream().filter(r -> r.budget().currency().getCurrencyCode().equals(code))
                    .allMatch(r -> budgets.containsKey(r.grantId()))) {
                assertThat(total.budget().amount()).as(code).isEqualByComparingTo(budgetPerCurrency.get(code));
            }
        }
    }

    @Test
    void filtersByCountryAndState() {
        long ours = fixtures.activeGrant("TJ-01", "EUR", "8000");
        var tajik = manager.call(() -> portfolio.overview("TJ", null, Locale.ENGLISH));
        assertThat(tajik.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.country()).isEqualTo("TJ"))
                .anySatisfy(r -> assertThat(r.grantId()).isEqualTo(ours));
        assertThat(tajik.countries()).as("every country to choose from").contains("KG", "TJ");
        assertThat(tajik.rows()).hasSize((int) fixtures.count("SELECT COUNT(*) FROM grant_award g JOIN organisation o ON o.id = g.partner_id "
                + "WHERE o.country = 'TJ'"));
        var closed = finance.call(() -> portfolio.overview(null, GrantState.CLOSED, Locale.ENGLISH));
        assertThat(closed.rows()).hasSize((int) fixtures.count("SELECT COUNT(*) FROM grant_award WHERE state = 'CLOSED'"));
        assertThat(manager.call(() -> portfolio.overview("KG", GrantState.ACTIVE, Locale.ENGLISH)).rows())
                .noneSatisfy(r -> assertThat(r.grantId()).isEqualTo(ours));
    }

    @Test
    void moreGrantsCostNoStatement() {
        // a grant made first: making one as the manager also warms the server's caches the count sees (the identity)
        paid(fixtures.activeGrant("TJ-01", "EUR", "8000"), "1000.00");
        selectsOfOverview(); // the first read after deployment fills caches too
        long before = selectsOfOverview();
        paid(fixtures.activeGrant("KZ-03", "CHF", "5000"), "2500.00");
        fixtures.activeGrant("KG-02", "USD", "2000");
        assertThat(selectsOfOverview()).as("a fixed number of statements whatever the number of grants").isEqualTo(before);
    }

    @Test
    void aPartnerOfficerIsRefused() {
        assertThatThrownBy(() -> officer.call(() -> portfolio.overview(null, null, Locale.ENGLISH))).isInstanceOf(EJBAccessException.class);
    }

    /** A released tranche of the grant with one disbursement of {@code amount} in the grant's currency. */
    private void paid(long grant, String amount) {
        tx.call(em -> {
            em.createNativeQuery("INSERT INTO tranche (grant_id, planned_on, amount, state) VALUES (?1, '2026-02-01', ?2, 'RELEASED')")
                    .setParameter(1, grant).setParameter(2, new BigDecimal(amount)).executeUpdate();
            return em.createNativeQuery("INSERT INTO disbursement (tranche_id, paid_on, amount, currency, rate_to_grant, rate_source, "
                    + "grant_amount, grant_currency) SELECT t.id, '2026-02-01', t.amount, g.currency, 1, 'ENTERED', t.amount, g.currency "
                    + "FROM tranche t JOIN grant_award g ON g.id = t.grant_id WHERE t.grant_id = ?1").setParameter(1, grant).executeUpdate();
        });
    }

    /** SELECTs the database ran for one overview (see {@link Transactions#selectsOf}). */
    private long selectsOfOverview() {
        return tx.selectsOf(() -> manager.call(() -> portfolio.overview(null, null, Locale.ENGLISH)));
    }

    private Map<Long, BigDecimal> sums(String sql) {
        return tx.call(em -> rows(em, sql)).stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                r -> new BigDecimal(r[1].toString())));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
