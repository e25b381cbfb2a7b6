package org.camove.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who last changed a record and when (columns changed_by, changed_at), so that a stale save can be
 * told whose save it lost to. Only the latest change is kept; it is not an audit trail.
 */
@Embeddable
public class LastChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "changed_by", length = 100)
    private String username;

    /** In UTC: EclipseLink 4.0 does not map Instant (it would serialize it), so the column holds UTC wall time. */
    @Column(name = "changed_at")
    private LocalDateTime at;

    protected LastChange() {
        // for JPA
    }

    public LastChange(String username, Instant at) {
        this.username = Objects.requireNonNull(username);
        this.at = LocalDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
    }

    /** A change by {@code username} now, to the second (as conflict messages tell it). */
    public static LastChange now(String username) {
        return new LastChange(username, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    public String username() {
        return username;
    }

    public Instant at() {
        return at.toInstant(ZoneOffset.UTC);
    }
}
