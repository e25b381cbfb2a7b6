package org.camove.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import org.camove.security.Role;
import org.camove.security.UserAccountService;
import org.camove.security.UserProfile;
import org.camove.web.i18n.Languages;

/**
 * The signed-in user for this request. The profile is read once per browser session and kept in it (as
 * the server keeps the user's roles from sign-in on), so pages do not ask the database who is signed in on
 * every request; {@link #forget()} drops it when it changes. Calls without a session (the API's Basic
 * sign-in) read it once per request. Before login (the login page) the language comes from a {@code lang}
 * parameter or the browser; after login from the user's saved choice.
 */
@Named
@RequestScoped
public class CurrentUser {

    private static final String SESSION_KEY = CurrentUser.class.getName() + ".profile";

    @EJB
    private UserAccountService accounts;

    @Inject
    private HttpServletRequest request;

    private Optional<UserProfile> profile;

    public Optional<UserProfile> profile() {
        if (profile == null) {
            profile = request.getUserPrincipal() == null ? Optional.empty() : Optional.ofNullable(kept()).or(this::read);
        }
        return profile;
    }

    /** The profile changed (e.g. the user chose another language): the next request reads it again. */
    public void forget() {
        profile = null;
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }

    private UserProfile kept() {
        HttpSession session = request.getSession(false);
        var kept = session == null ? null : (UserProfile) session.getAttribute(SESSION_KEY);
        // a session signed in again as someone else never sees the earlier user's profile
        return kept != null && kept.username().equals(request.getUserPrincipal().getName()) ? kept : null;
    }

    private Optional<UserProfile> read() {
        Optional<UserProfile> read = accounts.myProfile();
        HttpSession session = request.getSession(false);
        if (session != null) {
            read.ifPresent(p -> session.setAttribute(SESSION_KEY, p));
        }
        return read;
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

    /** Enters indicator values: a partner officer their own organisation's, managers and administrators on a partner's behalf. */
    public boolean mayReportValues() {
        return profile().map(p -> p.has(Role.ADMIN) || p.has(Role.PROGRAMME_MANAGER) || p.has(Role.PARTNER_OFFICER)).orElse(false);
    }

    public boolean isPartnerOfficer() {
        return profile().map(p -> p.has(Role.PARTNER_OFFICER)).orElse(false);
    }

    /** Defines indicators: programme managers and administrators (the service enforces it; pages offer the links). */
    public boolean mayDefineIndicators() {
        return profile().map(p -> p.has(Role.ADMIN) || p.has(Role.PROGRAMME_MANAGER)).orElse(false);
    }

    /** Reviews partners' packages (returns or approves them): programme managers and administrators. */
    public boolean mayReviewPackages() {
        return mayDefineIndicators();
    }

    /** Reviews partners' financial reports (returns or approves them): finance reviewers and administrators. */
    public boolean mayReviewFinance() {
        return profile().map(p -> p.has(Role.ADMIN) || p.has(Role.FINANCE_REVIEWER)).orElse(false);
    }

    /** Reads the finance review queue: finance reviewers, administrators and programme managers. */
    public boolean mayReadFinanceQueue() {
        return profile().map(p -> p.has(Role.ADMIN) || p.has(Role.FINANCE_REVIEWER) || p.has(Role.PROGRAMME_MANAGER)).orElse(false);
    }

    /** Moves a grant's money (releases tranches, records disbursements) and keeps the rate table: finance reviewers and administrators. */
    public boolean mayMoveMoney() {
        return mayReviewFinance();
    }
}
