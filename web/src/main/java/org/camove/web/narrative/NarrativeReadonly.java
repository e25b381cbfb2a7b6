package org.camove.web.narrative;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camove.narrative.EvidenceFiles;
import org.camove.narrative.EvidenceItem;
import org.camove.narrative.NarrativeReports;
import org.camove.narrative.NarrativeView;
import org.camove.web.security.CurrentUser;

/**
 * What {@code WEB-INF/includes/narrative-readonly.xhtml} shows of a package (its narrative and evidence files),
 * read once per request and package, through the same services (and so the same access rules) as the edit page.
 */
@Named
@RequestScoped
public class NarrativeReadonly {

    @EJB
    private NarrativeReports reports;

    @EJB
    private EvidenceFiles evidence;

    @Inject
    private CurrentUser user;

    private final Map<String, NarrativeView> views = new HashMap<>();
    private final Map<String, List<EvidenceItem>> files = new HashMap<>();

    public NarrativeView view(long period, long partner) {
        return views.computeIfAbsent(period + "/" + partner, k -> reports.report(period, partner, user.getLocale()));
    }

    public List<EvidenceItem> files(long period, long partner) {
        return files.computeIfAbsent(period + "/" + partner, k -> evidence.list(period, partner));
    }
}
