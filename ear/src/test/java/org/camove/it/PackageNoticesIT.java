package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camove.it.ApiClient.object;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The e-mails of a package's moves, received by GreenMail on the tests' SMTP port: the demo manager hears of
 * TJ-01's submitted package in English, TJ-01's officer (partner.tj, Russian) of its return with the comment and of
 * its approval. The package is written with SQL and removed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PackageNoticesIT {

    private static final ApiClient MANAGER = ApiClient.as("manager", "camove-demo");
    private static final ApiClient PARTNER_TJ = ApiClient.as("partner.tj", "camove-demo");
    private static GreenMail smtp;

    private final SeededPackage tj01sPackage = new SeededPackage("TJ-01");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.camoveEar();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = TestSmtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @BeforeEach
    void seed() {
        tj01sPackage.seed();
    }

    @AfterEach
    void remove() {
        tj01sPackage.remove();
    }

    @Test
    void managersHearOfASubmittedPackage_thePartnerOfItsReturnAndApproval() throws Exception {
        String path = "v1/periods/" + tj01sPackage.periodId + "/partners/" + tj01sPackage.partnerId + "/submission";
        var submitted = PARTNER_TJ.send("POST", path + "/submit", "{\"version\": 0}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        var toManager = awaitOne("manager@camove.example");
        assertThat(toManager.getSubject()).isEqualTo("camove: Dushanbe Migrant Rights Bureau submitted its 2026-Q4 report");
        assertThat((String) toManager.getContent()).startsWith("Dear Gulnara Toktosunova,").contains("Farrukh Rahimov submitted");

        var returned = MANAGER.send("POST", path + "/return", "{\"version\": " + version(submitted)
                + ", \"comment\": \"Add the source of 1.b, please.\"}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        var toPartner = awaitOne("partner.tj@camove.example");
        assertThat(toPartner.getSubject()).isEqualTo("camove: ваш отчёт за 2026-Q4 возвращён");
        assertThat((String) toPartner.getContent()).startsWith("Здравствуйте, Farrukh Rahimov!").contains("Add the source of 1.b, please.");

        var again = PARTNER_TJ.send("POST", path + "/submit", "{\"version\": " + version(returned) + "}");
        awaitOne("manager@camove.example");
        MANAGER.send("POST", path + "/approve", "{\"version\": " + version(again) + "}");
        assertThat(awaitOne("partner.tj@camove.example").getSubject()).isEqualTo("camove: ваш отчёт за 2026-Q4 утверждён");
    }

    private static long version(java.net.http.HttpResponse<String> response) {
        return object(response).getJsonNumber("version").longValue();
    }

    /** The one message to this address among those received since the last call; the mailboxes are emptied. */
    private static MimeMessage awaitOne(String address) throws Exception {
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("an e-mail arrived").isTrue();
        List<MimeMessage> received = Arrays.asList(smtp.getReceivedMessages());
        smtp.purgeEmailFromAllMailboxes();
        var to = received.stream().filter(m -> recipients(m).contains(address)).toList();
        assertThat(to).as("to " + address).hasSize(1);
        return to.get(0);
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
