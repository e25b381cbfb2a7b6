package org.camove.reporting;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camove.indicators.IndicatorDescription;
import org.camove.indicators.aggregation.ApprovalState;
import org.camove.logframe.MeasureType;

/**
 * What a partner enters for a reporting period: each indicator assigned to the partner with its value (the
 * pending one if there is one, else the approved one), the previous quarter's value, the partner's target
 * for the quarter and the categories of its cross-tab. {@code submission} is the state of the partner's package
 * (null when not started); {@code open} says whether values can be saved: the period is open and the package
 * a draft or returned.
 */
public record EntrySheet(long periodId, String quarter, PeriodState state, SubmissionState submission, boolean open,
                         long partnerId,
                         String partnerCode, String partnerName, List<Row> rows) implements Serializable {

    public record Row(long indicatorId, String code, String name, String unit, MeasureType measureType,
                      List<IndicatorDescription.Category> categories, Entry current, Entry previous, BigDecimal target,
                      String scoreScale) implements Serializable {

        /** {@code scoreScale} is the qualitative indicator's scale in the reader's language, null when it takes no score. */
        public boolean scored() {
            return scoreScale != null;
        }

        /** The version to save against: that of the pending value, null when there is none yet. */
        public Long seenVersion() {
            return current != null && current.state() == ApprovalState.PENDING ? current.version() : null;
        }
    }

    /** A value as kept, with who entered it and whether on the partner's behalf. */
    public record Entry(ApprovalState state, long version, ValueRules.Reading reading, String enteredBy,
                        boolean onBehalf) implements Serializable {

        /** The value with its cells as read apart (see {@link ReportedValue#reading(Map)}). */
        static Entry of(ReportedValue value, Map<Long, Map<String, Figure>> cells) {
            return value == null ? null : new Entry(value.getApprovalState(), value.getVersion(),
                    value.reading(cells.getOrDefault(value.getId(), Map.of())),
                    value.getEnteredBy(), value.isEnteredOnBehalf());
        }
    }
}
