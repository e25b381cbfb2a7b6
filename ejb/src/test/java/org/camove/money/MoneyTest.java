package org.camove.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.camove.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** Money keeps its currency's minor units, rounds HALF_UP, never mixes currencies and splits to the cent. */
class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void amountsAreRoundedHalfUpToTheCurrencysMinorUnits() {
        assertThat(Money.of("10.005", "USD").amount()).isEqualByComparingTo("10.01");
        assertThat(Money.of("10.015", "USD").amount()).as("HALF_UP, not banker's rounding").isEqualByComparingTo("10.02");
        assertThat(Money.of("-10.005", "KGS").amount()).isEqualByComparingTo("-10.01");
        assertThat(Money.of("7", "KZT").amount().scale()).isEqualTo(2);
        for (String code : List.of("KGS", "TJS", "KZT", "RUB", "USD", "EUR", "CHF")) {
            assertThat(Money.of("1.239", code).amount()).as(code).isEqualByComparingTo("1.24");
        }
        assertThat(Money.of("1.10", "USD")).isEqualTo(Money.of("1.1", "USD")).hasSameHashCodeAs(Money.of("1.1", "USD"));
        assertThat(Money.of("1.10", "USD")).isNotEqualTo(Money.of("1.10", "EUR"));
        assertThat(Money.of("1234.5", "USD")).hasToString("USD 1234.50");
    }

    @Test
    void arithmeticStaysInOneCurrencyAndRoundsOnce() {
        assertThat(Money.of("0.10", "USD").plus(Money.of("0.20", "USD"))).isEqualTo(Money.of("0.30", "USD"));
        assertThat(Money.of("5", "USD").minus(Money.of("7.25", "USD"))).isEqualTo(Money.of("-2.25", "USD"));
        assertThat(Money.of("19.99", "EUR").times(new BigDecimal("3.5"))).isEqualTo(Money.of("69.97", "EUR")); // 69.965
        assertThat(Money.of("87500", "KGS").convert(new BigDecimal("0.01143500"), USD)).isEqualTo(Money.of("1000.56", "USD"));
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("convert one first");
        assertThatThrownBy(() -> Money.of("1", "USD").compareTo(Money.of("1", "CHF"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAllocationAddsUpToTheTotalToTheCentGivingLeftoverCentsToTheLargestRemainders() {
        var thirds = Money.of("100.00", "USD").allocate(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
        assertThat(thirds).containsExactly(Money.of("33.34", "USD"), Money.of("33.33", "USD"), Money.of("33.33", "USD"));
        // 60 / 25 / 15 % of 10 000.01: 6000.006, 2500.0025, 1500.0015 -> the one cent left goes to the largest remainder
        var shares = Money.of("10000.01", "CHF").allocate(List.of(new BigDecimal("60"), new BigDecimal("25"), new BigDecimal("15")));
        assertThat(shares).containsExactly(Money.of("6000.01", "CHF"), Money.of("2500.00", "CHF"), Money.of("1500.00", "CHF"));
        var odd = Money.of("999.99", "EUR").allocate(List.of(new BigDecimal("33.3333"), new BigDecimal("33.3333"), new BigDecimal("33.3334")));
        assertThat(Money.sum(odd.get(0).currency(), odd)).isEqualTo(Money.of("999.99", "EUR"));
        assertThat(odd).as("33332.97, 33332.97 and 33333.30 cents: the two cents left go to the first two")
                .containsExactly(Money.of("333.33", "EUR"), Money.of("333.33", "EUR"), Money.of("333.33", "EUR"));
        var negative = Money.of("-0.05", "USD").allocate(List.of(BigDecimal.ONE, BigDecimal.ONE));
        assertThat(negative).containsExactly(Money.of("-0.03", "USD"), Money.of("-0.02", "USD"));
        assertThatThrownBy(() -> Money.of("1", "USD").allocate(List.of(BigDecimal.ZERO))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAcceptedIsoCurrenciesAreTakenAndAnUnknownCodeIsNamedInEnglishAndRussian() {
        assertThat(Currencies.parse("currency", " kgs ")).isEqualTo(Currency.getInstance("KGS"));
        var unknown = catchThrowableOfType(InvalidInput.class, () -> Currencies.parse("currency", "XYZ"));
        assertThat(unknown.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("currency");
            assertThat(v.message(Locale.ENGLISH)).startsWith("\"XYZ\" is not a currency camove accepts. Use one of: CHF, DKK, EUR");
            assertThat(v.message(Locale.forLanguageTag("ru"))).startsWith("«XYZ» не входит в число валют, которые принимает camove.");
        });
        assertThat(catchThrowableOfType(InvalidInput.class, () -> Currencies.parse("currency", "JPY")).violations().get(0).key())
                .as("ISO, but not on the list").isEqualTo("money.currency.unknown");
        assertThat(catchThrowableOfType(InvalidInput.class, () -> Currencies.parse("currency", " ")).violations().get(0).key())
                .isEqualTo("money.currency.required");
    }
}
