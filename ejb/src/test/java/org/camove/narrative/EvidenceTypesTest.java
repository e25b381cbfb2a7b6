package org.camove.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camove.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The evidence allow-list, read from real files' first bytes with tika-core alone. */
class EvidenceTypesTest {

    /** A 1x1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >>"
            + " endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Test
    void picturesPdfOfficeDocumentsAndTextAreKeptAsTheTypeTheirNameAndContentAgreeOn() throws IOException {
        assertThat(type(PDF, "report.pdf")).isEqualTo("application/pdf");
        assertThat(type(PNG, "photo.PNG")).isEqualTo("image/png");
        assertThat(type(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0}, "training.jpg"))
                .isEqualTo("image/jpeg");
        assertThat(type("GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1), "map.gif")).isEqualTo("image/gif");
        assertThat(type("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), "map.webp")).isEqualTo("image/webp");
        assertThat(type(docx(), "Отчёт за квартал.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(type(xlsx(), "attendance.xlsx")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(type("date;women;men\n2026-10-02;14;9\n".getBytes(StandardCharsets.UTF_8), "attendance.csv")).isEqualTo("text/csv");
        assertThat(type("Список участников: Айгуль, Нурлан\n".getBytes(StandardCharsets.UTF_8), "list.txt")).isEqualTo("text/plain");
    }

    @Test
    void aFileWhoseNameHidesWhatItIsIsRefusedSayingWhatItIs() throws IOException {
        var html = refusal("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
                "receipt.pdf");
        assertThat(html.violations()).singleElement().satisfies(v -> {
            assertThat(v.key()).isEqualTo("evidence.type.disguised");
            assertThat(v.message(Locale.ENGLISH)).startsWith("receipt.pdf is not what its name says: its content is ").contains("text/html");
        });
        assertThat(refusal(zip(), "report.docx").violations().get(0).message(Locale.ENGLISH)).contains("application/zip");
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThat(refusal(exe, "report.docx").violations().get(0).key()).isEqualTo("evidence.type.disguised");
        assertThat(refusal(PNG, "photo.pdf").violations().get(0).key()).as("a real picture named as a PDF").isEqualTo("evidence.type.disguised");
        assertThat(refusal("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII), "list.csv").violations().get(0).key())
                .isEqualTo("evidence.type.disguised");
        assertThat(refusal(PDF, "setup.exe").violations().get(0).message(Locale.forLanguageTag("ru")))
                .isEqualTo("Файл setup.exe не принимается: прикладывайте PDF, изображения (PNG, JPEG, GIF, WebP), документы Office "
                        + "или OpenDocument, CSV или текст.");
        assertThat(refusal(PDF, "no-extension").violations().get(0).key()).isEqualTo("evidence.type.notAllowed");
    }

    private static String type(byte[] content, String name) {
        return EvidenceTypes.detect(new BufferedInputStream(new ByteArrayInputStream(content)), name).toString();
    }

    private static InvalidInput refusal(byte[] content, String name) {
        return catchThrowableOfType(InvalidInput.class, () -> type(content, name));
    }

    static byte[] docx() throws IOException {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Юридические консультации: 42 семьи");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("Q4").createRow(0).createCell(0).setCellValue("women");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("payload.js"));
            zip.write("alert(1)".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
