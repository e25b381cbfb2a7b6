package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The package workflow in headless Chromium, on partner TJ-01's package for 2026-Q4 (its values written with SQL and
 * removed afterwards): the partner's officer submits it on its review page; the manager finds it on the overview,
 * opens it with one click and returns it with a comment; the partner reads the comment and submits again; the
 * manager approves it, and its values are approved.
 */
class SubmissionWorkflowBrowserIT extends BrowserTest {

    private static final String PASSWORD = "camove-demo";
    private final SeededPackage tj01sPackage = new SeededPackage("TJ-01");

    @BeforeEach
    void seed() {
        tj01sPackage.seed();
    }

    @AfterEach
    void remove() {
        tj01sPackage.remove();
    }

    @Test
    void overviewReviewReturnWithACommentResubmitApprove() throws IOException {
        String review = WebSession.BASE + "report-review.xhtml?period=" + tj01sPackage.periodId + "&partner=" + tj01sPackage.partnerId;
        browser.get(review);
        Chromium.signIn(browser, "partner.tj", PASSWORD);
        assertThat(state()).as("partner.tj reads Russian").isEqualTo("Черновик");
        browser.findElement(By.id("reviewForm:submit")).click();
        wait.until(driver -> "Отправлен".equals(state()));
        assertThat(browser.findElements(By.id("reviewForm:approve"))).as("a partner officer does not review").isEmpty();
        Chromium.signOut(browser);

        browser.get(WebSession.BASE + "reporting-overview.xhtml?programme=CAOTM&country=TJ");
        Chromium.signIn(browser, "manager", PASSWORD);
        var cell = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='period=" + tj01sPackage.periodId
                + "&partner=" + tj01sPackage.partnerId + "']")));
        assertThat(cell.getText()).isEqualTo("Submitted");
        Chromium.screenshot(browser, "reporting-overview");
        cell.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reviewTitle")));
        assertThat(browser.findElement(By.id("reviewTitle")).getText()).startsWith("TJ-01").endsWith("2026-Q4");
        browser.findElement(By.id("reviewForm:return")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewForm"),
                "Write what the partner should fix: the comment goes back with the package."));
        assertThat(state()).isEqualTo("Submitted");
        browser.findElement(By.id("reviewForm:comment")).sendKeys("Please attach the intake register for 1.b.");
        browser.findElement(By.id("reviewForm:return")).click();
        wait.until(driver -> "Returned".equals(state()));
        Chromium.signOut(browser);

        browser.get(review);
        Chromium.signIn(browser, "partner.tj", PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("moves")));
        assertThat(browser.findElement(By.id("moves")).getText()).contains("Please attach the intake register for 1.b.");
        browser.findElement(By.id("commentForm:text")).sendKeys("Attached, see the evidence.");
        browser.findElement(By.id("commentForm:addComment")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("camove-thread-text"), "Attached, see the evidence."));
        browser.findElement(By.id("reviewForm:submit")).click();
        wait.until(driver -> "Отправлен".equals(state()));
        Chromium.signOut(browser);

        browser.get(review);
        Chromium.signIn(browser, "manager", PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reviewForm:approve"))).click();
        wait.until(driver -> "Approved".equals(state()));
        Chromium.screenshot(browser, "report-review-approved");
        assertThat(browser.findElements(By.id("reviewForm:submit"))).as("approved values are locked").isEmpty();
        assertThat(tj01sPackage.values("APPROVED")).isEqualTo(tj01sPackage.assignedIndicators());
        assertThat(tj01sPackage.values("PENDING")).isZero();
    }

    @Test
    void partnerOfficersCannotOpenTheOverview_norAnotherPartnersReviewPage() {
        var partner = new WebSession();
        partner.signIn("partner.kg", PASSWORD);
        assertThat(partner.get("reporting-overview.xhtml?programme=CAOTM").statusCode()).isIn(403, 404);
        var other = partner.get("report-review.xhtml?period=" + tj01sPackage.periodId + "&partner=" + tj01sPackage.partnerId);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("Dushanbe").doesNotContain("Душанбин");
    }

    private String state() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("packageState"))).getText();
    }
}
