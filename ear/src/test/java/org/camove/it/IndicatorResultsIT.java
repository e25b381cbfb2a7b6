package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camove.indicators.IndicatorResults;
import org.camove.indicators.ProgrammePartner;
import org.camove.indicators.ProgrammeResults;
import org.camove.indicators.ReportedValueChanges;
import org.camove.indicators.ResultsFilter;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.indicators.aggregation.OnTrackStatus;
import org.camove.indicators.aggregation.OptionCombination;
import org.camove.indicators.aggregation.PartnerId;
import org.camove.indicators.aggregation.PeriodRange;
import org.camove.indicators.aggregation.Quarter;
import org.camove.indicators.aggregation.Scope;
import org.camove.logframe.Indicator;
import org.camove.logframe.LogframeLevel;
import org.camove.logframe.MeasureType;
import org.camove.logframe.Programme;
import org.camove.logframe.Result;
import org.camove.logframe.TimeAggregation;
import org.camove.shared.InvalidInput;
import org.camove.shared.LocalizedText;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Indicator results computed from values stored in the real database, through the aggregation engine. */
@ExtendWith(ArquillianExtension.class)
class IndicatorResultsIT {

    private static final PeriodRange YEAR_2026 = PeriodRange.parse("2026-Q1", "2026-Q4");

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(IndicatorResultsIT.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsProgrammeManager asManager;

    @EJB
    private IndicatorResults results;

    private PartnerId bishkek;
    private PartnerId dushanbe;

    @BeforeEach
    void partners() {
        bishkek = PartnerId.of(tx.call(em -> organisationId(em, "KG-02")));
        dushanbe = PartnerId.of(tx.call(em -> organisationId(em, "TJ-01")));
    }

    @Test
    void aCumulativeIndicatorCarriesSkippedQuartersForwardAndIsNeverSummedOverTime() {
        long indicator = newIndicator(MeasureType.NUMBER, TimeAggregation.CUMULATIVE);
        value(indicator, bishkek, "2026-Q1", "APPROVED", "10");
        long bishkekQ2 = value(indicator, bishkek, "2026-Q2", "APPROVED", "25");
        value(indicator, bishkek, "2026-Q4", "APPROVED", "40");
        value(indicator, dushanbe, "2026-Q1", "APPROVED", "5");
        value(indicator, dushanbe, "2026-Q3", "APPROVED", "15");
        value(indicator, dushanbe, "2026-Q4", "PENDING", "20");
        for (String quarter : List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")) {
            target(indicator, quarter, "" + (10 + 10 * Quarter.parse(quarter).quarter()));
        }

        IndicatorResult official = compute(indicator, Scope.programme(YEAR_2026));
        assertThat(actuals(official)).containsExactly("15", "30", "40", "55");
        assertThat(official.totalToDate().value()).isEqualByComparingTo("55");
        assertThat(official.targetToDate()).isEqualByComparingTo("50");
        assertThat(official.percentOfTarget()).isEqualByComparingTo("110.0");
        assertThat(official.status()).isEqualTo(OnTrackStatus.GREEN);

        IndicatorResult withPending = compute(indicator, Scope.programme(YEAR_2026).includingPending());
        assertThat(withPending.totalToDate().value()).isEqualByComparingTo("60");

        IndicatorResult onePartner = compute(indicator, Scope.partner(bishkek, YEAR_2026));
        assertThat(onePartner.totalToDate().value()).isEqualByComparingTo("40");

        // an earlier quarter corrected after later ones were approved: only what depends on it moves
        tx.call(em -> {
            em.createNativeQuery("UPDATE indicator_value SET value = 28 WHERE id = ?1").setParameter(1, bishkekQ2).executeUpdate();
            ReportedValueChanges.record(em, List.of(indicator));
            return null;
        });
        assertThat(actuals(compute(indicator, Scope.programme(YEAR_2026)))).containsExactly("15", "33", "43", "55");
    }

    @Test
    void aComputedResultIsReusedOnlyWhileTheIndicatorsValuesDefinitionAndScopeStayTheSame() {
        long indicator = newIndicator(MeasureType.NUMBER, TimeAggregation.SUM);
        long first = value(indicator, bishkek, "2026-Q1", "APPROVED", "10");
        value(indicator, dushanbe, "2026-Q1", "APPROVED", "5");
        assertThat(compute(indicator, Scope.programme(YEAR_2026)).totalToDate().value()).isEqualByComparingTo("15");

        // a write that breaks the rule (no ReportedValueChanges) is not seen: the result was kept, not recomputed
        tx.call(em -> em.createNativeQuery("UPDATE indicator_value SET value = 12 WHERE id = ?1")
                .setParameter(1, first).executeUpdate());
        assertThat(compute(indicator, Scope.programme(YEAR_2026)).totalToDate().value()).isEqualByComparingTo("15");
        assertThat(compute(indicator, Scope.partner(bishkek, YEAR_2026)).totalToDate().value())
                .as("another scope is its own entry").isEqualByComparingTo("12");

        tx.call(em -> {
            ReportedValueChanges.record(em, List.of(indicator));
            return null;
        });
        assertThat(compute(indicator, Scope.programme(YEAR_2026)).totalToDate().value()).isEqualByComparingTo("17");

        target(indicator, "2026-Q1", "20");
        var redefined = compute(indicator, Scope.programme(YEAR_2026));
        assertThat(redefined.targetToDate()).as("a new target is a new version").isEqualByComparingTo("20");
        assertThat(redefined.percentOfTarget()).isEqualByComparingTo("85.0");
    }

    @Test
    void aPercentagePoolsNumeratorsAndDenominatorsAcrossPartnersAndItsCellsMakeTheSubtotals() {
        long indicator = newIndicator(MeasureType.PERCENTAGE, TimeAggregation.LATEST);
        tx.call(em -> em.createNativeQuery("INSERT INTO indicator_category (indicator_id, category_id, position) "
                + "SELECT ?1, id, 1 FROM disaggregation_category WHERE code = 'SEX'").setParameter(1, indicator).executeUpdate());
        long bishkekValue = ratio(indicator, bishkek, "2026-Q2", "30", "100", true);
        cell(bishkekValue, "SEX=F", "20", "60");
        cell(bishkekValue, "SEX=M", "10", "40");
        ratio(indicator, dushanbe, "2026-Q2", "10", "20", false);

        IndicatorResult result = compute(indicator, Scope.programme(YEAR_2026));

        assertThat(result.totalToDate().numerator()).isEqualByComparingTo("40");
        assertThat(result.totalToDate().denominator()).isEqualByComparingTo("120");
        assertThat(result.totalToDate().value()).isBetween(new BigDecimal("33.33"), new BigDecimal("33.34"));
        var women = result.subtotal(OptionCombination.of("SEX", "F")).orElseThrow();
        assertThat(women.actualIn(Quarter.parse("2026-Q2")).numerator()).isEqualByComparingTo("20");
        assertThat(women.actualIn(Quarter.parse("2026-Q2")).denominator()).isEqualByComparingTo("60");
    }

    @Test
    void aWholeProgrammeIsComputedInOnePassWithEachIndicatorByItsOwnRules() {
        long cumulative = newIndicator(MeasureType.NUMBER, TimeAggregation.CUMULATIVE);
        String programme = programmeOf(cumulative);
        long perQuarter = addIndicator(programme, "G.b", MeasureType.NUMBER, TimeAggregation.SUM);
        for (long indicator : List.of(cumulative, perQuarter)) {
            value(indicator, bishkek, "2026-Q1", "APPROVED", "10");
            value(indicator, bishkek, "2026-Q2", "APPROVED", "30");
            value(indicator, dushanbe, "2026-Q2", "APPROVED", "7");
        }

        Map<Long, IndicatorResult> all = asManager.call(() -> results.resultsForProgramme(programme, Scope.programme(YEAR_2026)));

        assertThat(all).containsOnlyKeys(cumulative, perQuarter);
        assertThat(all.get(cumulative).totalToDate().value()).isEqualByComparingTo("37");
        assertThat(all.get(perQuarter).totalToDate().value()).isEqualByComparingTo("47");
        assertThat(asManager.call(() -> results.resultsForProgramme("NO-SUCH-PROGRAMME", Scope.programme(YEAR_2026))))
                .isEmpty();

        // "to date" ends at the last quarter with approved values, not at a quarter still being reported
        Map<Long, IndicatorResult> toDate = asManager.call(() -> results.results(programme, ResultsFilter.officialToDate(),
                LocalDate.of(2026, 11, 23)).orElseThrow().byIndicator());
        assertThat(toDate.get(perQuarter).scope().periods()).isEqualTo(PeriodRange.parse("2026-Q1", "2026-Q2"));
        assertThat(toDate.get(perQuarter).totalToDate().value()).isEqualByComparingTo("47");
        assertThat(asManager.call(() -> results.results("NO-SUCH-PROGRAMME", ResultsFilter.officialToDate(), LocalDate.now()))).isEmpty();
    }

    @Test
    void filtersNarrowTheDemoProgrammeToACountryOrAPartner_andCountriesAddUpToTheProgramme() {
        ResultsFilter year = ResultsFilter.of(null, null, "2025-Q1", "2025-Q4", false);
        ProgrammeResults whole = demo(year);
        long peopleRegistered = indicatorId("1.b");   // NUMBER, summed over quarters and partners

        assertThat(whole.partners()).hasSize(25);
        BigDecimal byCountry = BigDecimal.ZERO;
        for (String country : List.of("KG", "TJ", "KZ", "RU")) {
            ProgrammeResults inCountry = demo(new ResultsFilter(country, null, year.from(), year.to(), false));
            assertThat(inCountry.partners()).allMatch(p -> p.country().equals(country));
            var total = inCountry.of(peopleRegistered).totalToDate();
            byCountry = byCountry.add(total == null || !total.hasValue() ? BigDecimal.ZERO : total.value());
        }
        assertThat(byCountry).as("the countries' totals add up to the programme's")
                .isEqualByComparingTo(whole.of(peopleRegistered).totalToDate().value());

        ProgrammeResults kg02 = demo(year.forPartner("KG-02"));
        assertThat(kg02.partners()).extracting(ProgrammePartner::code).containsExactly("KG-02");
        assertThat(kg02.periods()).isEqualTo(PeriodRange.parse("2025-Q1", "2025-Q4"));
    }

    @Test
    void aBadFilterIsRefusedFieldByFieldInTheReadersLanguage() {
        InvalidInput unknown = refused(ResultsFilter.officialToDate().forPartner("XX-99"));
        assertThat(unknown.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("partner");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("XX-99 is not a partner of this programme.");
            assertThat(v.message(Locale.forLanguageTag("ru"))).isEqualTo("XX-99 не является партнёром этой программы.");
        });
        assertThat(refused(new ResultsFilter("FR", null, null, null, false)).violations().get(0).field()).isEqualTo("country");
        assertThat(refused(ResultsFilter.of(null, null, "2026-Q3", "2026-Q1", false)).violations().get(0).message(Locale.ENGLISH))
                .isEqualTo("The period range starts (2026-Q3) after it ends (2026-Q1).");
        assertThat(refused(ResultsFilter.of(null, null, "2024-Q4", null, false)).violations().get(0).field()).isEqualTo("from");
        assertThatThrownBy(() -> ResultsFilter.of(null, null, "last spring", null, false))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).message(Locale.ENGLISH))
                        .isEqualTo("'last spring' is not a quarter; write it like 2026-Q1."));
    }

    private ProgrammeResults demo(ResultsFilter filter) {
        return asManager.call(() -> results.results("CAOTM", filter, LocalDate.of(2026, 11, 23)).orElseThrow());
    }

    private InvalidInput refused(ResultsFilter filter) {
        return catchThrowableOfType(InvalidInput.class, () -> demo(filter));
    }

    private long indicatorId(String code) {
        return tx.call(em -> em.createQuery("SELECT i.id FROM Indicator i WHERE i.code = :code AND i.result.programme.code = 'CAOTM'",
                Long.class).setParameter("code", code).getSingleResult());
    }

    private IndicatorResult compute(long indicator, Scope scope) {
        return asManager.call(() -> results.resultsFor(indicator, scope).orElseThrow());
    }

    private static List<String> actuals(IndicatorResult result) {
        return YEAR_2026.quarters().stream()
                .map(q -> result.period(q).actual().value().stripTrailingZeros().toPlainString()).toList();
    }

    /** A new programme with a goal and this one indicator. */
    private long newIndicator(MeasureType measure, TimeAggregation overTime) {
        String code = "AGG-" + System.nanoTime();
        tx.call(em -> {
            var programme = new Programme(code, LocalizedText.of("Aggregation test", "Проверка агрегирования"),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            em.persist(programme);
            em.persist(new LogframeLevel(programme, 1, LocalizedText.of("Goal", "Цель")));
            em.flush();
            em.persist(Result.top(programme, "G", LocalizedText.of("Migrants reach services", "Мигранты получают услуги")));
            return null;
        });
        return addIndicator(code, "G.a", measure, overTime);
    }

    private long addIndicator(String programme, String code, MeasureType measure, TimeAggregation overTime) {
        return tx.call(em -> {
            var goal = em.createQuery("SELECT r FROM Result r WHERE r.programme.code = :code AND r.code = 'G'", Result.class)
                    .setParameter("code", programme).getSingleResult();
            var indicator = new Indicator(goal, code, 1, LocalizedText.of("Indicator " + code, "Индикатор " + code),
                    null, measure, overTime);
            em.persist(indicator);
            em.flush();
            return indicator.getId();
        });
    }

    private String programmeOf(long indicator) {
        return tx.call(em -> em.createQuery("SELECT i.result.programme.code FROM Indicator i WHERE i.id = :id", String.class)
                .setParameter("id", indicator).getSingleResult());
    }

    private long value(long indicator, PartnerId partner, String quarter, String state, String value) {
        var q = Quarter.parse(quarter);
        return tx.call(em -> {
            em.createNativeQuery("INSERT INTO indicator_value (indicator_id, partner_id, year, quarter, approval_state, value) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, indicator).setParameter(2, partner.value())
                    .setParameter(3, q.year()).setParameter(4, q.quarter()).setParameter(5, state)
                    .setParameter(6, new BigDecimal(value)).executeUpdate();
            return recorded(em, indicator);
        });
    }

    private long ratio(long indicator, PartnerId partner, String quarter, String numerator, String denominator,
                       boolean fullyDisaggregated) {
        var q = Quarter.parse(quarter);
        return tx.call(em -> {
            em.createNativeQuery("INSERT INTO indicator_value (indicator_id, partner_id, year, quarter, approval_state, "
                    + "numerator, denominator, fully_disaggregated) VALUES (?1, ?2, ?3, ?4, 'APPROVED', ?5, ?6, ?7)")
                    .setParameter(1, indicator).setParameter(2, partner.value()).setParameter(3, q.year())
                    .setParameter(4, q.quarter()).setParameter(5, new BigDecimal(numerator))
                    .setParameter(6, new BigDecimal(denominator)).setParameter(7, fullyDisaggregated).executeUpdate();
            return recorded(em, indicator);
        });
    }

    private void cell(long valueId, String optionKey, String numerator, String denominator) {
        tx.call(em -> {
            em.createNativeQuery("INSERT INTO indicator_value_cell (value_id, option_key, numerator, denominator) "
                    + "VALUES (?1, ?2, ?3, ?4)").setParameter(1, valueId).setParameter(2, optionKey)
                    .setParameter(3, new BigDecimal(numerator)).setParameter(4, new BigDecimal(denominator)).executeUpdate();
            long indicator = ((Number) em.createNativeQuery("SELECT indicator_id FROM indicator_value WHERE id = ?1")
                    .setParameter(1, valueId).getSingleResult()).longValue();
            ReportedValueChanges.record(em, List.of(indicator));
            return null;
        });
    }

    private void target(long indicator, String quarter, String target) {
        var q = Quarter.parse(quarter);
        tx.call(em -> {
            em.createNativeQuery("INSERT INTO indicator_target (indicator_id, year, quarter, target) "
                    + "VALUES (?1, ?2, ?3, ?4)").setParameter(1, indicator).setParameter(2, q.year())
                    .setParameter(3, q.quarter()).setParameter(4, new BigDecimal(target)).executeUpdate();
            // as IndicatorDefinitions does: the indicator's version moves with its targets
            return em.createNativeQuery("UPDATE indicator SET version = version + 1 WHERE id = ?1")
                    .setParameter(1, indicator).executeUpdate();
        });
    }

    /** The value just inserted, recorded as a change of the indicator's values as every writer of values must. */
    private static long recorded(EntityManager em, long indicator) {
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        ReportedValueChanges.record(em, List.of(indicator));
        return id;
    }

    private static long organisationId(EntityManager em, String code) {
        return em.createQuery("SELECT o.id FROM Organisation o WHERE o.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }
}
