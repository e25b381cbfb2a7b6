package org.camove.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.camove.security.Role;
import org.camove.security.UserAccountService;
import org.camove.security.UserProfile;
import org.camove.web.i18n.Languages;

/**
 * The signed-in user for this request, read once. Before login (the login page) the language
 * comes from a {@code lang} parameter or the browser; after login from the user's saved choice.
 */
@Named
@RequestScoped
public class CurrentUser {

    @EJB
    private UserAccountService accounts;

    @Inject
    private HttpServletRequest request;

    private Optional<UserProfile> profile;

    public Optional<UserProfile> profile() {
        if (profile == null) {
            profile = request.getUserPrincipal() == null ? Optional.empty() : accounts.myProfile();
        }
        return profile;
    }

    public boolean isSignedIn() {
        return profile().isPresent();
    }

    public String getFullName() {
        return profile().map(UserProfile::fullName).orElse("");
    }

    public String getOrganisationName() {
        return profile().map(UserProfile::organisationName).map(name -> name.in(getLocale())).orElse("");
    }

    public Locale getLocale() {
        return profile().map(UserProfile::locale)
                .orElseGet(() -> Languages.pick(request.getParameter("lang"), request.getLocales()));
    }

    /**
     * Indicator results: the lead agency's staff see the whole programme's, a partner officer their own
     * organisation's only (IndicatorResults restricts them, whatever they ask); donors only issued reports.
     */
    public boolean mayReadResults() {
        return profile().map(p -> p.has(Role.ADMIN) || p.has(Role.PROGRAMME_MANAGER) || p.has(Role.FINANCE_REVIEWER)
                || p.has(Role.PARTNER_OFFICER)).orElse(false);
    }

    /** Figures that count values still under review: for those who review them, never official. */
    public boolean mayIncludePending() {
        return profile().map(p -> p.has(Role.ADMIN) || p.has(Role.PROGRAMME_MANAGER)).orElse(false);
    }

    public boolean isDonor() {
        return profile().map(p -> p.has(Role.DONOR)).orElse(false);
    }

    /** Keeps users and reference data (web.xml guards those pages; the layout offers the links). */
    public boolean isAdministrator() {
        return profile().map(p -> p.has(Role.ADMIN)).orElse(false);
    }

    /** Defines indicators: programme managers and administrators (the service enforces it; pages offer the links). */
    public boolean mayDefineIndicators() {
        return profile().map(p -> p.has(Role.ADMIN) || p.has(Role.PROGRAMME_MANAGER)).orElse(false);
    }
}
