package org.camove.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Where a signed-in user lands, and signing out: the session and everything in it is gone, and the
 * next request asks for a login.
 */
@Named("auth")
@RequestScoped
public class AuthBacking {

    @Inject
    private CurrentUser user;

    public void logout() throws ServletException, IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    /** Where a user lands after login, by role. */
    public String home() {
        return user.isDonor() ? "/donor/index.xhtml?faces-redirect=true" : "/logframe.xhtml?faces-redirect=true";
    }
}
