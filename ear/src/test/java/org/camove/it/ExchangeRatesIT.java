package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Locale;
import org.camove.money.ExchangeRates;
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
 * The rate table against the real database: the CSV import (all or none, errors by line in the reader's language),
 * single edits with conflicts, a missing rate named, and who may keep rates. Rates of 2031, deleted afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeRatesIT {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final YearMonth JANUARY = YearMonth.of(2031, 1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(ExchangeRatesIT.class).addClasses(AsNamedManager.class, AsNamedPartnerOfficer.class,
                AsNamedFinanceReviewer.class, AsNamedAdministrator.class, IdentitiesForTests.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedFinanceReviewer finance;

    @EJB
    private AsNamedAdministrator admin;

    @EJB
    private AsNamedManager manager;

    @EJB
    private AsNamedPartnerOfficer partnerKg;

    @EJB
    private ExchangeRates rates;

    @BeforeEach
    void identities() {
        IdentitiesForTests.create(tx);
        AsNamedFinanceReviewer.create(tx);
    }

    @AfterEach
    void deleteTestRates() {
        tx.call(em -> em.createNativeQuery("DELETE FROM exchange_rate WHERE rate_month >= '2031-01-01'").executeUpdate());
    }

    private long rowsOf2031() {
        return tx.call(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM exchange_rate WHERE rate_month >= '2031-01-01'")
                .getSingleResult()).longValue());
    }

    @Test
    void aFileWithOneWrongLineIsRefusedWholeNamingTheLineAndAGoodOneReplacesTheMonthsRates() {
        String bad = "month,from,to,rate\n2031-01,KGS,USD,0.0114\n2031-01,TJS,USD,0.093\n2031-02,KZT,USD,abc\n";
        var refused = catchThrowableOfType(InvalidInput.class, () -> finance.call(() -> rates.importCsv(bad, "National banks")));
        assertThat(refused.violations()).singleElement().satisfies(v -> {
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("Line 4: \"abc\" is not a rate. Write digits with a point, e.g. 0.01143500.");
            assertThat(v.message(RU)).isEqualTo("Строка 4: «abc» не является курсом. Пишите цифры с точкой, например 0.01143500.");
        });
        assertThat(rowsOf2031()).as("all or none").isZero();

        assertThat(finance.call(() -> rates.importCsv("month,from,to,rate\n2031-01,KGS,USD,0.0114\n2031-01,TJS,USD,0.093\n",
                "National banks"))).isEqualTo(2);
        assertThat(finance.call(() -> rates.importCsv("rate,month,to,from\n0.0116,2031-01,USD,KGS\n", "Corrected"))).isEqualTo(1);
        var january = finance.call(() -> rates.month(JANUARY));
        assertThat(january).extracting(r -> r.rate().pair() + " " + r.rate().rate().stripTrailingZeros().toPlainString() + " " + r.source())
                .containsExactly("KGS/USD 2031-01 0.0116 Corrected", "TJS/USD 2031-01 0.093 National banks");
        assertThat(january.get(0).lastChange().username()).isEqualTo(AsNamedFinanceReviewer.USERNAME);
    }

    @Test
    void aSingleEditHandsBackTheVersionItSawAndAStaleOneIsRefusedNamingWhoSavedFirst() {
        finance.call(() -> rates.set("2031-03", "RUB", "EUR", "0.0101", "Central Bank of Russia", null));
        var seen = finance.call(() -> rates.month(YearMonth.of(2031, 3))).get(0);
        admin.call(() -> rates.set("2031-03", "RUB", "EUR", "0.0102", "Central Bank of Russia", seen.version()));
        var stale = catchThrowableOfType(EditConflict.class, () -> finance.call(() ->
                rates.set("2031-03", "RUB", "EUR", "0.0999", "typo", seen.version())));
        assertThat(stale.message(Locale.ENGLISH)).startsWith("The rate RUB/EUR 2031-03 was changed by " + IdentitiesForTests.ADMINISTRATOR_NAME);
        var asNew = catchThrowableOfType(EditConflict.class, () -> finance.call(() -> rates.set("2031-03", "RUB", "EUR", "0.0999", "typo", null)));
        assertThat(asNew).as("someone added it meanwhile").isNotNull();
        assertThat(finance.call(() -> rates.month(YearMonth.of(2031, 3))).get(0).rate().rate()).isEqualByComparingTo("0.0102");

        var bad = catchThrowableOfType(InvalidInput.class, () -> finance.call(() -> rates.set("March", "RUB", "RUB", "-2", "x", null)));
        assertThat(bad.violations()).extracting(InvalidInput.Violation::field).containsExactly("month", "rate", "to");
    }

    @Test
    void aMissingRateIsRefusedNamingThePairAndTheMonthAndOnlyFinanceAndAdministratorsKeepRates() {
        var missing = catchThrowableOfType(InvalidInput.class, () -> manager.call(() ->
                rates.rate(Currency.getInstance("KZT"), Currency.getInstance("CHF"), YearMonth.of(2031, 5))));
        assertThat(missing.violations().get(0).message(Locale.ENGLISH))
                .isEqualTo("There is no KZT → CHF exchange rate for 2031-05. A finance reviewer must add it to the rate table first.");
        assertThat(missing.violations().get(0).message(RU))
                .isEqualTo("Нет курса KZT → CHF за 2031-05. Сначала финансовый специалист должен добавить его в таблицу курсов.");
        assertThatThrownBy(() -> manager.call(() -> rates.importCsv("month,from,to,rate\n2031-01,KGS,USD,0.0114\n", "x")))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> partnerKg.call(() -> rates.set("2031-01", "KGS", "USD", "0.0114", "x", null)))
                .isInstanceOf(EJBAccessException.class);
        assertThat(rowsOf2031()).isZero();
    }
}
