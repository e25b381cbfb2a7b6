package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camove.it.DemoPackage.number;
import static org.camove.it.DemoPackage.single;
import static org.camove.it.DemoPackage.update;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camove.narrative.EvidenceFiles;
import org.camove.narrative.EvidenceItem;
import org.camove.shared.InvalidInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evidence files of KG-02's package for the demo's open period (2026-Q4), through the service against the real
 * database and disk: real PDF, PNG, DOCX and CSV files kept with their type, size and SHA-256 and read back;
 * an HTML page renamed .pdf, a ZIP and a program renamed .docx refused; a file too big and one too many refused
 * (limits lowered for the test); nothing attached once the package is submitted; another partner's officer
 * cannot list, download or delete them; finance reviewers reach nothing. Each test deletes what it attached.
 * The browser test downloads them over HTTP (NarrativeReportBrowserIT).
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceFilesIT {

    /** A 1x1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(EvidenceFilesIT.class).addClasses(AsNamedManager.class, AsNamedPartnerOfficer.class,
                AsFinanceReviewer.class, IdentitiesForTests.class, DemoPackage.class, MinimalPdf.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedManager manager;

    @EJB
    private AsNamedPartnerOfficer partnerKg;

    @EJB
    private AsFinanceReviewer finance;

    @EJB
    private EvidenceFiles evidence;

    private long kg02;
    private long tj01;
    private long openPeriod;
    private long people;   // 1.b, assigned to KG-02
    private boolean hadPackage;

    @BeforeEach
    void demoIds() {
        IdentitiesForTests.create(tx);
        var demo = DemoPackage.read(tx);
        kg02 = demo.kg02();
        tj01 = demo.tj01();
        openPeriod = demo.openPeriod();
        people = number(tx, "SELECT id FROM indicator WHERE code = '1.b' AND result_id IN (SELECT id FROM result WHERE programme_id = 1)");
        hadPackage = number(tx, "SELECT COUNT(*) FROM report_submission WHERE reporting_period_id = " + openPeriod + " AND partner_id = " + kg02) > 0;
    }

    /** Deleted through the service, so that their stored bytes go too; a package this test started goes as well. */
    @AfterEach
    void deleteAttached() {
        System.clearProperty("camove.evidence.maxFiles");
        System.clearProperty("camove.evidence.maxBytes");
        manager.call(() -> {
            evidence.list(openPeriod, kg02).forEach(f -> evidence.delete(openPeriod, kg02, f.id()));
            return null;
        });
        if (!hadPackage) {
            tx.call(em -> em.createNativeQuery("DELETE FROM report_submission WHERE reporting_period_id = ?1 AND partner_id = ?2")
                    .setParameter(1, openPeriod).setParameter(2, kg02).executeUpdate());
        }
    }

    @Test
    void realFilesAreKeptWithTheTypeTheirContentShowsTheirSizeAndHash_andReadBackByThePartnerAndAManager() throws IOException {
        byte[] pdf = pdf();
        byte[] docx = docx();
        byte[] csv = "date;women;men\n2026-10-02;14;9\n".getBytes(StandardCharsets.UTF_8);
        var attachedPdf = attach(partnerKg, null, "Attendance list.pdf", pdf);
        attach(partnerKg, people, "photo.png", PNG);
        attach(partnerKg, null, "Отчёт о консультациях.docx", docx);
        attach(manager, null, "attendance.csv", csv);

        List<EvidenceItem> listed = partnerKg.call(() -> evidence.list(openPeriod, kg02));
        assertThat(listed).extracting(EvidenceItem::name, EvidenceItem::mediaType, EvidenceItem::size, EvidenceItem::indicatorCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Attendance list.pdf", "application/pdf", (long) pdf.length, null),
                        org.assertj.core.groups.Tuple.tuple("photo.png", "image/png", (long) PNG.length, "1.b"),
                        org.assertj.core.groups.Tuple.tuple("Отчёт о консультациях.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (long) docx.length, null),
                        org.assertj.core.groups.Tuple.tuple("attendance.csv", "text/csv", (long) csv.length, null));
        assertThat(listed.get(0).sha256()).isEqualTo(sha256(pdf));
        assertThat(listed).extracting(EvidenceItem::uploadedBy).containsExactly(IdentitiesForTests.PARTNER_KG,
                IdentitiesForTests.PARTNER_KG, IdentitiesForTests.PARTNER_KG, IdentitiesForTests.MANAGER);
        assertThat(single(tx, "SELECT stored_name FROM evidence_file WHERE id = " + attachedPdf.id()).toString())
                .as("stored under a generated name").matches("[0-9a-f-]{36}");

        byte[] asPartner = partnerKg.call(() -> read(attachedPdf.id()));
        byte[] asManager = manager.call(() -> read(listed.get(2).id()));
        assertThat(asPartner).isEqualTo(pdf);
        assertThat(asManager).isEqualTo(docx);
        assertThat(manager.call(() -> evidence.download(Long.MAX_VALUE))).isEmpty();

        partnerKg.call(() -> {
            evidence.delete(openPeriod, kg02, attachedPdf.id());
            return null;
        });
        assertThat(partnerKg.call(() -> evidence.list(openPeriod, kg02))).hasSize(3);
        assertThat(partnerKg.call(() -> evidence.download(attachedPdf.id()))).isEmpty();
    }

    @Test
    void disguisedFilesAreRefusedSayingWhatTheyAre_andNothingIsKept() throws IOException {
        var html = refusal(() -> attach(partnerKg, null, "receipt.pdf",
                "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(html.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("file");
            assertThat(v.message(Locale.ENGLISH)).startsWith("receipt.pdf is not what its name says: its content is ").contains("text/html");
            assertThat(v.message(Locale.forLanguageTag("ru"))).startsWith("Файл receipt.pdf не соответствует своему названию");
        });
        var zip = refusal(() -> attach(partnerKg, null, "report.docx", zip("payload.js", "alert(1)")));
        assertThat(zip.violations().get(0).message(Locale.ENGLISH)).contains("application/zip");
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThat(refusal(() -> attach(partnerKg, null, "report.docx", exe)).violations().get(0).key()).isEqualTo("evidence.type.disguised");
        assertThat(refusal(() -> attach(partnerKg, null, "tool.exe", pdf())).violations().get(0).key()).isEqualTo("evidence.type.notAllowed");
        assertThat(refusal(() -> attach(partnerKg, null, "empty.pdf", new byte[0])).violations().get(0).key()).isEqualTo("evidence.empty");
        assertThat(rows()).isZero();
    }

    @Test
    void aFileTooBigAndOneTooManyAreRefused() throws IOException {
        System.setProperty("camove.evidence.maxBytes", Integer.toString(pdf().length + 10));
        attach(partnerKg, null, "small.pdf", pdf());
        byte[] big = (new String(pdf(), StandardCharsets.ISO_8859_1) + "%" + "x".repeat(100) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refusal(() -> attach(partnerKg, null, "big.pdf", big)).violations()).singleElement()
                .satisfies(v -> assertThat(v.key()).isEqualTo("evidence.tooBig"));

        System.setProperty("camove.evidence.maxFiles", "2");
        attach(partnerKg, null, "photo.png", PNG);
        assertThat(refusal(() -> attach(partnerKg, null, "another.png", PNG)).violations()).singleElement().satisfies(v ->
                assertThat(v.message(Locale.ENGLISH)).isEqualTo("The package already has 2 files, as many as it can hold. Delete one to attach another."));
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void aSubmittedPackageTakesNoFileAndKeepsItsFiles() throws IOException {
        var kept = attach(partnerKg, null, "small.pdf", pdf());
        String where = " WHERE reporting_period_id = " + openPeriod + " AND partner_id = " + kg02;
        Object before = single(tx, "SELECT state FROM report_submission" + where);
        update(tx, "UPDATE report_submission SET state = 'SUBMITTED'" + where);
        try {
            assertThat(refusal(() -> attach(partnerKg, null, "photo.png", PNG)).violations().get(0).key())
                    .isEqualTo("submission.notEditable.SUBMITTED");
            assertThatThrownBy(() -> manager.call(() -> {
                evidence.delete(openPeriod, kg02, kept.id());
                return null;
            })).isInstanceOf(InvalidInput.class);
            assertThat(rows()).isEqualTo(1);
        } finally {
            update(tx, "UPDATE report_submission SET state = '" + before + "'" + where);
        }
    }

    @Test
    void anotherPartnersOfficerReachesNoneOfThem_norDoFinanceReviewers() throws IOException {
        var kept = attach(manager, null, "small.pdf", pdf());
        long ofKg02 = kept.id();
        // KG-02's officer asking for TJ-01's package, and for a file of KG-02's seen through TJ-01's package
        assertThatThrownBy(() -> partnerKg.call(() -> evidence.list(openPeriod, tj01))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> attach(partnerKg, null, "x.pdf", pdf(), tj01)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> partnerKg.call(() -> {
            evidence.delete(openPeriod, tj01, ofKg02);
            return null;
        })).isInstanceOf(InvalidInput.class);
        assertThat(rows()).isEqualTo(1);
        assertThat(number(tx, "SELECT COUNT(*) FROM evidence_file WHERE partner_id = " + tj01)).isZero();

        String tjFile = "INSERT INTO evidence_file (reporting_period_id, partner_id, original_name, stored_name, media_type, size_bytes, "
                + "sha256, uploaded_by, uploaded_at) VALUES (" + openPeriod + ", " + tj01 + ", 'tj.pdf', '00000000-0000-0000-0000-000000000000', "
                + "'application/pdf', 1, '" + "0".repeat(64) + "', 'partner.tj', NOW())";
        update(tx, tjFile);
        try {
            long ofTj01 = number(tx, "SELECT id FROM evidence_file WHERE partner_id = " + tj01);
            var refused = catchThrowableOfType(InvalidInput.class, () -> partnerKg.call(() -> evidence.download(ofTj01)));
            assertThat(refused.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("partner"));
        } finally {
            update(tx, "DELETE FROM evidence_file WHERE partner_id = " + tj01);
        }
        assertThatThrownBy(() -> finance.call(() -> evidence.list(openPeriod, kg02))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> finance.call(() -> evidence.download(ofKg02))).isInstanceOf(EJBAccessException.class);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private EvidenceItem attach(Object as, Long indicator, String name, byte[] content) {
        return attach(as, indicator, name, content, kg02);
    }

    private EvidenceItem attach(Object as, Long indicator, String name, byte[] content, long partner) {
        java.util.function.Supplier<EvidenceItem> work = () -> evidence.attach(openPeriod, partner, indicator, name,
                new ByteArrayInputStream(content));
        return as instanceof AsNamedManager m ? m.call(work) : partnerKg.call(work);
    }

    private byte[] read(long id) {
        try (InputStream in = evidence.download(id).orElseThrow().open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInput refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable attempt) {
        return catchThrowableOfType(InvalidInput.class, attempt);
    }

    static byte[] pdf() {
        return MinimalPdf.bytes();
    }

    /** A minimal Word document: content types first, as Word writes them, then the package relations and the body. */
    static byte[] docx() throws IOException {
        return zip("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                        + "Target=\"word/document.xml\"/></Relationships>",
                "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                        + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Консультации: 42 семьи</w:t></w:r></w:p></w:body></w:document>");
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long rows() {
        return number(tx, "SELECT COUNT(*) FROM evidence_file WHERE reporting_period_id = " + openPeriod + " AND partner_id = " + kg02);
    }



}
