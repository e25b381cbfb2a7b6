package org.camove.finance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camove.grants.TrancheState;
import org.camove.money.Money;
import org.camove.reporting.PeriodState;
import org.camove.reporting.SubmissionHistory;
import org.camove.reporting.SubmissionState;

/**
 * A financial report with all its figures, as its page, a reviewer, the API or a printed report read it. Amounts are
 * in the grant's currency except {@link Line#spent} (as spent, in {@link #currency}). {@code state} is null and
 * {@code version} 0 when the report was not started. The cash position is what was disbursed up to the period's end
 * less everything spent to date (negative: the partner pre-financed).
 */
public record FinancialReportView(long reportId, long grantId, String grantReference, long partnerId, String partnerCode,
                                  String partnerName, long periodId, String quarter, PeriodState periodState, SubmissionState state,
                                  long version, String currency, String grantCurrency, BigDecimal threshold, List<Line> lines,
                                  Figures total, Money received, Money cashPosition, List<RateUsed> rates,
                                  List<ReceiptItem> receipts, List<ConditionedTranche> tranches,
                                  boolean editable, SubmissionHistory history, Instant submittedAt, Instant approvedAt)
        implements Serializable {

    public FinancialReportView {
        lines = List.copyOf(lines);
        rates = List.copyOf(rates);
        receipts = List.copyOf(receipts);
        tranches = List.copyOf(tranches);
    }

    /**
     * One line's figures: its budget, budget to date, spent this quarter, spent to date (approved earlier reports and
     * this one), variance = to date − budget to date and in percent (null when nothing was budgeted to date), whether
     * a justification is required, the budget remaining, and the burn rate (spent to date per month begun since the
     * grant's start).
     */
    public record Figures(Money budget, Money budgetToDate, Money thisQuarter, Money cumulative, Money variance,
                          BigDecimal variancePercent, boolean justificationRequired, Money remaining, Money burnRate)
            implements Serializable {
    }

    /** One budget line of the report; {@code spent} is null when nothing was entered for it. */
    public record Line(long budgetLineId, int position, String category, String description, Money spent, String note,
                       String justification, Figures figures) implements Serializable {
    }

    /** A rate the report used: the line, what was converted at it and where it came from. */
    public record RateUsed(int position, String basis, String reference, BigDecimal rate, Money original, Money converted)
            implements Serializable {
    }

    /** A tranche whose release condition is this report's approval, and whether it was released. */
    public record ConditionedTranche(LocalDate plannedOn, Money amount, TrancheState state) implements Serializable {
    }

    public boolean started() {
        return state != null;
    }
}
