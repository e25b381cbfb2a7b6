package org.camove.grants;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.camove.audit.StateTransition;
import org.camove.shared.LastChange;

/** A grant activated, set closing or closed: the audit trail of its states. */
@Entity
@Table(name = "grant_transition")
public class GrantTransition extends StateTransition {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id")
    private Grant grant;

    protected GrantTransition() {
        // for JPA
    }

    GrantTransition(Grant grant, GrantState from, GrantState to, String reason, LastChange change) {
        super(from, to, reason, change.username(), change.at());
        this.grant = grant;
    }
}
