package org.camove.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camove.money.ExchangeRatePolicy;
import org.camove.money.Money;
import org.camove.reporting.SubmissionState;

/**
 * A grant as its pages and reports read it: its terms, every budget version (the history), the donors' shares with
 * their allocated amounts, the tranches and the disbursements, the cash received, what its approved financial reports
 * spent (as they stored it, in the grant's currency) and its quarters with their reports. {@code version} is what an
 * edit hands back.
 */
public record GrantView(long id, String reference, String partnerCode, String partnerName, String programmeCode,
                        LocalDate startsOn, LocalDate endsOn, String currency, ExchangeRatePolicy ratePolicy,
                        BigDecimal varianceThreshold, GrantState state, long version, List<Budget> budgets,
                        List<Share> shares, List<TrancheRow> tranches, List<DisbursementRow> disbursements, Money received,
                        Money spent, List<Period> periods) {

    /** {@code changedBy}/{@code changedAt}: who made the version and when (null for versions loaded without it). */
    public record Budget(int number, LocalDate effectiveFrom, String reason, Money total, List<Line> lines, String changedBy,
                         Instant changedAt) {
    }

    /**
     * A reporting period of the grant's programme within the grant's dates: a quarter its partner reports on, with the
     * state of its financial report and what it spent (converted) — both null when there is no report yet.
     */
    public record Period(long id, String quarter, SubmissionState reportState, Money reported) {
    }

    /** Whether any of the grant's financial reports is approved (so that a grant financial report can be made). */
    public boolean anyApproved() {
        return periods.stream().anyMatch(p -> p.reportState() == SubmissionState.APPROVED);
    }

    /** Received less spent, in the grant's currency. */
    public Money cash() {
        return GrantFigures.cashPosition(received, spent);
    }

    /** A budget line; {@code resultId} and {@code resultCode} name the result it pays for, null when none. */
    public record Line(int position, String category, String description, String unit, BigDecimal quantity, Money unitCost,
                       Money amount, Long resultId, String resultCode) {
    }

    public record Share(String donorCode, String donorName, BigDecimal percent, Money amount) {
    }

    /** {@code conditionPeriod} is the quarter ("2026-Q1") whose report must be approved first, null when none. */
    public record TrancheRow(long id, LocalDate plannedOn, Money amount, String conditionPeriod, TrancheState state, long version) {
    }

    public record DisbursementRow(long id, long trancheId, LocalDate paidOn, Money amount, BigDecimal rateToGrant,
                                  Disbursement.RateSource rateSource, Money grantAmount) {
    }

    /** The budget version in force on {@code date}, as {@link Grant#versionInForce} says. */
    public Optional<Budget> budgetInForce(LocalDate date) {
        return budgets.stream().filter(b -> !b.effectiveFrom().isAfter(date)).reduce((earlier, later) -> later);
    }

    /** The latest budget's total. */
    public Money total() {
        return budgets.get(budgets.size() - 1).total();
    }

    /** A grant in a list. */
    public record Summary(long id, String reference, String programmeCode, String partnerCode, String partnerName,
                          LocalDate startsOn, LocalDate endsOn, Money total, GrantState state) {
    }
}
