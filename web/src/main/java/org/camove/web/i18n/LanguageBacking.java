package org.camove.web.i18n;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import org.camove.security.UserAccountService;
import org.camove.web.security.CurrentUser;

/** Switches the signed-in user's language and keeps the choice for their next visits. */
@Named("language")
@RequestScoped
public class LanguageBacking {

    @EJB
    private UserAccountService accounts;

    @Inject
    private CurrentUser user;

    public void switchTo(String language) throws IOException {
        if (!Languages.SUPPORTED.contains(language)) {
            return;
        }
        accounts.preferLanguage(language);
        user.forget();
        var faces = FacesContext.getCurrentInstance();
        // post-redirect-get: the page is drawn again, in the new language, by a GET to the same view with its
        // view parameters as they are now (a filtered dashboard stays filtered)
        faces.getExternalContext().redirect(faces.getApplication().getViewHandler()
                .getRedirectURL(faces, faces.getViewRoot().getViewId(), Map.of(), true));
    }
}
