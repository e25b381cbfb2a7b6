package org.camove.api;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camove.security.Role;
import org.camove.shared.InvalidInput;

/**
 * The answers given to requests sent with an Idempotency-Key, per caller and key, for {@link #KEPT}: a request
 * sent again with its key is answered from here rather than done again. Only what was done is kept (a refused
 * request changed nothing and may be sent again as it is). Called in the transaction of the request's own
 * work, so an answer is kept exactly when that work is.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
public class IdempotentRequests {

    /** How long an answer is kept. */
    public static final Duration KEPT = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    /** An answer as it was given. {@code requestHash} is that of the request it answered. */
    public record Answer(String requestHash, int status, String body) {
    }

    /**
     * The answer given to the caller's earlier request with this key, if there was one in the last {@link #KEPT}.
     *
     * @throws InvalidInput when the key is not 1 to 100 letters, digits or - _ . :
     */
    @SuppressWarnings("unchecked")
    public Optional<Answer> earlier(String key) {
        if (!KEY.matcher(Objects.requireNonNull(key)).matches()) {
            throw InvalidInput.of("Idempotency-Key", "api.idempotencyKey.malformed");
        }
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, status, body FROM api_idempotency "
                        + "WHERE username = ?1 AND idempotency_key = ?2 AND created_at > ?3")
                .setParameter(1, username()).setParameter(2, key).setParameter(3, cutoff()).getResultList();
        return rows.stream().findFirst().map(r -> new Answer((String) r[0], ((Number) r[1]).intValue(), (String) r[2]));
    }

    /**
     * Keeps the answer to the caller's request with this key; answers older than {@link #KEPT} are forgotten.
     * Of two requests with one key done at the same time, the first answer kept stays.
     */
    public void keep(String key, Answer answer) {
        em.createNativeQuery("DELETE FROM api_idempotency WHERE created_at <= ?1").setParameter(1, cutoff()).executeUpdate();
        em.createNativeQuery("INSERT IGNORE INTO api_idempotency (username, idempotency_key, request_hash, status, body, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, username()).setParameter(2, key).setParameter(3, answer.requestHash())
                .setParameter(4, answer.status()).setParameter(5, answer.body()).setParameter(6, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    private String username() {
        return caller.getCallerPrincipal().getName();
    }

    private static Timestamp cutoff() {
        return Timestamp.from(Instant.now().minus(KEPT));
    }
}
