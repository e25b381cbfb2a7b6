package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reminder e-mails, received by GreenMail on the port the tests' server sends to (CAMOVE_SMTP_PORT,
 * {@code camove.test.smtp.port}): who gets them, in which language, and never twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportingRemindersIT {

    private static final String TRIGGER = "http://localhost:" + Integer.getInteger("camove.test.http.port", 8180)
            + "/ReportingRemindersIT/send-reminders?today=";

    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.servicesWar("ReportingRemindersIT").addClass(ReminderTriggerServlet.class);
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

    @Test
    void partnerOfficersAreRemindedInTheirLanguageBeforeTheDueDateAndWhenOverdueEachOnce_butNotOnceSubmitted() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        DatabaseQueries.update("INSERT INTO programme (code, name_en, name_ru, start_date, end_date) "
                + "VALUES (?, 'Reminders test', 'Проверка напоминаний', '2026-01-01', '2026-12-31')", "REMIND-" + tag);
        long programme = DatabaseQueries.number("SELECT id FROM programme WHERE code = ?", "REMIND-" + tag);
        long bishkek = partner("RK-" + tag, "Reminded Bishkek Centre", "Бишкекский центр напоминаний", programme);
        long dushanbe = partner("RT-" + tag, "Reminded Dushanbe Bureau", "Душанбинское бюро напоминаний", programme);
        long outsider = partner("RX-" + tag, "Not in the programme", "Не в программе", null);
        officer("en." + tag, "Ainura English", "en", bishkek, true, true);
        officer("ru." + tag, "Бакыт Русский", "ru", bishkek, true, true);
        officer("tj." + tag, "Фарход Таджикский", "ru", dushanbe, true, true);
        officer("off." + tag, "Disabled Officer", "en", dushanbe, false, true);
        officer("nomail." + tag, "No Address", "en", dushanbe, true, false);
        officer("out." + tag, "Outsider Officer", "en", outsider, true, true);
        // 2026-Q1 is open (due 2026-05-01, grace until 2026-05-11); 2026-Q2 is still planned
        DatabaseQueries.update("INSERT INTO reporting_period (programme_id, year, quarter, opens_on, due_on, grace_days, state) "
                + "VALUES (?, 2026, 1, '2026-04-01', '2026-05-01', 10, 'OPEN'), (?, 2026, 2, '2026-07-01', '2026-07-31', 10, 'PLANNED')",
                programme, programme);

        assertThat(send("2026-04-23")).as("eight days before the due date").isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        assertThat(send("2026-04-26")).as("partners reminded").isEqualTo(2);
        var dueSoon = received();
        assertThat(dueSoon).extracting(ReportingRemindersIT::to)
                .containsExactlyInAnyOrder(mail("en." + tag), mail("ru." + tag), mail("tj." + tag));
        var english = to(dueSoon, "en." + tag);
        assertThat(english.getSubject()).isEqualTo("camove: the 2026-Q1 report of Reminded Bishkek Centre is due on 2026-05-01");
        assertThat(body(english)).startsWith("Dear Ainura English,").contains("for the programme Reminders test is due on 2026-05-01")
                .contains("after 2026-05-11");
        var russian = to(dueSoon, "ru." + tag);
        assertThat(russian.getSubject()).isEqualTo("camove: отчёт Бишкекский центр напоминаний за 2026-Q1 нужно сдать до 2026-05-01");
        assertThat(body(russian)).startsWith("Здравствуйте, Бакыт Русский!").contains("по программе «Проверка напоминаний»");
        assertThat(to(dueSoon, "tj." + tag).getSubject()).contains("Душанбинское бюро напоминаний");

        smtp.purgeEmailFromAllMailboxes();
        assertThat(send("2026-04-26")).as("the same day again").isZero();
        assertThat(send("2026-04-30")).as("a later day before the due date").isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        // the Dushanbe bureau submitted its package meanwhile: it is not told it is overdue
        DatabaseQueries.update("INSERT INTO report_submission (reporting_period_id, partner_id, state) SELECT id, ?, 'SUBMITTED' "
                + "FROM reporting_period WHERE programme_id = ? AND year = 2026 AND quarter = 1", dushanbe, programme);
        assertThat(send("2026-05-12")).as("past the grace days").isEqualTo(1);
        var overdue = received();
        assertThat(overdue).extracting(ReportingRemindersIT::to).containsExactlyInAnyOrder(mail("en." + tag), mail("ru." + tag));
        assertThat(to(overdue, "en." + tag).getSubject()).isEqualTo("camove: the 2026-Q1 report of Reminded Bishkek Centre is overdue");
        assertThat(to(overdue, "ru." + tag).getSubject()).isEqualTo("camove: отчёт Бишкекский центр напоминаний за 2026-Q1 просрочен");
        assertThat(body(to(overdue, "ru." + tag))).contains("льготный срок истёк 2026-05-11");

        smtp.purgeEmailFromAllMailboxes();
        assertThat(send("2026-05-20")).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(DatabaseQueries.rows("SELECT o.code, r.kind, r.recipients FROM reporting_reminder r "
                + "JOIN organisation o ON o.id = r.partner_id JOIN reporting_period p ON p.id = r.reporting_period_id "
                + "WHERE p.programme_id = ? ORDER BY o.code, r.kind", programme))
                .extracting(row -> row[0] + " " + row[1] + " " + row[2]).containsExactly(
                        "RK-" + tag + " DUE_SOON " + mail("en." + tag) + ", " + mail("ru." + tag),
                        "RK-" + tag + " OVERDUE " + mail("en." + tag) + ", " + mail("ru." + tag),
                        "RT-" + tag + " DUE_SOON " + mail("tj." + tag));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static int send(String today) {
        try {
            var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TRIGGER + today))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return Integer.parseInt(answer.body().strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> received() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    private static String to(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Address::toString).collect(Collectors.joining(", "));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage to(List<MimeMessage> messages, String username) {
        return messages.stream().filter(m -> to(m).equals(mail(username))).findFirst().orElseThrow();
    }

    private static String body(MimeMessage message) throws IOException, MessagingException {
        return (String) message.getContent();
    }

    private static String mail(String username) {
        return username + "@reminders.example";
    }

    private static long partner(String code, String nameEn, String nameRu, Long programme) {
        DatabaseQueries.update("INSERT INTO organisation (code, kind, name_en, name_ru, country) VALUES (?, 'PARTNER', ?, ?, 'KG')",
                code, nameEn, nameRu);
        long id = DatabaseQueries.number("SELECT id FROM organisation WHERE code = ?", code);
        if (programme != null) {
            DatabaseQueries.update("INSERT INTO programme_participant (programme_id, organisation_id) VALUES (?, ?)", programme, id);
        }
        return id;
    }

    private static void officer(String username, String fullName, String locale, long organisation, boolean enabled, boolean hasEmail) {
        DatabaseQueries.update("INSERT INTO app_user (username, password_hash, full_name, email, organisation_id, locale, enabled) "
                        + "SELECT ?, password_hash, ?, ?, ?, ?, ? FROM app_user WHERE username = 'partner.kg'",
                username, fullName, hasEmail ? mail(username) : null, organisation, locale, enabled);
        long id = DatabaseQueries.number("SELECT id FROM app_user WHERE username = ?", username);
        DatabaseQueries.update("INSERT INTO user_role (user_id, role) VALUES (?, 'PARTNER_OFFICER')", id);
    }
}
