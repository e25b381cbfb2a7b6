package org.camove.narrative;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.camove.reporting.ReportingPeriod;

/**
 * A file attached to a partner's quarterly package as a means of verification, optionally of one indicator's
 * value ({@link StoredFile} says what is kept of it). It is not changed once attached, only deleted.
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

    @Embedded
    private StoredFile file;

    protected EvidenceFile() {
        // for JPA
    }

    EvidenceFile(ReportingPeriod period, long partnerId, Long indicatorId, StoredFile file) {
        super(period, partnerId);
        this.indicatorId = indicatorId;
        this.file = Objects.requireNonNull(file);
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public StoredFile getFile() {
        return file;
    }
}
