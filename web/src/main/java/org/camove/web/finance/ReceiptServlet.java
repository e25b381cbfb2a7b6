package org.camove.web.finance;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import org.camove.finance.Receipts;
import org.camove.narrative.EvidenceDownload;
import org.camove.web.narrative.AttachmentServlet;

/**
 * Sends a financial report's receipt ({@code /receipt/{id}}) to whoever may see the report, as every attachment is sent
 * ({@link AttachmentServlet}): another partner's receipt is answered like one that does not exist (the service logs it).
 */
@WebServlet("/receipt/*")
public class ReceiptServlet extends AttachmentServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Receipts receipts;

    @Override
    protected Optional<EvidenceDownload> find(long id) {
        return receipts.download(id);
    }
}
