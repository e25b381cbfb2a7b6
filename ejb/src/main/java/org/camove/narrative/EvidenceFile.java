package org.camove.narrative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.camove.reporting.ReportingPeriod;
import org.camove.shared.LastChange;

/**
 * A file attached to a partner's quarterly package as a means of verification, optionally of one indicator's
 * value. The bytes are in the {@link EvidenceStore} under {@code storedName}, never under the uploader's name;
 * the row keeps that name for downloads, the type read from the content, the size and SHA-256 (so that an
 * auditor can check a copy) and who attached it when. It is not changed once attached, only deleted.
 */
@Entity
@Table(name = "evidence_file")
@NamedQuery(name = EvidenceFile.OF_PACKAGE,
        query = "SELECT e FROM EvidenceFile e WHERE e.period = :period AND e.partnerId = :partner ORDER BY e.id")
@NamedQuery(name = EvidenceFile.COUNT_OF_PACKAGE,
        query = "SELECT COUNT(e) FROM EvidenceFile e WHERE e.period = :period AND e.partnerId = :partner")
public class EvidenceFile extends PartOfPackage {

    static final String OF_PACKAGE = "EvidenceFile.ofPackage";
    static final String COUNT_OF_PACKAGE = "EvidenceFile.countOfPackage";

    @Column(name = "indicator_id")
    private Long indicatorId;

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

    protected EvidenceFile() {
        // for JPA
    }

    EvidenceFile(ReportingPeriod period, long partnerId, Long indicatorId, String originalName, EvidenceStore.Kept kept,
                 String mediaType, LastChange upload) {
        super(period, partnerId);
        this.indicatorId = indicatorId;
        this.originalName = Objects.requireNonNull(originalName);
        this.storedName = kept.storedName();
        this.size = kept.size();
        this.sha256 = kept.sha256();
        this.mediaType = Objects.requireNonNull(mediaType);
        this.uploadedBy = upload.username();
        this.uploadedAt = LocalDateTime.ofInstant(upload.at(), ZoneOffset.UTC);
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public String getOriginalName() {
        return originalName;
    }

    String getStoredName() {
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
