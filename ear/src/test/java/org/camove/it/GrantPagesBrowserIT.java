package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The grant pages in headless Chromium, on grants made here through the API for TJ-01 (removed afterwards): the lazy
 * list filtered by reference and paged in the database; a partner officer's "My grants" without them; the grant page
 * where a finance reviewer is refused releasing a tranche whose condition is unmet without a reason, releases it with
 * one (audited) and records a disbursement; a manager's stale move is answered with the conflict message and changes
 * nothing; another partner's grant is answered 404 and the attempt logged.
 */
class GrantPagesBrowserIT extends BrowserTest {

    private final long tj01 = ClientGrants.organisation("partner.tj");

    @AfterEach
    void removeTestGrants() {
        ClientGrants.deleteAll();
    }

    @Test
    void theListIsFilteredAndPagedInTheDatabaseAndAPartnerOfficerSeesOnlyTheirOwn() throws IOException {
        String run = ClientGrants.reference("LIST");
        for (int i = 1; i <= 23; i++) {
            ClientGrants.draftGrant(run + "-" + String.format("%02d", i), tj01, "100.00");
        }
        browser.get(WebSession.BASE + "grants.xhtml");
        Chromium.signIn(browser, "finance", "camove-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grantsTitle")));
        assertThat(browser.findElement(By.id("grantsTitle")).getText()).isEqualTo("Grants");
        var filter = wait.until(ExpectedConditions.elementToBeClickable(By.id("grantsForm:grants:reference:filter")));
        filter.sendKeys(run.toLowerCase());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-paginator-current"), "1–10 of 23"));
        assertThat(references()).hasSize(10).allSatisfy(r -> assertThat(r).startsWith(run)).first().isEqualTo(run + "-01");
        assertThat(rows().get(0).getText()).contains("100.00 USD").contains("draft");

        browser.findElement(By.cssSelector(".ui-paginator-last")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-paginator-current"), "21–23 of 23"));
        assertThat(references()).containsExactly(run + "-21", run + "-22", run + "-23");

        browser.findElement(By.id("grantsForm:grants:reference")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("grantsForm:grants:reference"), "aria-sort", "ascending"));
        browser.findElement(By.id("grantsForm:grants:reference")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("grantsForm:grants:reference"), "aria-sort", "descending"));
        // descending: the first page starts with 23, the last (if the table stays on it) ends with 01
        wait.until(driver -> references().equals(List.of(run + "-03", run + "-02", run + "-01"))
                || references().size() == 10 && references().get(0).equals(run + "-23") && references().get(9).equals(run + "-14"));
        Chromium.screenshot(browser, "grants-list-filtered");
        Chromium.signOut(browser);

        browser.get(WebSession.BASE + "grants.xhtml");
        Chromium.signIn(browser, "partner.kg", "camove-demo");
        wait.until(ExpectedConditions.textToBe(By.id("grantsTitle"), "Мои гранты"));
        assertThat(references()).isNotEmpty().noneSatisfy(r -> assertThat(r).startsWith(ClientGrants.PREFIX));
        assertThat(browser.findElements(By.id("grantsForm:grants:partner"))).isEmpty();
    }

    /** A demo grant with approved financial reports: what they spent, as they stored it, and the cash left of what was received. */
    @Test
    void theGrantPageShowsWhatTheApprovedReportsSpentAndTheCashLeft() {
        long id = DatabaseQueries.number("SELECT id FROM grant_award WHERE reference = 'CAOTM-G-2025-01'");
        BigDecimal spent = DatabaseQueries.decimal("SELECT COALESCE(SUM(l.converted_amount), 0) FROM financial_report r "
                + "JOIN financial_report_line l ON l.financial_report_id = r.id WHERE r.grant_id = ? AND r.state = 'APPROVED'", id);
        BigDecimal received = DatabaseQueries.decimal("SELECT COALESCE(SUM(grant_amount), 0) FROM disbursement d "
                + "JOIN tranche t ON t.id = d.tranche_id WHERE t.grant_id = ?", id);
        assertThat(spent).as("demo V12 approved reports of this grant").isPositive();
        browser.get(WebSession.BASE + "grant.xhtml?id=" + id);
        Chromium.signIn(browser, "manager", "camove-demo");
        wait.until(ExpectedConditions.textToBe(By.id("grantReference"), "CAOTM-G-2025-01"));
        var english = NumberFormat.getNumberInstance(Locale.ENGLISH);
        english.setMinimumFractionDigits(2);
        assertThat(browser.findElement(By.id("grantSpent")).getText()).isEqualTo(english.format(spent) + " USD");
        assertThat(browser.findElement(By.id("grantCash")).getText()).isEqualTo(english.format(received.subtract(spent)) + " USD");
        assertThat(browser.findElements(By.cssSelector(".camove-report-state"))).extracting(e -> e.getText())
                .anySatisfy(text -> assertThat(text).contains("Approved"));
        assertThat(browser.findElement(By.id("grantReportPdf")).getAttribute("href")).endsWith("grant-financial-report.pdf?grant=" + id);
        assertThat(browser.findElement(By.id("grantReportXlsx")).getAttribute("href")).endsWith("grant-financial-report.xlsx?grant=" + id);
    }

    @Test
    void aFinanceReviewerReleasesATrancheWhoseConditionIsUnmetOnlyWithAReasonAndRecordsADisbursement() throws IOException {
        var grant = ClientGrants.activeGrantWithTranche(ClientGrants.reference("PAGE"), tj01, "1000.00", "400.00");
        long id = grant.getJsonNumber("id").longValue();
        long trancheId = grant.getJsonArray("tranches").getJsonObject(0).getJsonNumber("id").longValue();
        browser.get(WebSession.BASE + "grant.xhtml?id=" + id);
        Chromium.signIn(browser, "finance", "camove-demo");
        wait.until(ExpectedConditions.textToBe(By.id("grantReference"), grant.getString("reference")));
        assertThat(browser.findElement(By.id("grantTotal")).getText()).isEqualTo("1,000.00 USD");
        assertThat(browser.findElement(By.id("grantSpent")).getText()).as("no report yet").isEqualTo("0.00 USD");
        assertThat(browser.findElement(By.id("budgetLines")).getText()).contains("Staff").contains("1,000.00 USD");
        assertThat(browser.findElement(By.id("tranchesForm:tranches")).getText()).contains("2026-06-01").contains("400.00 USD")
                .contains("report approved for 2026-Q4").contains("planned");
        assertThat(browser.findElement(By.id("financialReports")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".camove-financial-reports a"))).extracting(a -> a.getText())
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");

        browser.findElement(By.cssSelector("[id$=':chooseRelease']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("releaseForm:release"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("releaseForm"), "The financial report for 2026-Q4 is not approved yet"));
        assertThat(DatabaseQueries.single("SELECT state FROM tranche WHERE id = ?", trancheId)).isEqualTo("PLANNED");
        browser.findElement(By.id("releaseForm:override")).sendKeys("The partner pays the shelter's rent before the report is due.");
        browser.findElement(By.id("releaseForm:release")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The tranche is released."));
        assertThat(browser.findElement(By.id("tranchesForm:tranches")).getText()).contains("released");
        assertThat(DatabaseQueries.rows("SELECT reason, changed_by FROM tranche_transition WHERE tranche_id = ?", trancheId))
                .singleElement().satisfies(r -> assertThat(List.of(r))
                        .containsExactly("The partner pays the shelter's rent before the report is due.", "finance"));

        browser.findElement(By.id("disbursementForm:paidOn_input")).sendKeys("2026-06-05");
        browser.findElement(By.id("disbursementForm:amount")).sendKeys("30000");
        var currency = browser.findElement(By.id("disbursementForm:currency"));
        currency.clear();
        currency.sendKeys("KGS");
        browser.findElement(By.id("disbursementForm:rate")).sendKeys("0.0115");
        assertThat(browser.findElement(By.id("disbursementForm:rate")).getAttribute("value")).isEqualTo("0.0115");
        browser.findElement(By.id("disbursementForm:record")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The disbursement is recorded."));
        assertThat(browser.findElement(By.id("disbursements")).getText()).contains("2026-06-05").contains("30,000.00 KGS")
                .contains("0.0115").contains("345.00 USD");
        assertThat(browser.findElement(By.id("grantReceived")).getText()).isEqualTo("345.00 USD");
        Chromium.screenshot(browser, "grant-released-and-paid");
    }

    @Test
    void aStaleMoveIsAConflictAndAnotherPartnersGrantIsNotFound() {
        var grant = ClientGrants.draftGrant(ClientGrants.reference("STALE"), tj01, "300.00");
        long id = grant.getJsonNumber("id").longValue();
        browser.get(WebSession.BASE + "grant.xhtml?id=" + id);
        Chromium.signIn(browser, "manager", "camove-demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("moveForm:chooseMove"))).click();
        var budget = ClientGrants.MANAGER.send("PUT", "v1/grants/" + id + "/budget",
                "{\"total\": 350.00, \"lines\": [" + ClientGrants.line("Staff", "1", "350.00") + "]}", ClientGrants.version(id));
        assertThat(budget.statusCode()).as(budget.body()).isEqualTo(200);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("moveForm:move"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moveForm"), "was changed by Gulnara Toktosunova"));
        assertThat(DatabaseQueries.single("SELECT state FROM grant_award WHERE id = ?", id)).isEqualTo("DRAFT");
        Chromium.signOut(browser);

        var log = ServerLog.mark();
        var partner = new WebSession();
        partner.signIn("partner.kg", "camove-demo");
        assertThat(partner.get("grant.xhtml?id=" + id).statusCode()).isEqualTo(404);
        assertThat(partner.get("grant.xhtml?id=" + id).body()).doesNotContain(grant.getString("reference"));
        assertThat(log.since()).contains("Partner officer partner.kg asked for grant " + id);
        assertThat(partner.get("grant-new.xhtml").statusCode()).isIn(403, 404);
        var own = new WebSession();
        own.signIn("partner.tj", "camove-demo");
        assertThat(own.get("grant.xhtml?id=" + id).body()).contains(grant.getString("reference"));
    }

    @Test
    void aManagerDeletesADraftFromItsPage_anActiveGrantOffersNoDeletion() {
        long id = ClientGrants.draftGrant(ClientGrants.reference("GONE"), tj01, "300.00").getJsonNumber("id").longValue();
        long active = ClientGrants.activeGrantWithTranche(ClientGrants.reference("KEPT"), tj01, "300.00", "100.00")
                .getJsonNumber("id").longValue();
        browser.get(WebSession.BASE + "grant.xhtml?id=" + active);
        Chromium.signIn(browser, "manager", "camove-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grantState")));
        assertThat(browser.findElements(By.id("deleteForm:deleteDraft"))).as("an active grant is closed, not deleted").isEmpty();

        browser.get(WebSession.BASE + "grant.xhtml?id=" + id);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("deleteForm:deleteDraft"))).click();
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The draft grant is deleted."));
        assertThat(browser.getCurrentUrl()).contains("grants.xhtml");
        assertThat(DatabaseQueries.number("SELECT COUNT(*) FROM grant_award WHERE id = ?", id)).isZero();
        assertThat(DatabaseQueries.number("SELECT COUNT(*) FROM grant_award WHERE id = ?", active)).isOne();
    }

    @Test
    void aManagerCreatesAGrantWhoseBudgetDoesNotAddUpThenFixesItFundsActivatesAmendsAndPlansATranche() throws IOException {
        String reference = ClientGrants.reference("NEW");
        browser.get(WebSession.BASE + "grants.xhtml");
        Chromium.signIn(browser, "manager", "camove-demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("newGrant"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("grantForm:reference"))).sendKeys(reference);
        ((JavascriptExecutor) browser).executeScript("PF('partnerMenu').selectValue(arguments[0])", Long.toString(tj01));
        browser.findElement(By.id("grantForm:startsOn_input")).sendKeys("2026-01-01");
        browser.findElement(By.id("grantForm:endsOn_input")).sendKeys("2026-12-31");
        browser.findElement(By.id("grantForm:total")).sendKeys("1000");
        typeLine(0, "Staff", "1", "600");
        browser.findElement(By.id("grantForm:addLine")).click();
        wait.until(driver -> lineInputs("category").size() == 2);
        typeLine(1, "Travel", "2", "150");
        browser.findElement(By.id("grantForm:create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("grantForm"),
                "The budget lines add up to USD 900.00, not to the total USD 1000.00: the difference is USD -100.00."));
        assertThat(DatabaseQueries.number("SELECT COUNT(*) FROM grant_award WHERE reference = ?", reference)).isZero();
        assertThat(lineInputs("category").get(1).getAttribute("value")).isEqualTo("Travel");
        Chromium.screenshot(browser, "grant-new-not-adding-up");

        var unitCost = lineInputs("unitCost").get(1);
        unitCost.clear();
        unitCost.sendKeys("200");
        browser.findElement(By.id("grantForm:create")).click();
        wait.until(ExpectedConditions.textToBe(By.id("grantReference"), reference));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("The grant is created as a draft.");
        assertThat(browser.findElement(By.id("budgetTotal")).getText()).contains("1,000.00 USD");
        long id = DatabaseQueries.number("SELECT id FROM grant_award WHERE reference = ?", reference);

        browser.findElement(By.id("sharesForm:chooseShares")).click();
        var percent = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$=':percent']")));
        percent.sendKeys("100");
        browser.findElement(By.id("sharesForm:saveShares")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The donors' shares are saved."));
        browser.findElement(By.id("moveForm:chooseMove")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("moveForm:move"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("grantState"), "active"));

        browser.findElement(By.id("budgetForm:chooseBudget")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("budgetForm:total")));
        browser.findElement(By.id("budgetForm:effectiveFrom_input")).sendKeys("2026-07-01");
        browser.findElement(By.id("budgetForm:reason")).sendKeys("More legal aid after the new registration rules.");
        var total = browser.findElement(By.id("budgetForm:total"));
        total.clear();
        total.sendKeys("1500");
        var staff = lineInputs("unitCost").get(0);
        staff.clear();
        staff.sendKeys("1100");
        long legalAid = DatabaseQueries.number("SELECT id FROM result WHERE programme_id = 1 AND code = '1.1'");
        var result = new Select(browser.findElements(By.cssSelector("select.camove-line-result")).get(0));
        assertThat(result.getFirstSelectedOption().getText()).isEqualTo("— none —");
        assertThat(result.getOptions()).extracting(WebElement::getText).as("the programme's results, code and statement")
                .anySatisfy(option -> assertThat(option).startsWith("1.1 · Internal migrants in the new settlements"));
        result.selectByValue(String.valueOf(legalAid));
        browser.findElement(By.id("budgetForm:saveBudget")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The budget is saved."));
        assertThat(browser.findElement(By.id("versions")).getText()).contains("2026-07-01")
                .contains("More legal aid after the new registration rules.").contains("1,500.00 USD").contains("1,000.00 USD");
        assertThat(DatabaseQueries.rows("SELECT number, total_amount FROM budget_version WHERE grant_id = ? ORDER BY number", id))
                .extracting(r -> r[1].toString()).containsExactly("1000.00", "1500.00");
        // today (after 2026-07-01) the amendment is in force; the original stays readable
        assertThat(browser.findElement(By.id("shownBudget")).getText()).contains("Version 2 · effective from 2026-07-01");
        assertThat(browser.findElement(By.id("budgetLines")).getText()).contains("1,100.00 USD");
        assertThat(browser.findElements(By.cssSelector("#budgetLines td.camove-line-result-code")).get(0).getText()).isEqualTo("1.1");
        assertThat(DatabaseQueries.rows("SELECT v.number, l.result_id FROM budget_line l JOIN budget_version v ON v.id = l.budget_version_id "
                + "WHERE v.grant_id = ? ORDER BY v.number, l.position", id)).extracting(r -> r[0] + ":" + r[1])
                .containsExactly("1:null", "1:null", "2:" + legalAid, "2:null");
        browser.findElement(By.linkText("1")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shownBudget"), "Version 1 · effective from 2026-01-01"));
        assertThat(browser.findElement(By.id("budgetTotal")).getText()).contains("1,000.00 USD");
        assertThat(browser.findElement(By.id("budgetLines")).getText()).contains("600.00 USD").doesNotContain("1,100.00 USD");

        browser.findElement(By.id("trancheForm:plannedOn_input")).sendKeys("2026-08-01");
        browser.findElement(By.id("trancheForm:amount")).sendKeys("500");
        browser.findElement(By.id("trancheForm:planTranche")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The tranche is planned."));
        assertThat(browser.findElement(By.id("tranchesForm:tranches")).getText()).contains("2026-08-01").contains("500.00 USD");

        browser.findElement(By.id("budgetForm:chooseBudget")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("budgetForm:total")));
        assertThat(new Select(browser.findElements(By.cssSelector("select.camove-line-result")).get(0)).getFirstSelectedOption()
                .getAttribute("value")).as("the next amendment starts from the line's result").isEqualTo(String.valueOf(legalAid));
    }

    private void typeLine(int index, String category, String quantity, String unitCost) {
        lineInputs("category").get(index).sendKeys(category);
        lineInputs("description").get(index).sendKeys(category + " costs");
        lineInputs("unit").get(index).sendKeys("month");
        lineInputs("quantity").get(index).sendKeys(quantity);
        lineInputs("unitCost").get(index).sendKeys(unitCost);
    }

    private List<WebElement> lineInputs(String field) {
        return browser.findElements(By.cssSelector("input.camove-line-" + field));
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("tbody[id='grantsForm:grants_data'] > tr"));
    }

    private List<String> references() {
        return browser.findElements(By.cssSelector("tbody[id='grantsForm:grants_data'] .camove-grant-reference")).stream()
                .map(WebElement::getText).toList();
    }
}
