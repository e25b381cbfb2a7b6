package org.camove.web.results;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.ResourceBundle;
import org.primefaces.PrimeFaces;

/** What the dashboard's pages do alike after their filters change. */
public final class Dashboards {

    private Dashboards() {
    }

    /**
     * Puts the filtered view's address in the browser's address bar without reloading, so that it can be
     * bookmarked and shared. {@code pageAndQuery} is relative to the application, its values URL-encoded.
     */
    public static void showInAddressBar(String pageAndQuery) {
        var faces = FacesContext.getCurrentInstance();
        String url = faces.getExternalContext().getRequestContextPath() + "/" + pageAndQuery;
        // URL-encoded values carry no quote or backslash, so the address is safe inside a JavaScript string
        PrimeFaces.current().executeScript("history.replaceState(null, '', '" + url.replace("'", "%27") + "');");
    }

    /**
     * The pages' bundle in the reader's language, for texts composed in Java. Not the view's bundle: a view
     * action runs before the view takes the reader's locale (the layout's f:view sets it when rendering).
     */
    public static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle("org.camove.web.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
