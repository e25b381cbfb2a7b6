package org.camove.finance;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.camove.narrative.StoredFile;

/** A receipt attached to a financial report ({@link StoredFile} says what is kept of it); not changed once attached, only deleted. */
@Entity
@Table(name = "financial_report_receipt")
@NamedQuery(name = Receipt.OF_REPORT, query = "SELECT r FROM Receipt r WHERE r.report = :report ORDER BY r.id")
@NamedQuery(name = Receipt.COUNT_OF_REPORT, query = "SELECT COUNT(r) FROM Receipt r WHERE r.report = :report")
public class Receipt {

    public static final String OF_REPORT = "Receipt.ofReport";
    public static final String COUNT_OF_REPORT = "Receipt.countOfReport";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "financial_report_id")
    private FinancialReport report;

    @Embedded
    private StoredFile file;

    protected Receipt() {
        // for JPA
    }

    Receipt(FinancialReport report, StoredFile file) {
        this.report = Objects.requireNonNull(report);
        this.file = Objects.requireNonNull(file);
    }

    /** As a receipt list shows it. */
    public ReceiptItem item() {
        return new ReceiptItem(id, file.getOriginalName(), file.getMediaType(), file.getSize(), file.getSha256(), file.getUploadedBy(),
                file.getUploadedAt());
    }

    public Long getId() {
        return id;
    }

    public FinancialReport getReport() {
        return report;
    }

    public StoredFile getFile() {
        return file;
    }
}
