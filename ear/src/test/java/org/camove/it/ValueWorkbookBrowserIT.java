package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The values workbook in headless Chromium, as partner TJ-01's officer (partner.tj, Russian) works offline:
 * downloads the workbook from the page, fills it (with POI, as in Excel), uploads it and sees it saved; a file
 * with a wrong value is refused with the cell named, and nothing changes.
 */
class ValueWorkbookBrowserIT extends BrowserTest {

    private EnteredValues entered;

    @BeforeEach
    void nothingEnteredYet() {
        entered = new EnteredValues();
        entered.remove();
    }

    @AfterEach
    void removeEnteredValues() {
        entered.remove();
    }

    @Test
    void aPartnerOfficerDownloadsFillsAndUploadsTheWorkbook() throws IOException {
        try (Stream<Path> earlier = Files.list(Chromium.DOWNLOADS)) {
            for (Path file : earlier.filter(f -> f.getFileName().toString().startsWith("values-")).toList()) {
                Files.delete(file);
            }
        }
        browser.get(WebSession.BASE + "values-workbook.xhtml?period=" + entered.period + "&partner=" + entered.tj01);
        Chromium.signIn(browser, "partner.tj", "camove-demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("valuesWorkbookDownload"))).click();
        Path downloaded = Chromium.DOWNLOADS.resolve("values-" + entered.period + "-" + entered.tj01 + "-ru.xlsx");
        wait.until(driver -> Files.exists(downloaded));

        upload(filled(downloaded, "9"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Сохранено"));
        assertThat(entered.value("1.c")).isEqualTo(9);
        Chromium.screenshot(browser, "values-workbook-saved");

        Path wrong = filled(downloaded, "-3");
        upload(wrong);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "столбец I: 1.c: количество не может быть отрицательным (-3)."));
        assertThat(browser.findElement(By.id("messages")).getText()).startsWith("Значения, строка ");
        assertThat(entered.value("1.c")).as("nothing changed").isEqualTo(9);
        Chromium.screenshot(browser, "values-workbook-refused");
    }

    private void upload(Path file) {
        browser.findElement(By.id("valueWorkbook:file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("valueWorkbook:upload")).click();
    }

    /** The downloaded workbook with 1.c's value typed in, saved beside it. */
    private static Path filled(Path downloaded, String value) throws IOException {
        Path filled = downloaded.resolveSibling("filled-" + value + ".xlsx");
        try (var book = new XSSFWorkbook(Files.newInputStream(downloaded)); var out = Files.newOutputStream(filled)) {
            var values = book.getSheet("Значения");
            for (Row row : values) {
                if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().equals("1.c")) {
                    row.getCell(8).setCellValue(value);
                }
            }
            book.write(out);
        }
        return filled;
    }
}
