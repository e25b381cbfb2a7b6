package org.camove.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signing out: the session and everything in it is gone, and the next request asks for a login. */
@Named("auth")
@RequestScoped
public class AuthBacking {

    public void logout() throws ServletException, IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    /** Where a user lands after login, by role. */
    public String home(CurrentUser user) {
        return user.isDonor() ? "/donor/index.xhtml?faces-redirect=true" : "/logframe.xhtml?faces-redirect=true";
    }
}
