package org.camove.web.narrative;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import org.camove.narrative.EvidenceDownload;
import org.camove.narrative.EvidenceFiles;

/**
 * Sends an evidence file ({@code /evidence/{id}}) to whoever may see its package, as every attachment is sent
 * ({@link AttachmentServlet}); web.xml keeps donors and finance reviewers out altogether.
 */
@WebServlet("/evidence/*")
public class EvidenceServlet extends AttachmentServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private EvidenceFiles evidence;

    @Override
    protected Optional<EvidenceDownload> find(long id) {
        return evidence.download(id);
    }
}
