package org.camove.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The signed-in user's own account: who they are and the preferences they keep. It acts only on the
 * caller's account; an anonymous caller has none.
 */
@Stateless
@PermitAll
public class UserAccountService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    public Optional<UserProfile> myProfile() {
        return mine().map(UserProfile::of);
    }

    /** Remembers the caller's language; it applies to every page and report from the next request on. */
    public void preferLanguage(String language) {
        mine().orElseThrow(() -> new IllegalStateException("Only a signed-in user has a language to keep"))
                .preferLanguage(language);
    }

    private Optional<UserAccount> mine() {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", context.getCallerPrincipal().getName())
                .getResultStream()
                .findFirst();
    }
}
