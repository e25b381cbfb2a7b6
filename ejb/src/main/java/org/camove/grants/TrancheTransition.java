package org.camove.grants;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.camove.audit.StateTransition;
import org.camove.shared.LastChange;

/** A tranche released, with the finance reviewer's reason when they overrode an unmet condition. */
@Entity
@Table(name = "tranche_transition")
public class TrancheTransition extends StateTransition {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tranche_id")
    private Tranche tranche;

    protected TrancheTransition() {
        // for JPA
    }

    TrancheTransition(Tranche tranche, TrancheState from, TrancheState to, String reason, LastChange change) {
        super(from, to, reason, change.username(), change.at());
        this.tranche = tranche;
    }
}
