package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The results dashboard over HTTP: the filters in the URL narrow the figures of the logframe page and of an
 * indicator's results page to exactly what SQL over the demo values in the database gives, computed here
 * independently of the aggregation engine; a partner officer sees their own organisation's figures only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

    private static final String PASSWORD = "camove-demo";
    /** The approved values of one indicator, by partner and quarter. */
    private static final String APPROVED = "FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
            + "JOIN result r ON r.id = i.result_id JOIN programme p ON p.id = r.programme_id "
            + "JOIN organisation o ON o.id = v.partner_id "
            + "WHERE p.code = 'CAOTM' AND i.code = ? AND v.approval_state = 'APPROVED' ";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.camoveEar();
    }

    @Test
    void aCountryAndARangeNarrowTheLogframesFiguresToThatCountrysValuesInThatRange() {
        var manager = signedIn("manager");

        String kg2025 = manager.get("logframe.xhtml?programme=CAOTM&country=KG&from=2025-Q1&to=2025-Q4").body();

        // 1.b adds quarters up: the sum of the Kyrgyz partners' approved values in 2025
        assertThat(actualOf(kg2025, "1.b")).isEqualByComparingTo(sql("SELECT SUM(v.value) " + APPROVED
                + "AND o.country = 'KG' AND v.year = 2025", "1.b"));
        // G.a is cumulative: the sum over Kyrgyz partners of each one's latest running total in 2025
        assertThat(actualOf(kg2025, "G.a")).isEqualByComparingTo(sql("SELECT SUM(v.value) " + APPROVED
                + "AND o.country = 'KG' AND v.year = 2025 AND v.period_index = (SELECT MAX(w.period_index) "
                + "FROM indicator_value w WHERE w.indicator_id = v.indicator_id AND w.partner_id = v.partner_id "
                + "AND w.approval_state = 'APPROVED' AND w.year = 2025)", "G.a"));
        assertThat(kg2025).contains("Figures for 2025-Q1 – 2025-Q4");
        assertThat(optionsOf(kg2025, "filters:partner")).isNotEmpty().allMatch(code -> code.startsWith("KG-"));

        String kg02 = manager.get("logframe.xhtml?programme=CAOTM&partner=KG-02&from=2025-Q3&to=2026-Q2").body();
        assertThat(actualOf(kg02, "1.b")).isEqualByComparingTo(sql("SELECT SUM(v.value) " + APPROVED
                + "AND o.code = 'KG-02' AND v.period_index BETWEEN 2025 * 4 + 2 AND 2026 * 4 + 1", "1.b"));
        assertThat(actualOf(kg02, "1.b")).isLessThan(actualOf(
                manager.get("logframe.xhtml?programme=CAOTM&from=2025-Q3&to=2026-Q2").body(), "1.b"));
    }

    @Test
    void pendingValuesCountOnlyWhenAManagerAsksAndAreMarkedAsNotOfficial() {
        var manager = signedIn("manager");
        String official = manager.get("logframe.xhtml?programme=CAOTM&country=KG&from=2026-Q3&to=2026-Q3").body();
        String withPending = manager.get("logframe.xhtml?programme=CAOTM&country=KG&from=2026-Q3&to=2026-Q3&pending=true").body();

        assertThat(actualText(official, "1.b")).as("nothing approved yet in 2026-Q3").isEmpty();
        assertThat(official).doesNotContain("not official figures");
        // a pending revision replaces the approved value it revises
        assertThat(actualOf(withPending, "1.b")).isPositive().isEqualByComparingTo(sql("SELECT SUM(v.value) "
                + APPROVED.replace("v.approval_state = 'APPROVED'", "v.approval_state = 'PENDING'")
                + "AND o.country = 'KG' AND v.year = 2026 AND v.quarter = 3", "1.b"));
        assertThat(withPending).contains("Includes values under review: not official figures");

        var officer = signedIn("partner.kg");
        String asked = officer.get("logframe.xhtml?programme=CAOTM&from=2026-Q3&to=2026-Q3&pending=true").body();
        assertThat(actualText(asked, "1.b")).as("a partner officer gets official figures only").isEmpty();
    }

    @Test
    void aPartnerOfficerSeesOnlyTheirOwnOrganisationsFiguresAndIsRefusedAnothers() {
        // the whole programme's figures for the same quarters, computed first, are kept for readers who may see them
        String whole = signedIn("manager").get("logframe.xhtml?programme=CAOTM&from=2025-Q1&to=2026-Q2").body();
        assertThat(actualOf(whole, "1.b")).isEqualByComparingTo(sql("SELECT SUM(v.value) " + APPROVED
                + "AND v.period_index BETWEEN 2025 * 4 AND 2026 * 4 + 1", "1.b"));
        var officer = signedIn("partner.kg");

        String own = officer.get("logframe.xhtml?programme=CAOTM&from=2025-Q1&to=2026-Q2").body();
        assertThat(actualOf(own, "1.b")).isEqualByComparingTo(sql("SELECT SUM(v.value) " + APPROVED
                + "AND o.code = 'KG-02' AND v.period_index BETWEEN 2025 * 4 AND 2026 * 4 + 1", "1.b"));
        assertThat(actualOf(own, "1.b")).as("not the whole programme's figure kept for the manager")
                .isLessThan(actualOf(whole, "1.b"));
        assertThat(optionsOf(own, "filters:partner")).containsExactly("KG-02");
        assertThat(optionsOf(own, "filters:country")).containsExactly("KG");
        assertThat(own).doesNotContain("KG-03", "TJ-01");

        String refused = officer.get("logframe.xhtml?programme=CAOTM&partner=TJ-01").body();
        assertThat(refused).contains("Вы можете видеть только показатели своей организации.");
        assertThat(actualTexts(refused)).as("no figures at all").allMatch(String::isEmpty).isNotEmpty();

        long indicator = indicatorId("1.b");
        String page = officer.get("indicator-results.xhtml?id=" + indicator + "&partner=TJ-01").body();
        assertThat(page).contains("Вы можете видеть только показатели своей организации.").doesNotContain("id=\"toDate\"");
        assertThat(officer.get("indicator-results.xhtml?id=" + indicator).body()).contains("id=\"toDate\"");
    }

    @Test
    void badFiltersAreExplainedBesideTheirFieldsAndThePageStillWorks() {
        var manager = signedIn("manager");
        String[][] cases = {
                {"partner=XX-99", "XX-99 is not a partner of this programme."},
                {"to=2024-Q4", "The programme runs from 2025-Q1 to 2027-Q4; 2024-Q4 is outside it."},
                {"from=2026-Q2&to=2025-Q1", "The period range starts (2026-Q2) after it ends (2025-Q1)."},
                {"from=spring", "is not a quarter; write it like 2026-Q1."},
        };
        for (String[] bad : cases) {
            var answer = manager.get("logframe.xhtml?programme=CAOTM&" + bad[0]);
            assertThat(answer.statusCode()).as(bad[0]).isEqualTo(200);
            assertThat(answer.body()).as(bad[0]).contains(bad[1]).contains("Central Asia on the Move", "filters:country");
            assertThat(actualTexts(answer.body())).as(bad[0]).allMatch(String::isEmpty);
        }
    }

    @Test
    void anIndicatorsResultsPageShowsItsQuartersAndItsBreakdownForTheFilters() {
        var manager = signedIn("manager");
        long indicator = indicatorId("1.b");

        String page = manager.get("indicator-results.xhtml?id=" + indicator + "&country=KG&from=2025-Q1&to=2026-Q2").body();

        for (String quarter : List.of("2025-Q1", "2025-Q2", "2025-Q4", "2026-Q2")) {
            Matcher row = Pattern.compile(">" + quarter + "</td><td[^>]*>[^<]*</td><td[^>]*>([^<]*)</td>").matcher(page);
            assertThat(row.find()).as(quarter).isTrue();
            assertThat(number(row.group(1))).as(quarter).isEqualByComparingTo(sql("SELECT SUM(v.value) " + APPROVED
                    + "AND o.country = 'KG' AND v.year = " + quarter.substring(0, 4) + " AND v.quarter = " + quarter.substring(6), "1.b"));
        }
        assertThat(page).contains("\"type\":\"bar\"", "Sex", "Age group", "Female", "18–35");
        // the breakdown adds up the cells partners reported, a partial breakdown's too
        String cells = "SELECT SUM(c.value) " + APPROVED.replace("JOIN organisation o", "JOIN indicator_value_cell c ON c.value_id = v.id JOIN organisation o")
                + "AND o.country = 'KG' AND v.period_index BETWEEN 2025 * 4 AND 2026 * 4 + 1 ";
        assertThat(cellOf(page, "AGE=18-35;SEX=F")).isEqualByComparingTo(sql(cells + "AND c.option_key = 'AGE=18-35;SEX=F'", "1.b"));
        assertThat(cellOf(page, "AGE=60+;SEX=M")).isEqualByComparingTo(sql(cells + "AND c.option_key = 'AGE=60+;SEX=M'", "1.b"));
        Matcher women = Pattern.compile("<td>Sex</td>\\s*<td>Female</td>.*?<td class=\"camove-number\">([^<]*)</td>\\s*</tr>",
                Pattern.DOTALL).matcher(page);
        assertThat(women.find()).isTrue();
        assertThat(number(women.group(1))).isEqualByComparingTo(sql(cells + "AND c.option_key LIKE '%SEX=F%'", "1.b"));
        // KG-03 reported 2025-Q2 without a full breakdown
        assertThat(page).contains("Partially disaggregated").contains("KG-03", "reported a total for 2025-Q2 without a full breakdown");

        assertThat(signedIn("donor").get("indicator-results.xhtml?id=" + indicator).body())
                .contains("Page not found").doesNotContain("Female");
    }

    private static WebSession signedIn(String username) {
        var session = new WebSession();
        session.signIn(username, PASSWORD);
        return session;
    }

    private static String actualText(String page, String indicatorCode) {
        Matcher m = Pattern.compile("camove-code\">" + Pattern.quote(indicatorCode) + "</span>.*?camove-actual\">([^<]*)<",
                Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("row of " + indicatorCode).isTrue();
        return m.group(1).trim();
    }

    private static BigDecimal actualOf(String page, String indicatorCode) {
        return number(actualText(page, indicatorCode));
    }

    private static List<String> actualTexts(String page) {
        List<String> texts = new ArrayList<>();
        Matcher m = Pattern.compile("camove-actual\">([^<]*)<").matcher(page);
        while (m.find()) {
            texts.add(m.group(1).trim());
        }
        return texts;
    }

    private static BigDecimal cellOf(String page, String optionKey) {
        Matcher m = Pattern.compile("data-cell=\"" + Pattern.quote(optionKey) + "\">([^<]*)<").matcher(page);
        assertThat(m.find()).as("cell " + optionKey).isTrue();
        return number(m.group(1));
    }

    /** The values offered by a select, without its empty "all" choice. */
    private static List<String> optionsOf(String page, String selectId) {
        Matcher select = Pattern.compile("<select id=\"" + Pattern.quote(selectId) + "\".*?</select>", Pattern.DOTALL).matcher(page);
        assertThat(select.find()).as(selectId).isTrue();
        List<String> values = new ArrayList<>();
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(select.group());
        while (option.find()) {
            values.add(option.group(1));
        }
        return values;
    }

    /** A figure as a page writes it, in English (1,234.5) or Russian (1 234,5). */
    private static BigDecimal number(String text) {
        String digits = text.replaceAll("[^0-9.,-]", "");
        digits = text.matches(".*\\d,\\d{1,2}$") ? digits.replace(".", "").replace(',', '.') : digits.replace(",", "");
        return new BigDecimal(digits);
    }

    private static long indicatorId(String code) {
        return sql("SELECT i.id FROM indicator i JOIN result r ON r.id = i.result_id JOIN programme p ON p.id = r.programme_id "
                + "WHERE p.code = 'CAOTM' AND i.code = ?", code).longValueExact();
    }

    /** One number from the tests' database, read directly, not through camove. */
    private static BigDecimal sql(String query, String indicatorCode) {
        try (var db = DriverManager.getConnection(System.getenv("CAMOVE_DB_URL"), System.getenv("CAMOVE_DB_USER"),
                System.getenv("CAMOVE_DB_PASSWORD"));
             var statement = db.prepareStatement(query)) {
            statement.setString(1, indicatorCode);
            try (var rows = statement.executeQuery()) {
                rows.next();
                BigDecimal value = rows.getBigDecimal(1);
                return value == null ? BigDecimal.ZERO : value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
