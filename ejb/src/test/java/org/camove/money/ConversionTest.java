package org.camove.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.camove.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** Conversion of a partner's spend into the grant's currency, at the monthly rate and first in, first out. */
class ConversionTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency KGS = Currency.getInstance("KGS");
    private static final RateTable RATES = new RateTable(List.of(
            new Rate(KGS, USD, YearMonth.of(2026, 3), new BigDecimal("0.01150000")),
            new Rate(KGS, USD, YearMonth.of(2026, 4), new BigDecimal("0.01120000"))));

    private static Spend spend(String date, String kgs) {
        return new Spend(LocalDate.parse(date), Money.of(kgs, "KGS"));
    }

    @Test
    void monthlyConvertsAtTheRateOfTheMonthSpentAndKeepsTheRate() {
        var march = Conversion.monthly(spend("2026-03-31", "100000"), USD, RATES);
        var april = Conversion.monthly(spend("2026-04-01", "100000"), USD, RATES);
        assertThat(march.converted()).isEqualTo(Money.of("1150.00", "USD"));
        assertThat(april.converted()).isEqualTo(Money.of("1120.00", "USD"));
        assertThat(march.parts()).singleElement().satisfies(p -> {
            assertThat(p.rate()).isEqualByComparingTo("0.0115");
            assertThat(p.basis()).isEqualTo(RateBasis.MONTHLY);
            assertThat(p.reference()).isEqualTo("KGS/USD 2026-03");
        });
        var inUsd = Conversion.monthly(new Spend(LocalDate.of(2026, 3, 2), Money.of("12.34", "USD")), USD, RATES);
        assertThat(inUsd.converted()).isEqualTo(Money.of("12.34", "USD"));
        assertThat(inUsd.parts().get(0).basis()).isEqualTo(RateBasis.SAME_CURRENCY);
        assertThat(march.flagged()).isFalse();
    }

    @Test
    void aMissingMonthlyRateIsRefusedNamingThePairAndTheMonth() {
        var missing = catchThrowableOfType(InvalidInput.class, () -> Conversion.monthly(spend("2026-05-10", "1"), USD, RATES));
        assertThat(missing.violations().get(0).message(Locale.ENGLISH))
                .isEqualTo("There is no KGS → USD exchange rate for 2026-05. A finance reviewer must add it to the rate table first.");
        assertThat(missing.violations().get(0).message(Locale.forLanguageTag("ru"))).startsWith("Нет курса KGS → USD за 2026-05.");
    }

    @Test
    void fifoSplitsASpendThatSpansTwoDisbursementsAtTheirOwnRates() {
        var first = new Funding("disbursement 1", LocalDate.of(2026, 1, 15), Money.of("500000", "KGS"), new BigDecimal("0.01160000"));
        var second = new Funding("disbursement 2", LocalDate.of(2026, 3, 15), Money.of("400000", "KGS"), new BigDecimal("0.01130000"));
        var spends = List.of(spend("2026-02-10", "350000"), spend("2026-03-20", "300000.50"));
        var converted = Conversion.fifo(spends, List.of(second, first), USD, RATES);

        assertThat(converted.get(0).parts()).singleElement().satisfies(p -> {
            assertThat(p.reference()).isEqualTo("disbursement 1");
            assertThat(p.converted()).isEqualTo(Money.of("4060.00", "USD"));
        });
        var spanning = converted.get(1);
        assertThat(spanning.parts()).extracting(ConvertedPart::reference).containsExactly("disbursement 1", "disbursement 2");
        assertThat(spanning.parts()).extracting(ConvertedPart::original)
                .containsExactly(Money.of("150000", "KGS"), Money.of("150000.50", "KGS"));
        // 150 000 x 0.0116 = 1740.00; 150 000.50 x 0.0113 = 1695.005650 -> 1695.01
        assertThat(spanning.parts()).extracting(ConvertedPart::converted)
                .containsExactly(Money.of("1740.00", "USD"), Money.of("1695.01", "USD"));
        assertThat(spanning.converted()).as("the sum of its rounded parts").isEqualTo(Money.of("3435.01", "USD"));
        assertThat(spanning.parts()).extracting(ConvertedPart::rate).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.0116"), new BigDecimal("0.0113"));
        assertThat(Conversion.total(USD, converted)).isEqualTo(Money.of("7495.01", "USD"));
        assertThat(converted).noneMatch(Converted::flagged);
    }

    @Test
    void fifoSpendBeyondEverythingDisbursedFallsBackToTheMonthlyRateAndIsFlagged() {
        var only = new Funding("disbursement 7", LocalDate.of(2026, 3, 1), Money.of("100000", "KGS"), new BigDecimal("0.01160000"));
        var converted = Conversion.fifo(List.of(spend("2026-04-05", "80000"), spend("2026-04-06", "50000")), List.of(only), USD, RATES);
        assertThat(converted.get(0).flagged()).isFalse();
        var beyond = converted.get(1);
        assertThat(beyond.flagged()).isTrue();
        assertThat(beyond.parts()).extracting(ConvertedPart::basis).containsExactly(RateBasis.DISBURSEMENT, RateBasis.BEYOND_DISBURSED);
        assertThat(beyond.parts().get(1).reference()).isEqualTo("KGS/USD 2026-04");
        assertThat(beyond.converted()).isEqualTo(Money.of("20000", "KGS").convert(new BigDecimal("0.0116"), USD)
                .plus(Money.of("30000", "KGS").convert(new BigDecimal("0.0112"), USD)));
    }

    @Test
    void fifoTakesSpendInDateOrderButAnswersInTheOrderGivenEvenForTwinSpends() {
        var first = new Funding("d1", LocalDate.of(2026, 1, 1), Money.of("100", "KGS"), new BigDecimal("0.02"));
        var second = new Funding("d2", LocalDate.of(2026, 2, 1), Money.of("100", "KGS"), new BigDecimal("0.01"));
        var later = spend("2026-03-10", "100");
        var twin = spend("2026-03-01", "50");
        var converted = Conversion.convert(ExchangeRatePolicy.FIFO, List.of(later, twin, twin), List.of(first, second), USD, RATES);
        assertThat(converted.get(1).parts().get(0).reference()).isEqualTo("d1");
        assertThat(converted.get(2).parts().get(0).reference()).isEqualTo("d1");
        assertThat(converted.get(0).parts().get(0).reference()).as("the earlier spends used up d1").isEqualTo("d2");
        assertThat(Conversion.total(USD, converted)).isEqualTo(Money.of("3.00", "USD"));
    }
}
