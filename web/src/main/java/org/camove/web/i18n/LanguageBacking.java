package org.camove.web.i18n;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.camove.security.UserAccountService;

/** Switches the signed-in user's language and keeps the choice for their next visits. */
@Named("language")
@RequestScoped
public class LanguageBacking {

    @EJB
    private UserAccountService accounts;

    public void switchTo(String language) throws IOException {
        if (!Languages.SUPPORTED.contains(language)) {
            return;
        }
        accounts.preferLanguage(language);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        // post-redirect-get: the page is drawn again, in the new language, by a GET
        var request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
