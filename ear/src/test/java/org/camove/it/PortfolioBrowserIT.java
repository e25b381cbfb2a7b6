package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camove.it.DatabaseQueries.number;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The portfolio overview in headless Chromium: the programme manager opens it from the header, sees a row per grant
 * with links to its detail page, filters by country (the address keeps the filter) and reads totals per currency; a
 * partner officer gets neither the page nor its link.
 */
class PortfolioBrowserIT extends BrowserTest {

    @Test
    void theManagerReadsEveryGrantAndFiltersByCountry() throws IOException {
        browser.get(WebSession.BASE + "logframe.xhtml");
        Chromium.signIn(browser, "manager", "camove-demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("portfolioLink"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("portfolioTitle")));
        var rows = browser.findElements(By.cssSelector("tr.camove-portfolio-row"));
        assertThat(rows).hasSize((int) number("SELECT COUNT(*) FROM grant_award"));
        long demoGrant = number("SELECT id FROM grant_award WHERE reference = 'CAOTM-G-2025-01'");
        WebElement row = browser.findElement(By.cssSelector("tr[data-grant='" + demoGrant + "']"));
        assertThat(row.findElement(By.className("camove-grant-link")).getAttribute("href")).endsWith("grant.xhtml?id=" + demoGrant);
        assertThat(row.getText()).contains("CAOTM-G-2025-01");
        assertThat(browser.findElements(By.cssSelector("tr.camove-portfolio-total"))).hasSize((int) number(
                "SELECT COUNT(DISTINCT currency) FROM grant_award"));
        Chromium.screenshot(browser, "portfolio");

        new Select(browser.findElement(By.id("country"))).selectByValue("TJ");
        var page = browser.findElement(By.id("portfolioTitle"));
        browser.findElement(By.id("applyFilters")).click();
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("portfolioTitle")));
        assertThat(browser.getCurrentUrl()).contains("country=TJ");
        assertThat(browser.findElements(By.cssSelector("tr.camove-portfolio-row"))).hasSize((int) number(
                "SELECT COUNT(*) FROM grant_award g JOIN organisation o ON o.id = g.partner_id WHERE o.country = 'TJ'"));
    }

    @Test
    void aPartnerOfficerGetsNeitherThePageNorItsLink() {
        var partner = new WebSession();
        partner.signIn("partner.kg", "camove-demo");
        assertThat(partner.get("logframe.xhtml").body()).doesNotContain("portfolioLink");
        assertThat(partner.get("portfolio.xhtml").body()).contains("id=\"errorTitle\"").doesNotContain("portfolioTitle");
    }
}
