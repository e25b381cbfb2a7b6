package org.camove.reporting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camove.indicators.aggregation.ApprovalState;
import org.camove.indicators.aggregation.Quarter;
import org.camove.shared.LastChange;

/**
 * A partner's value of an indicator for a quarter, with the cells of its cross-tab: pending until its
 * submission is approved. Who entered it, and whether a programme manager did so on the partner's behalf,
 * is kept with it; {@link #change} answers the audit row of each change.
 */
@Entity
@Table(name = "indicator_value")
@NamedQuery(name = ReportedValue.OF_QUARTER,
        query = "SELECT v FROM ReportedValue v WHERE v.partnerId = :partner AND v.year = :year AND v.quarter = :quarter")
@NamedQuery(name = ReportedValue.OF_PARTNER,
        query = "SELECT v FROM ReportedValue v WHERE v.partnerId = :partner AND v.indicatorId IN :indicators "
                + "AND ((v.year = :year AND v.quarter = :quarter) OR (v.year = :previousYear AND v.quarter = :previousQuarter))")
public class ReportedValue {

    /** A partner's values of some indicators in a quarter and in the quarter before. */
    public static final String OF_PARTNER = "ReportedValue.ofPartner";
    /** A partner's values (pending and approved) of a quarter. */
    public static final String OF_QUARTER = "ReportedValue.ofQuarter";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicator_id", nullable = false)
    private long indicatorId;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private int quarter;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_state", nullable = false, length = 10)
    private ApprovalState approvalState;

    @Embedded
    private Figure total = Figure.none();

    @Column(name = "text_value")
    private String text;

    @Column(precision = 9, scale = 2)
    private BigDecimal score;

    @Column(name = "fully_disaggregated", nullable = false)
    private boolean fullyDisaggregated;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "indicator_value_cell", joinColumns = @JoinColumn(name = "value_id"))
    @MapKeyColumn(name = "option_key", length = 255)
    private Map<String, Figure> cells = new HashMap<>();

    @Column(name = "comment")
    private String comment;

    @Column(name = "entered_by", length = 100)
    private String enteredBy;

    @Column(name = "entered_on_behalf", nullable = false)
    private boolean enteredOnBehalf;

    @Embedded
    private LastChange lastChange;

    @Version
    private long version;

    protected ReportedValue() {
        // for JPA
    }

    /** A new pending value, without figures until {@link #change} gives them. */
    static ReportedValue pending(long indicatorId, long partnerId, Quarter quarter) {
        var value = new ReportedValue();
        value.indicatorId = indicatorId;
        value.partnerId = partnerId;
        value.year = quarter.year();
        value.quarter = quarter.quarter();
        value.approvalState = ApprovalState.PENDING;
        return value;
    }

    /**
     * Takes the reading as its new content; answers the audit row of the change, or null when the reading
     * is what it already holds (nothing is written then).
     */
    ReportedValueChange change(ValueRules.Reading reading, boolean onBehalf, LastChange change) {
        String before = id == null ? null : reading().describe();
        if (id != null && reading().equals(reading)) {
            return null;
        }
        total = reading.total();
        text = reading.text();
        score = reading.score();
        fullyDisaggregated = reading.fullyDisaggregated();
        cells.clear();
        cells.putAll(reading.cells());
        comment = reading.comment();
        enteredBy = Objects.requireNonNull(change).username();
        enteredOnBehalf = onBehalf;
        lastChange = change;
        return new ReportedValueChange(this, before, reading.describe(), reading.comment(), onBehalf, change);
    }

    /**
     * Makes this pending value the approved one, in place of {@code replaced} (the earlier approved value of
     * the same quarter, null when none; the caller removes it first, as the unique key allows one of each);
     * answers the audit row: the old approved figures, the new, who approved, why.
     */
    ReportedValueChange approve(ReportedValue replaced, String reason, LastChange change) {
        if (approvalState != ApprovalState.PENDING) {
            throw new IllegalStateException("Only a pending value is approved");
        }
        approvalState = ApprovalState.APPROVED;
        lastChange = Objects.requireNonNull(change);
        return new ReportedValueChange(this, replaced == null ? null : replaced.reading().describe(), reading().describe(),
                reason, false, change);
    }

    /**
     * Takes its cells as read apart, once detached: a save changes a kept value outside the persistence context
     * ({@link ReportedValueRows} writes it) and reads the cells of all its values in one query.
     */
    void detachedWith(Map<String, Figure> readCells) {
        cells = new HashMap<>(readCells);
    }

    /** What it holds, as a {@link ValueRules.Reading}. */
    public ValueRules.Reading reading() {
        return reading(cells);
    }

    /**
     * What it holds, with its cells as read apart: a sheet reads the cells of all its values in one query
     * rather than loading each value's collection (one statement per value).
     */
    ValueRules.Reading reading(Map<String, Figure> readCells) {
        return new ValueRules.Reading(total, text, score, fullyDisaggregated, Map.copyOf(readCells), comment);
    }

    public Long getId() {
        return id;
    }

    public long getIndicatorId() {
        return indicatorId;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public Quarter quarter() {
        return Quarter.of(year, quarter);
    }

    public ApprovalState getApprovalState() {
        return approvalState;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public boolean isEnteredOnBehalf() {
        return enteredOnBehalf;
    }

    public LastChange getLastChange() {
        return lastChange;
    }

    public long getVersion() {
        return version;
    }
}
