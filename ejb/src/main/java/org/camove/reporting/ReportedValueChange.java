package org.camove.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.camove.indicators.aggregation.ApprovalState;
import org.camove.shared.LastChange;

/** The audit row of one change of a reported value: old and new content, who, when, on whose behalf, why. */
@Entity
@Table(name = "indicator_value_change")
public class ReportedValueChange {

    /** The row as {@link ReportedValueRows} writes it in batches, parameters set by {@link #bind}. */
    static final String INSERT = "INSERT INTO indicator_value_change (indicator_id, partner_id, year, quarter, approval_state, "
            + "old_value, new_value, reason, on_behalf, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicator_id", nullable = false, updatable = false)
    private long indicatorId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private int quarter;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_state", nullable = false, updatable = false, length = 10)
    private ApprovalState approvalState;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", nullable = false, updatable = false)
    private String newValue;

    @Column(updatable = false)
    private String reason;

    @Column(name = "on_behalf", nullable = false, updatable = false)
    private boolean onBehalf;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 100)
    private String changedBy;

    /** UTC wall time, as {@link LastChange} keeps it. */
    @Column(name = "changed_at", nullable = false, updatable = false)
    private LocalDateTime changedAt;

    protected ReportedValueChange() {
        // for JPA
    }

    ReportedValueChange(ReportedValue value, String oldValue, String newValue, String reason, boolean onBehalf,
                        LastChange change) {
        this.indicatorId = value.getIndicatorId();
        this.partnerId = value.getPartnerId();
        this.year = value.quarter().year();
        this.quarter = value.quarter().quarter();
        this.approvalState = value.getApprovalState();
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
        this.onBehalf = onBehalf;
        this.changedBy = change.username();
        this.changedAt = LocalDateTime.ofInstant(change.at(), ZoneOffset.UTC);
    }

    /** How much text the row carries: what a batch of audit rows is sized by. */
    int textLength() {
        return (oldValue == null ? 0 : oldValue.length()) + (newValue == null ? 0 : newValue.length())
                + (reason == null ? 0 : reason.length());
    }

    /** Sets the parameters of {@link #INSERT} to this row's columns. */
    void bind(PreparedStatement insert) throws SQLException {
        insert.setLong(1, indicatorId);
        insert.setLong(2, partnerId);
        insert.setInt(3, year);
        insert.setInt(4, quarter);
        insert.setString(5, approvalState.name());
        insert.setString(6, oldValue);
        insert.setString(7, newValue);
        insert.setString(8, reason);
        insert.setBoolean(9, onBehalf);
        insert.setString(10, changedBy);
        insert.setObject(11, changedAt);
    }
}
