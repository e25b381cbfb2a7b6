package org.camove.narrative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.camove.shared.LastChange;

/**
 * A file a partner attached (an evidence file, a receipt), as its row keeps it: the uploader's name for it, where the
 * {@link EvidenceStore} keeps its bytes (never under that name), the type read from the content, the size and SHA-256
 * (so that an auditor can check a copy), and who attached it when. Never changed once attached.
 */
@Embeddable
public class StoredFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "original_name", nullable = false, length = 255)
    private String originalName;

    @Column(name = "stored_name", nullable = false, length = 64)
    private String storedName;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    /** UTC wall time, as {@link LastChange} keeps it. */
    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected StoredFile() {
        // for JPA
    }

    /** The file {@link EvidenceUploads} accepted, attached by {@code upload}'s user. */
    public StoredFile(EvidenceUploads.Accepted file, LastChange upload) {
        this.originalName = Objects.requireNonNull(file.name());
        this.storedName = Objects.requireNonNull(file.storedName());
        this.mediaType = Objects.requireNonNull(file.mediaType());
        this.size = file.size();
        this.sha256 = file.sha256();
        this.uploadedBy = upload.username();
        this.uploadedAt = LocalDateTime.ofInstant(upload.at(), ZoneOffset.UTC);
    }

    /** What a download sends. */
    public EvidenceDownload download() {
        return new EvidenceDownload(originalName, mediaType, size, storedName);
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt.toInstant(ZoneOffset.UTC);
    }
}
