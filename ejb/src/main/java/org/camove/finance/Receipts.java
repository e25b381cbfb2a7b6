package org.camove.finance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.camove.narrative.EvidenceDownload;
import org.camove.narrative.EvidenceUploads;
import org.camove.narrative.StoredFile;
import org.camove.security.Role;
import org.camove.shared.InvalidInput;

/**
 * The receipts of a financial report: attached and deleted by the partner's officer while the report is editable,
 * with the upload rules of evidence files ({@link EvidenceUploads}); listed and downloaded by whoever may see the
 * report's grant ({@link FinancialReportAccess}): another partner's receipt is answered as one that does not exist.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
public class Receipts {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private FinancialReportAccess access;

    @EJB
    private EvidenceUploads uploads;

    /** The report's receipts in the order they were attached; none for a report not started. */
    public List<ReceiptItem> list(long grantId, long periodId) {
        var grant = access.grant(grantId, LockModeType.NONE);
        return access.report(grant, access.period(grant, periodId)).map(report -> em.createNamedQuery(Receipt.OF_REPORT, Receipt.class)
                .setParameter("report", report).getResultStream().map(Receipt::item).toList()).orElse(List.of());
    }

    /**
     * Attaches a receipt to the report (which must have been saved once).
     *
     * @throws InvalidInput when the report is not editable, or the file is refused by the upload rules; nothing is kept then
     */
    @RolesAllowed(Role.Names.PARTNER_OFFICER)
    public ReceiptItem attach(long grantId, long periodId, String fileName, InputStream content) {
        var report = editable(grantId, periodId);
        long attached = em.createNamedQuery(Receipt.COUNT_OF_REPORT, Long.class).setParameter("report", report).getSingleResult();
        var receipt = new Receipt(report, new StoredFile(uploads.accept(fileName, content, attached), access.changeNow()));
        em.persist(receipt);
        em.flush();
        return receipt.item();
    }

    /** Deletes one of the report's receipts while the report is editable (its bytes once that is committed). */
    @RolesAllowed(Role.Names.PARTNER_OFFICER)
    public void delete(long grantId, long periodId, long receiptId) {
        var report = editable(grantId, periodId);
        var receipt = Optional.ofNullable(em.find(Receipt.class, receiptId)).filter(r -> r.getReport().getId().equals(report.getId()))
                .orElseThrow(() -> InvalidInput.of(null, "evidence.gone"));
        em.remove(receipt);
        uploads.deleteOnCommit(receipt.getFile().getStoredName());
    }

    /**
     * The receipt to send, if it exists and the caller may see its report.
     *
     * @throws InvalidInput when it belongs to another partner's grant (refused as not found, the attempt logged)
     */
    public Optional<EvidenceDownload> download(long receiptId) {
        var receipt = em.find(Receipt.class, receiptId);
        if (receipt == null) {
            return Optional.empty();
        }
        access.report(receipt.getReport().getId());
        return Optional.of(receipt.getFile().download());
    }

    private FinancialReport editable(long grantId, long periodId) {
        var grant = access.grant(grantId, LockModeType.PESSIMISTIC_WRITE);
        var period = access.period(grant, periodId);
        FinancialReportAccess.requireOpen(period);
        var report = access.report(grant, period).orElseThrow(() -> InvalidInput.of(null, "finreport.notStarted", period.quarter().toString()));
        report.requireEditable();
        return report;
    }
}
