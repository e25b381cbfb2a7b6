package org.camove.web.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import org.camove.security.UserAccount;

/** The languages camove's pages are written in, and how a visitor's language is chosen among them. */
public final class Languages {

    public static final Set<String> SUPPORTED = UserAccount.LANGUAGES;
    public static final Locale DEFAULT = Locale.ENGLISH;

    private Languages() {
    }

    /** An explicit choice wins; otherwise the first of the browser's languages camove has; otherwise English. */
    public static Locale pick(String explicit, Enumeration<Locale> browser) {
        if (explicit != null && SUPPORTED.contains(explicit)) {
            return Locale.forLanguageTag(explicit);
        }
        for (Locale locale : browser == null ? Collections.<Locale>emptyList() : Collections.list(browser)) {
            if (SUPPORTED.contains(locale.getLanguage())) {
                return Locale.forLanguageTag(locale.getLanguage());
            }
        }
        return DEFAULT;
    }
}
