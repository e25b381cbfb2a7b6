package org.camove.audit;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One audited change of state: who moved what from which state to which, when, and why (a reason or a
 * comment, null when none is asked for). Rows are only ever added. Each audited thing has its own table with
 * these columns and a reference to it (e.g. reporting_period_transition).
 */
@MappedSuperclass
public abstract class StateTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_state", nullable = false, length = 20)
    private String fromState;

    @Column(name = "to_state", nullable = false, length = 20)
    private String toState;

    @Column(name = "reason")
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    /** In UTC, as {@link org.camove.shared.LastChange} keeps it. */
    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected StateTransition() {
        // for JPA
    }

    protected StateTransition(Enum<?> from, Enum<?> to, String reason, String changedBy, Instant changedAt) {
        this.fromState = from.name();
        this.toState = to.name();
        this.reason = reason;
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = LocalDateTime.ofInstant(changedAt, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt.toInstant(ZoneOffset.UTC);
    }
}
