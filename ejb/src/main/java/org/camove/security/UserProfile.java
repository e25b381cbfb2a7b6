package org.camove.security;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import org.camove.shared.LocalizedText;

/** What pages need to know about the signed-in user. */
public record UserProfile(String username, String fullName, Locale locale, Set<Role> roles,
                          String organisationCode, LocalizedText organisationName) implements Serializable {

    static UserProfile of(UserAccount account) {
        var organisation = account.getOrganisation();
        return new UserProfile(account.getUsername(), account.getFullName(), account.locale(), account.getRoles(),
                organisation == null ? null : organisation.getCode(),
                organisation == null ? null : organisation.getName());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
