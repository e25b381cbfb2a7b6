package org.camove.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * camove ships with no default password. On a new production database the first administrator is
 * created from {@code CAMOVE_ADMIN_USERNAME} (default {@code admin}) and {@code CAMOVE_ADMIN_PASSWORD}
 * when no active administrator exists yet; remove the password from the environment afterwards.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class InitialAdministrator {

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "camove.admin.username", defaultValue = "admin")
    private String username;

    @Inject
    @ConfigProperty(name = "camove.admin.password")
    private Optional<String> password;

    @PostConstruct
    void createIfNone() {
        long administrators = em.createNamedQuery(UserAccount.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult();
        if (administrators > 0) {
            return;
        }
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.warning("camove has no administrator: set CAMOVE_ADMIN_PASSWORD (and optionally "
                    + "CAMOVE_ADMIN_USERNAME) and restart to create one.");
            return;
        }
        em.persist(new UserAccount(username, PasswordHashing.hash(password.get().toCharArray()),
                "Administrator", null, EnumSet.of(Role.ADMIN)));
        LOG.info(() -> "Created the administrator account '" + username + "'");
    }
}
