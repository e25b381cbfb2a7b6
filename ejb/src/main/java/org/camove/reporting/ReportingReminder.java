package org.camove.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A reminder e-mailed to a partner's officers about a period; the table's unique key keeps it to one of each kind. */
@Entity
@Table(name = "reporting_reminder")
public class ReportingReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reporting_period_id", nullable = false)
    private long periodId;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReminderKind kind;

    /** The addresses it went to, comma-separated. */
    @Column(nullable = false)
    private String recipients;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    protected ReportingReminder() {
        // for JPA
    }

    ReportingReminder(long periodId, long partnerId, ReminderKind kind, String recipients, Instant sentAt) {
        this.periodId = periodId;
        this.partnerId = partnerId;
        this.kind = kind;
        this.recipients = recipients;
        this.sentAt = LocalDateTime.ofInstant(sentAt, ZoneOffset.UTC);
    }
}
