package org.camove.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
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

    @Column(name = "changed_at")
    private Instant at;

    protected LastChange() {
        // for JPA
    }

    public LastChange(String username, Instant at) {
        this.username = Objects.requireNonNull(username);
        this.at = Objects.requireNonNull(at);
    }

    public String username() {
        return username;
    }

    public Instant at() {
        return at;
    }
}
