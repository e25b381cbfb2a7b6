package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The exchange-rates page in headless Chromium, on the month 2031-03 (no rates in the demo; those made here are
 * removed): a finance reviewer reading Russian uploads a CSV with a wrong line and is told which, in Russian, and
 * nothing is imported; the fixed file imports; a rate changed meanwhile through the API makes their edit a conflict;
 * a programme manager reads the month without the forms.
 */
class ExchangeRatesBrowserIT extends BrowserTest {

    private static final String MONTH = "2031-03";

    @AfterEach
    void removeRates() {
        DatabaseQueries.update("DELETE FROM exchange_rate WHERE rate_month = '2031-03-01'");
        DatabaseQueries.update("UPDATE app_user SET locale = 'en' WHERE username = 'finance'");
    }

    @Test
    void aCsvWithAWrongLineIsRefusedByLineInRussianThenImportedAndAStaleEditIsAConflict() throws IOException {
        DatabaseQueries.update("UPDATE app_user SET locale = 'ru' WHERE username = 'finance'");
        String csv = "month,from,to,rate\n" + MONTH + ",KGS,USD,0.01140000\n" + MONTH + ",TJS,USD,-1\n";
        browser.get(WebSession.BASE + "exchange-rates.xhtml?month=" + MONTH);
        Chromium.signIn(browser, "finance", "camove-demo");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ratesTitle"), "Курсы валют · " + MONTH));
        upload(csv);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("csvForm"), "Строка 3:"));
        assertThat(DatabaseQueries.number("SELECT COUNT(*) FROM exchange_rate WHERE rate_month = '2031-03-01'")).isZero();
        Chromium.screenshot(browser, "exchange-rates-csv-refused");

        upload(csv.replace("-1", "0.09100000"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Загружено курсов: 2."));
        assertThat(browser.findElement(By.id("ratesForm:rates")).getText()).contains("KGS/USD").contains("0.0114")
                .contains("TJS/USD").contains("0.091");

        browser.findElement(By.cssSelector("[id$=':edit']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("rateForm:rate"), "value", "0.0114"));
        long version = DatabaseQueries.number("SELECT version FROM exchange_rate WHERE rate_month = '2031-03-01' AND from_currency = 'KGS'");
        var meanwhile = ApiClient.as("admin", "camove-demo").send("PUT", "v1/exchange-rates/" + MONTH + "/KGS/USD",
                "{\"rate\": \"0.01150000\", \"source\": \"National Bank\"}", "\"" + version + "\"");
        assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);
        var rate = browser.findElement(By.id("rateForm:rate"));
        rate.clear();
        rate.sendKeys("0.0116");
        browser.findElement(By.id("rateForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rateForm"), "Nurlan Asanov"));
        assertThat(DatabaseQueries.decimal("SELECT rate FROM exchange_rate WHERE rate_month = '2031-03-01' AND from_currency = 'KGS'"))
                .isEqualByComparingTo("0.0115");
        signOut();

        browser.get(WebSession.BASE + "exchange-rates.xhtml?month=" + MONTH);
        Chromium.signIn(browser, "manager", "camove-demo");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ratesForm:rates"), "0.0115"));
        assertThat(browser.findElements(By.id("csvForm"))).isEmpty();
        assertThat(browser.findElements(By.id("rateForm"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[id$=':edit']"))).isEmpty();
    }

    @Test
    void partnerOfficersCannotOpenThePage() {
        var partner = new WebSession();
        partner.signIn("partner.kg", "camove-demo");
        assertThat(partner.get("exchange-rates.xhtml").statusCode()).isIn(403, 404);
    }

    private void upload(String csv) throws IOException {
        Path file = Files.createTempFile(Chromium.DOWNLOADS, "rates-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        browser.findElement(By.id("csvForm:csvSource")).clear();
        browser.findElement(By.id("csvForm:csvSource")).sendKeys("ExchangeRatesBrowserIT");
        browser.findElement(By.id("csvForm:file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("csvForm:upload")).click();
    }

    private void signOut() {
        browser.findElement(By.id("userbar:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loggedOut")));
    }
}
