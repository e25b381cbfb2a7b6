package org.camove.narrative;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An evidence file as a package's list shows it ({@code indicatorCode} null when it verifies the package as a whole). */
public record EvidenceItem(long id, String name, String mediaType, long size, String sha256, Long indicatorId, String indicatorCode,
                           String uploadedBy, Instant uploadedAt) implements Serializable {

    /** When things of a package happened, as pages show it (the same in every language). */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String uploadedAtText() {
        return WHEN.format(uploadedAt);
    }

    /** The size for people: bytes, KB or MB. */
    public String displaySize() {
        if (size < 1024) {
            return size + " B";
        }
        return size < 1024 * 1024 ? (size + 512) / 1024 + " KB" : String.format(java.util.Locale.ROOT, "%.1f MB", size / 1048576.0);
    }
}
