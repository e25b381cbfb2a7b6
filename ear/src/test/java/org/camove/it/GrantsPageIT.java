package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The read-only grants page over HTTP with the demo grants: a finance reviewer sees every grant with its latest
 * budget's total as the database holds it, a partner officer only their own organisation's (in Russian, their
 * language), a donor not the page at all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrantsPageIT {

    private static final String PASSWORD = "camove-demo";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.camoveEar();
    }

    @Test
    void financeSeesEveryGrantAPartnerOfficerOnlyTheirOwnAndADonorNothing() {
        var finance = new WebSession();
        finance.signIn("finance", PASSWORD);
        String all = finance.get("grants.xhtml").body();
        List<Object[]> demo = DatabaseQueries.rows("SELECT g.reference, v.total_amount, v.currency FROM grant_award g "
                + "JOIN budget_version v ON v.grant_id = g.id AND v.number = (SELECT MAX(w.number) FROM budget_version w WHERE w.grant_id = g.id) "
                + "WHERE g.reference LIKE 'CAOTM-G-%' ORDER BY g.reference");
        assertThat(demo).hasSize(4);
        var english = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        for (Object[] grant : demo) {
            assertThat(all).contains((String) grant[0]).containsPattern(Pattern.quote(english.format(new BigDecimal(grant[1].toString())))
                    + "\\s+" + grant[2]);
        }
        assertThat(all).contains("Tian Shan Policy Center").contains("closing");

        var partner = new WebSession();
        partner.signIn("partner.kg", PASSWORD);
        String own = partner.get("grants.xhtml").body();
        assertThat(own).contains("Гранты").contains("CAOTM-G-2025-01").contains("Бишкекский центр поддержки мигрантов").contains("действует");
        assertThat(own).doesNotContain("CAOTM-G-2025-02").doesNotContain("CAOTM-G-2025-03").doesNotContain("CAOTM-G-2026-04");

        var donor = new WebSession();
        donor.signIn("donor", PASSWORD);
        assertThat(donor.get("grants.xhtml").statusCode()).isIn(403, 404);
    }
}
