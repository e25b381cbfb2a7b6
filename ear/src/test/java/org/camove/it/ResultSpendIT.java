package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camove.finance.ResultSpend;
import org.camove.finance.SpendByResult;
import org.camove.grants.BudgetLineInput;
import org.camove.grants.GrantView;
import org.camove.grants.Grants;
import org.camove.indicators.IndicatorResults;
import org.camove.indicators.ProgrammeResults;
import org.camove.indicators.ResultsFilter;
import org.camove.money.Money;
import org.camove.shared.InvalidInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cost per result against the real database: each result's spend is what SQL sums of the approved reports' stored
 * converted amounts on the lines linked to it, per currency, for the dashboard's partners and quarters; a submitted
 * report does not count; a partner officer gets only their own organisation's spend; a line's result must be one of
 * the grant's programme, and an amendment keeps it. The demo links (demo V13) put USD (KG-02) and EUR (TJ-01) spend
 * on output 1.1. What a test adds (a report, a programme, grants starting IT-) is removed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ResultSpendIT {

    private static final String PROGRAMME = "CAOTM";
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String OTHER_PROGRAMME = "IT-CPR-OTHER";
    private static final String MARK = "it.cpr";
    private static final String KG_GRANT = "CAOTM-G-2025-01";

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(ResultSpendIT.class).addClasses(AsNamedManager.class, AsNamedPartnerOfficer.class,
                IdentitiesForTests.class, GrantFixtures.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedManager manager;

    @EJB
    private AsNamedPartnerOfficer partnerKg;

    @EJB
    private IndicatorResults indicatorResults;

    @EJB
    private ResultSpend resultSpend;

    @EJB
    private Grants grants;

    private GrantFixtures fixtures;

    @BeforeEach
    void identities() {
        IdentitiesForTests.create(tx);
        fixtures = new GrantFixtures(tx, manager, grants);
    }

    @AfterEach
    void removeWhatTheTestsAdded() {
        fixtures.deleteTestGrants();
        sql("DELETE FROM financial_report WHERE submitted_by = ?1", MARK);
        // results first: MariaDB's cascade from the programme reaches its levels before the results that refer to them
        sql("DELETE FROM result WHERE programme_id IN (SELECT id FROM programme WHERE code = ?1)", OTHER_PROGRAMME);
        sql("DELETE FROM programme WHERE code = ?1", OTHER_PROGRAMME);
    }

    @Test
    void eachResultsSpendIsTheSumOfApprovedConvertedAmountsOnItsLines_perCurrency() {
        var results = managerResults(ResultsFilter.officialToDate());

        SpendByResult spend = manager.call(() -> resultSpend.of(results));

        List<Object[]> linked = tx.call(em -> em.createNativeQuery("SELECT DISTINCT result_id FROM budget_line "
                + "WHERE result_id IS NOT NULL").getResultList());
        assertThat(linked).as("the demo links lines to results").isNotEmpty();
        for (Object resultId : linked) {
            long id = ((Number) resultId).longValue();
            assertThat(amounts(spend.of(id))).as("result " + id).isEqualTo(expected(id, "%", "%", results));
        }
        long output = result("1.1");
        assertThat(amounts(spend.of(output)).keySet()).as("USD and EUR stay apart").containsExactly("EUR", "USD");
        assertThat(spend.of(result("1.2"))).as("no line pays for 1.2").isEmpty();

        // a cost per unit divides by what the paying partners achieved: KG-02's USD, TJ-01's EUR
        long kg02 = fixtures.count("SELECT id FROM organisation WHERE code = ?1", "KG-02");
        long reached = fixtures.count("SELECT i.id FROM indicator i JOIN result r ON r.id = i.result_id "
                + "WHERE r.programme_id = 1 AND i.code = ?1", "1.1.a");
        assertThat(spend.spends(output)).extracting(s -> s.amount().currency().getCurrencyCode() + " " + s.partners())
                .containsExactly("EUR [" + fixtures.count("SELECT id FROM organisation WHERE code = ?1", "TJ-01") + "]", "USD [" + kg02 + "]");
        var kgOwn = managerResults(ResultsFilter.of(null, "KG-02", null, null, false));
        assertThat(kgOwn.periods()).isEqualTo(results.periods());
        var achieved = manager.call(() -> indicatorResults.resultsOf(results, List.of(reached), Set.of(kg02))).get(reached).totalToDate();
        assertThat(achieved).as("what KG-02 achieved, as its own figures show it").isEqualTo(kgOwn.of(reached).totalToDate());
        assertThat(achieved).as("not what every partner did").isNotEqualTo(results.of(reached).totalToDate());
        long tj01 = fixtures.count("SELECT id FROM organisation WHERE code = ?1", "TJ-01");
        var tjAchieved = manager.call(() -> indicatorResults.resultsOf(results, List.of(reached), Set.of(tj01))).get(reached).totalToDate();
        var usd = expected(output, "%", "KG-02", results).get("USD");
        var eur = expected(output, "%", "TJ-01", results).get("EUR");
        assertThat(spend.costPerUnitOf(reached)).extracting(m -> m.amount() + " " + m.currency()).containsExactly(
                eur.divide(tjAchieved.value(), 2, java.math.RoundingMode.HALF_UP) + " EUR",
                usd.divide(achieved.value(), 2, java.math.RoundingMode.HALF_UP) + " USD");
        assertThat(spend.costPerUnitOf(fixtures.count("SELECT i.id FROM indicator i JOIN result r ON r.id = i.result_id "
                + "WHERE r.programme_id = 1 AND i.code = ?1", "1.2.b"))).as("a percentage has none").isEmpty();
    }

    @Test
    void aSubmittedReportsSpendDoesNotCount_oneApprovedDoes() {
        long output = result("1.1");
        var results = managerResults(ResultsFilter.officialToDate());
        Map<String, BigDecimal> before = amounts(manager.call(() -> resultSpend.of(results)).of(output));
        long grant = fixtures.count("SELECT id FROM grant_award WHERE reference = ?1", KG_GRANT);
        long period = fixtures.count("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 1");
        sql("INSERT INTO financial_report (grant_id, reporting_period_id, currency, state, submitted_by, submitted_at, version, "
                + "changed_by, changed_at) VALUES (?1, ?2, 'KGS', 'SUBMITTED', ?3, NOW(), 1, ?3, NOW())", grant, period, MARK);
        long report = fixtures.count("SELECT id FROM financial_report WHERE submitted_by = ?1", MARK);
        sql("INSERT INTO financial_report_line (financial_report_id, budget_line_id, position, amount, currency, converted_amount, "
                + "grant_currency) SELECT ?1, b.id, b.position, 68808090.00, 'KGS', 777777.77, 'USD' FROM budget_line b "
                + "WHERE b.id = 1", report);

        assertThat(amounts(manager.call(() -> resultSpend.of(results)).of(output))).as("submitted, not counted").isEqualTo(before);

        sql("UPDATE financial_report SET state = 'APPROVED' WHERE id = ?1", report);
        assertThat(amounts(manager.call(() -> resultSpend.of(results)).of(output)).get("USD"))
                .isEqualByComparingTo(before.get("USD").add(new BigDecimal("777777.77")));
    }

    @Test
    void thePartnerCountryAndQuarterFiltersNarrowTheSpend() {
        long output = result("1.1");
        var whole = amounts(manager.call(() -> resultSpend.of(managerResults(ResultsFilter.officialToDate()))).of(output));

        var tj = managerResults(ResultsFilter.of(null, "TJ-01", null, null, false));
        assertThat(amounts(manager.call(() -> resultSpend.of(tj)).of(output))).isEqualTo(expected(output, "%", "TJ-01", tj))
                .containsOnlyKeys("EUR");
        var kg = managerResults(ResultsFilter.of("KG", null, null, null, false));
        assertThat(amounts(manager.call(() -> resultSpend.of(kg)).of(output))).isEqualTo(expected(output, "KG", "%", kg))
                .containsOnlyKeys("USD");
        var secondHalf = managerResults(ResultsFilter.of(null, null, "2025-Q3", "2025-Q4", false));
        var narrowed = amounts(manager.call(() -> resultSpend.of(secondHalf)).of(output));
        assertThat(narrowed).isEqualTo(expected(output, "%", "%", secondHalf));
        assertThat(narrowed.get("USD")).isLessThan(whole.get("USD")).isPositive();
        var noReports = managerResults(ResultsFilter.of(null, null, "2027-Q1", "2027-Q2", false));
        assertThat(manager.call(() -> resultSpend.of(noReports)).of(output)).as("no approved report in 2027").isEmpty();
    }

    @Test
    void aPartnerOfficerGetsOnlyTheirOwnOrganisationsSpend() {
        long output = result("1.1");

        SpendByResult own = partnerKg.call(() -> resultSpend.of(indicatorResults.results(PROGRAMME, ResultsFilter.officialToDate(),
                LocalDate.now()).orElseThrow()));

        var kgResults = managerResults(ResultsFilter.of(null, "KG-02", null, null, false));
        assertThat(amounts(own.of(output))).isEqualTo(expected(output, "%", "KG-02", kgResults)).containsOnlyKeys("USD");
        assertThat(own.byResult().values()).allSatisfy(spends -> assertThat(spends).extracting(s -> s.amount().currency().getCurrencyCode())
                .containsOnly("USD"));
        long kg02 = fixtures.count("SELECT id FROM organisation WHERE code = ?1", "KG-02");
        long tj01 = fixtures.count("SELECT id FROM organisation WHERE code = ?1", "TJ-01");
        assertThat(own.spends(output)).singleElement().extracting(SpendByResult.Spend::partners).isEqualTo(Set.of(kg02));
        var ownResults = partnerKg.call(() -> indicatorResults.results(PROGRAMME, ResultsFilter.officialToDate(), LocalDate.now()).orElseThrow());
        long reached = fixtures.count("SELECT i.id FROM indicator i JOIN result r ON r.id = i.result_id "
                + "WHERE r.programme_id = 1 AND i.code = ?1", "1.1.a");
        assertThat(partnerKg.call(() -> indicatorResults.resultsOf(ownResults, List.of(reached), Set.of(tj01))))
                .as("what another partner achieved is not had by naming it").isEmpty();
        var refused = catchThrowableOfType(InvalidInput.class, () -> partnerKg.call(() -> indicatorResults.results(PROGRAMME,
                ResultsFilter.of(null, "TJ-01", null, null, false), LocalDate.now())));
        assertThat(refused.violations()).extracting(InvalidInput.Violation::key).containsExactly("results.filter.notYourOrganisation");
        var tjResults = managerResults(ResultsFilter.of(null, "TJ-01", null, null, false));
        assertThat(partnerKg.call(() -> resultSpend.of(tjResults)).byResult())
                .as("handed another partner's scope, the officer still gets nothing of it").isEmpty();
    }

    @Test
    void aLineForAResultOfAnotherProgrammeIsRefusedInEnglishAndRussian_andNothingIsKept() {
        sql("INSERT INTO programme (code, name_en, start_date, end_date) VALUES (?1, 'Other programme', '2026-01-01', '2027-12-31')",
                OTHER_PROGRAMME);
        long other = fixtures.count("SELECT id FROM programme WHERE code = ?1", OTHER_PROGRAMME);
        sql("INSERT INTO logframe_level (programme_id, depth, name_en, name_ru) VALUES (?1, 1, 'Goal', 'Цель')", other);
        sql("INSERT INTO result (programme_id, parent_id, depth, code, position, statement_en, statement_ru) "
                + "VALUES (?1, NULL, 1, 'X', 1, 'Another goal', 'Другая цель')", other);
        long foreign = fixtures.count("SELECT id FROM result WHERE programme_id = ?1", other);
        String reference = fixtures.reference();

        var refused = catchThrowableOfType(InvalidInput.class, () -> manager.call(() -> grants.create(fixtures.draft(reference, "KZ-03",
                "USD", "1500.00", List.of(line("Staff", "1000.00", result("1.1")), line("Travel", "500.00", foreign))))));

        assertThat(refused.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("lines[1].result");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("Line 2: the result it pays for must be a result of the programme CAOTM.");
            assertThat(v.message(RU))
                    .isEqualTo("Статья 2: результат, на который она расходуется, должен быть результатом программы CAOTM.");
        });
        assertThat(fixtures.count("SELECT COUNT(*) FROM grant_award WHERE reference = ?1", reference)).isZero();
        var unknown = catchThrowableOfType(InvalidInput.class, () -> manager.call(() -> grants.create(fixtures.draft(reference, "KZ-03",
                "USD", "1500.00", List.of(line("Staff", "1500.00", foreign + 1_000_000))))));
        assertThat(unknown.violations()).extracting(InvalidInput.Violation::field).containsExactly("lines[0].result");
    }

    @Test
    void anAmendmentKeepsTheLinesResults_andTheEarlierVersionKeepsItsOwn() {
        long legalAid = result("1.1");
        long information = result("2.2");
        long id = fixtures.activeGrant(fixtures.draft(fixtures.reference(), "KZ-03", "USD", "1500.00",
                List.of(line("Staff", "1000.00", legalAid), line("Office", "500.00", null))));
        GrantView first = manager.call(() -> grants.grant(id, Locale.ENGLISH));
        assertThat(first.budgets().get(0).lines()).extracting(GrantView.Line::resultId, GrantView.Line::resultCode)
                .containsExactly(tuple(legalAid, "1.1"), tuple(null, null));

        // the budget editor and the API send back what they read, lines with their results, plus what changed
        List<BudgetLineInput> amended = new ArrayList<>(first.budgets().get(0).lines().stream().map(l -> new BudgetLineInput(
                l.category(), l.description(), l.unit(), l.quantity(), l.unitCost().amount(), l.resultId())).toList());
        amended.add(line("Leaflets", "300.00", information));
        fixtures.as(manager, () -> grants.amend(id, first.version(), LocalDate.of(2026, 7, 1), "Leaflets on safe migration",
                new BigDecimal("1800.00"), amended));

        GrantView after = manager.call(() -> grants.grant(id, Locale.ENGLISH));
        assertThat(after.budgets()).hasSize(2);
        assertThat(after.budgets().get(1).lines()).extracting(GrantView.Line::resultCode).containsExactly("1.1", null, "2.2");
        assertThat(after.budgets().get(0).lines()).extracting(GrantView.Line::resultCode).containsExactly("1.1", null);
        List<Object[]> stored = tx.call(em -> em.createNativeQuery("SELECT v.number, l.position, l.result_id FROM budget_line l "
                + "JOIN budget_version v ON v.id = l.budget_version_id WHERE v.grant_id = ?1 ORDER BY v.number, l.position")
                .setParameter(1, id).getResultList());
        assertThat(stored).extracting(row -> row[0] + "." + row[1] + "=" + row[2]).containsExactly("1.1=" + legalAid, "1.2=null",
                "2.1=" + legalAid, "2.2=null", "2.3=" + information);
    }

    // --- independent figures, straight from the database ---

    /** The approved converted spend on lines linked to the result, per currency, for partners matching the patterns. */
    private Map<String, BigDecimal> expected(long resultId, String countryPattern, String partnerPattern, ProgrammeResults results) {
        List<Object[]> rows = tx.call(em -> em.createNativeQuery("SELECT l.grant_currency, SUM(l.converted_amount) "
                + "FROM financial_report_line l JOIN financial_report r ON r.id = l.financial_report_id "
                + "JOIN budget_line b ON b.id = l.budget_line_id JOIN grant_award g ON g.id = r.grant_id "
                + "JOIN organisation o ON o.id = g.partner_id JOIN reporting_period p ON p.id = r.reporting_period_id "
                + "WHERE r.state = 'APPROVED' AND b.result_id = ?1 AND o.country LIKE ?2 AND o.code LIKE ?3 "
                + "AND p.year * 4 + p.quarter - 1 BETWEEN ?4 AND ?5 GROUP BY l.grant_currency ORDER BY l.grant_currency")
                .setParameter(1, resultId).setParameter(2, countryPattern).setParameter(3, partnerPattern)
                .setParameter(4, results.periods().from().periodIndex()).setParameter(5, results.periods().to().periodIndex())
                .getResultList());
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        rows.forEach(row -> sums.put(row[0].toString(), ((BigDecimal) row[1]).setScale(2)));
        return sums;
    }

    private static Map<String, BigDecimal> amounts(List<Money> spend) {
        Map<String, BigDecimal> byCurrency = new LinkedHashMap<>();
        spend.forEach(m -> byCurrency.put(m.currency().getCurrencyCode(), m.amount()));
        return byCurrency;
    }

    private ProgrammeResults managerResults(ResultsFilter filter) {
        return manager.call(() -> indicatorResults.results(PROGRAMME, filter, LocalDate.now()).orElseThrow());
    }

    private long result(String code) {
        return fixtures.count("SELECT id FROM result WHERE programme_id = 1 AND code = ?1", code);
    }

    private static BudgetLineInput line(String category, String amount, Long resultId) {
        return new BudgetLineInput(category, category + " costs", "unit", BigDecimal.ONE, new BigDecimal(amount), resultId);
    }

    private void sql(String statement, Object... parameters) {
        tx.call(em -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        });
    }
}
