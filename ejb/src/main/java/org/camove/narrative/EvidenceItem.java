package org.camove.narrative;

import java.io.Serializable;
import java.time.Instant;

/** An evidence file as a package's list shows it ({@code indicatorCode} null when it verifies the package as a whole). */
public record EvidenceItem(long id, String name, String mediaType, long size, String sha256, Long indicatorId, String indicatorCode,
                           String uploadedBy, Instant uploadedAt) implements Serializable {

    /** The size for people: bytes, KB or MB. */
    public String displaySize() {
        if (size < 1024) {
            return size + " B";
        }
        return size < 1024 * 1024 ? (size + 512) / 1024 + " KB" : String.format(java.util.Locale.ROOT, "%.1f MB", size / 1048576.0);
    }
}
