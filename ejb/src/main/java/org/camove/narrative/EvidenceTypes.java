package org.camove.narrative;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.camove.shared.InvalidInput;

/**
 * Which files may be evidence, told by their content (Tika's MIME magic), never by their name alone: PDF,
 * PNG, JPEG, GIF, WebP, Office documents (OOXML, OpenDocument, legacy Office) and CSV or plain text. The name's
 * extension must agree with the content: it may name the content's type or a more precise kind of it (a .docx
 * is an OOXML container, a .csv is text), never another one, so an HTML page or a program renamed .pdf is
 * refused, and so is a plain ZIP renamed .docx. The type kept is the one that both agree on.
 */
public final class EvidenceTypes {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    /** What the content may be detected as (containers as generic as OOXML; never a bare ZIP). */
    private static final Set<MediaType> CONTENTS = Set.of(
            MediaType.application("pdf"), MediaType.image("png"), MediaType.image("jpeg"), MediaType.image("gif"),
            MediaType.image("webp"), MediaType.application("x-tika-ooxml"), MediaType.application("x-tika-msoffice"),
            MediaType.application("vnd.oasis.opendocument.text"), MediaType.application("vnd.oasis.opendocument.spreadsheet"),
            MediaType.application("vnd.oasis.opendocument.presentation"), MediaType.TEXT_PLAIN, MediaType.text("csv"));

    /** The types a file may be kept as, by the extensions that name them. */
    private static final Map<String, MediaType> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", MediaType.application("pdf")),
            Map.entry("png", MediaType.image("png")),
            Map.entry("jpg", MediaType.image("jpeg")),
            Map.entry("jpeg", MediaType.image("jpeg")),
            Map.entry("gif", MediaType.image("gif")),
            Map.entry("webp", MediaType.image("webp")),
            Map.entry("docx", MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document")),
            Map.entry("xlsx", MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
            Map.entry("pptx", MediaType.application("vnd.openxmlformats-officedocument.presentationml.presentation")),
            Map.entry("doc", MediaType.application("msword")),
            Map.entry("xls", MediaType.application("vnd.ms-excel")),
            Map.entry("ppt", MediaType.application("vnd.ms-powerpoint")),
            Map.entry("odt", MediaType.application("vnd.oasis.opendocument.text")),
            Map.entry("ods", MediaType.application("vnd.oasis.opendocument.spreadsheet")),
            Map.entry("odp", MediaType.application("vnd.oasis.opendocument.presentation")),
            Map.entry("csv", MediaType.text("csv")),
            Map.entry("txt", MediaType.TEXT_PLAIN));

    private EvidenceTypes() {
    }

    /**
     * The type of the file named {@code fileName} whose content starts {@code content} (a stream that supports
     * mark and reset, left where it was).
     *
     * @throws InvalidInput {@code evidence.type.notAllowed} for a name or content not on the list,
     *                      {@code evidence.type.disguised} when the name says another type than the content
     */
    public static MediaType detect(InputStream content, String fileName) {
        String extension = extension(fileName);
        MediaType named = BY_EXTENSION.get(extension);
        if (named == null) {
            throw InvalidInput.of("file", "evidence.type.notAllowed", fileName);
        }
        MediaType found = byContent(content);
        if (!CONTENTS.contains(found) || !named.equals(found) && !REGISTRY.isInstanceOf(named, found)) {
            throw InvalidInput.of("file", "evidence.type.disguised", fileName, describe(found));
        }
        return named;
    }

    /** The type Tika's magic reads in the first bytes, without the name. */
    static MediaType byContent(InputStream content) {
        try {
            return REGISTRY.normalize(TYPES.detect(content, new Metadata()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the content is, for the refusal: "HTML", "ZIP", "a program" ... as Tika's own name for it. */
    private static String describe(MediaType type) {
        try {
            String description = TYPES.forName(type.toString()).getDescription();
            return description == null || description.isBlank() ? type.toString() : description + " (" + type + ")";
        } catch (MimeTypeException e) {
            return type.toString();
        }
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
