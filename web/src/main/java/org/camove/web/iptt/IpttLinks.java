package org.camove.web.iptt;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Map;

/**
 * Links to the IPTT that carry the current page's view parameters (programme and filters), so the download shows
 * what the page shows: the same query string JSF would put in a bookmarkable link to the page.
 */
@Named
@RequestScoped
public class IpttLinks {

    public String getPdf() {
        return link("iptt.pdf");
    }

    public String getXlsx() {
        return link("iptt.xlsx");
    }

    private static String link(String document) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String page = faces.getApplication().getViewHandler()
                .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), Map.of(), true);
        String query = URI.create(page).getRawQuery();
        return faces.getExternalContext().getRequestContextPath() + "/" + document
                + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
