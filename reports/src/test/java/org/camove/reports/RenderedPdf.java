package org.camove.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a reader of a PDF gets out of it: text per page, words with their position and font, fonts, title. Read once
 * and closed, so tests need no try-with-resources of their own.
 */
public final class RenderedPdf {

    public record Word(int page, String text, float x, float y, String fontName) {
    }

    public record Font(String name, boolean embedded) {
    }

    private final List<String> pageTexts = new ArrayList<>();
    private final List<Word> words = new ArrayList<>();
    private final List<Font> fonts = new ArrayList<>();
    private final String title;

    private RenderedPdf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            title = document.getDocumentInformation().getTitle();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                WordCollector stripper = new WordCollector(page);
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pageTexts.add(stripper.getText(document));
                words.addAll(stripper.words);
            }
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName fontName : resources.getFontNames()) {
                    PDFont font = resources.getFont(fontName);
                    fonts.add(new Font(font.getName(), font.isEmbedded()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }

    public static RenderedPdf read(byte[] pdf) {
        return new RenderedPdf(pdf);
    }

    public int pageCount() {
        return pageTexts.size();
    }

    /** Text of one page, pages counted from 1. */
    public String text(int page) {
        return pageTexts.get(page - 1);
    }

    public String text() {
        return String.join("\n", pageTexts);
    }

    public List<Word> words() {
        return words;
    }

    /** The first word on any page that equals {@code text}; fails the test if there is none. */
    public Word word(String text) {
        return words.stream().filter(word -> word.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No word \"" + text + "\" in the PDF"));
    }

    public List<Font> fonts() {
        return fonts;
    }

    public String title() {
        return title;
    }

    private static final class WordCollector extends PDFTextStripper {

        private final int page;
        private final List<Word> words = new ArrayList<>();

        WordCollector(int page) {
            this.page = page;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            // PDFBox hands over a line piece by piece; split further so each word keeps its own first glyph.
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                    if (i > start && start < positions.size()) {
                        TextPosition first = positions.get(start);
                        words.add(new Word(page, text.substring(start, i), first.getXDirAdj(), first.getYDirAdj(),
                                first.getFont().getName()));
                    }
                    start = i + 1;
                }
            }
            super.writeString(text, positions);
        }
    }
}
