package org.camove.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;

/** A downloaded PDF read back with PDFBox, page by page, lines in reading order; and a one-page PDF to upload. */
final class PdfText {

    private PdfText() {
    }

    static List<String> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                var stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's text, non-breaking and narrow spaces (Russian digit grouping) read as plain spaces. */
    static String text(byte[] pdf) {
        return normalised(String.join("\n", pages(pdf)));
    }

    static String normalised(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** The first line of {@code text} that starts so; fails the test when there is none. */
    static String lineOf(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError("No line " + start));
    }

    /** Money as the grant financial report prints it in {@code locale}: grouped, two decimals. */
    static DecimalFormat money(Locale locale) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
    }

    /** A one-page PDF with one line of text, made with PDFBox, so the server's content check sees a real PDF. */
    static byte[] onePage(String text) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
