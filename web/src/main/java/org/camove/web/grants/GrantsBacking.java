package org.camove.web.grants;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.camove.grants.GrantView;
import org.camove.grants.Grants;
import org.camove.web.security.CurrentUser;

/**
 * The grants list ({@code grants.xhtml}), read only: the lead agency's staff see every grant, a partner officer
 * their own organisation's (the service decides, not the page).
 */
@Named
@RequestScoped
public class GrantsBacking {

    @EJB
    private Grants grants;

    @Inject
    private CurrentUser user;

    private List<GrantView.Summary> rows;

    public List<GrantView.Summary> getRows() {
        if (rows == null) {
            rows = grants.grants(user.getLocale());
        }
        return rows;
    }
}
