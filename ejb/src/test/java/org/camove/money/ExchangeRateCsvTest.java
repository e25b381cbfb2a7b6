package org.camove.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.YearMonth;
import java.util.Locale;
import org.camove.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The rate file: its header, its lines, and every wrong line named with what is wrong with it. */
class ExchangeRateCsvTest {

    @Test
    void aSpreadsheetsFileIsReadWithItsByteOrderMarkQuotesAndBlankLines() {
        var rates = ExchangeRateCsv.parse("\uFEFFMonth,From,To,Rate\r\n2026-03,KGS,USD,0.011435\r\n\r\n\"2026-03\",tjs,\"USD\",\"0.0915\"\r\n");
        assertThat(rates).extracting(Rate::pair).containsExactly("KGS/USD 2026-03", "TJS/USD 2026-03");
        assertThat(rates.get(0).rate()).isEqualByComparingTo("0.011435");
        assertThat(rates.get(1).month()).isEqualTo(YearMonth.of(2026, 3));
    }

    @Test
    void everyWrongLineIsNamedWithItsPhysicalLineNumberInTheReadersLanguage() {
        String csv = "month,from,to,rate\n2026-03,KGS,USD,0.011435\n2026-13,KGS,USD,0.01\n\n2026-04,KGS,XYZ,-1\n"
                + "2026-03,KGS,USD,0.0114\n2026-05,USD,USD,1\n2026-06,KGS\n";
        var refused = catchThrowableOfType(InvalidInput.class, () -> ExchangeRateCsv.parse(csv));
        assertThat(refused.violations()).extracting(v -> v.message(Locale.ENGLISH)).containsExactly(
                "Line 3: \"2026-13\" is not a month. Write it as year and month, e.g. 2026-03.",
                "Line 5: \"XYZ\" is not a currency camove accepts. Use one of: CHF, DKK, EUR, GBP, KGS, KZT, NOK, RUB, SEK, TJS, USD.",
                "Line 5: The rate -1 must be more than zero, with at most eight decimals.",
                "Line 6: the rate KGS/USD 2026-03 is given twice in the file.",
                "Line 7: A rate converts one currency into another: USD into USD is always 1.",
                "Line 8: it has 2 values, not one for each column of the header.");
        assertThat(refused.violations().get(0).message(Locale.forLanguageTag("ru")))
                .isEqualTo("Строка 3: «2026-13» не является месяцем. Укажите год и месяц, например 2026-03.");
        assertThat(refused.violations().get(0).field()).isEqualTo("line3");
    }

    @Test
    void aFileWithoutTheHeaderOrWithoutRatesIsRefusedAsAWhole() {
        assertThat(catchThrowableOfType(InvalidInput.class, () -> ExchangeRateCsv.parse("2026-03,KGS,USD,0.01\n"))
                .violations().get(0).message(Locale.ENGLISH)).isEqualTo("The file must start with the header line month,from,to,rate.");
        assertThat(catchThrowableOfType(InvalidInput.class, () -> ExchangeRateCsv.parse("month,from,to,rate\n"))
                .violations().get(0).key()).isEqualTo("rate.csv.empty");
        assertThat(catchThrowableOfType(InvalidInput.class, () -> ExchangeRateCsv.parse(""))
                .violations().get(0).key()).isEqualTo("rate.csv.header");
    }
}
