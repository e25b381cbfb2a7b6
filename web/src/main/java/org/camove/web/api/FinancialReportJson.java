package org.camove.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camove.finance.FinancialReportView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FinancialReport", description = "A partner's financial report of one grant for one quarter with every figure: "
        + "per budget line what was spent (as spent, in currency) and, in the grant's currency, budget, budget to date, this "
        + "quarter, to date, variance, remaining and burn rate; the totals; the rates used as they were stored; the cash "
        + "position (disbursed up to the quarter's end less spent to date); state (null when not started), the version a "
        + "change quotes (also the ETag), every move and the comment thread")
public record FinancialReportJson(long grantId, String grantReference, long partnerId, String partnerCode, String partnerName,
                                  long periodId, String quarter, String periodState, String state, long version, String currency,
                                  String grantCurrency, BigDecimal varianceThreshold, boolean editable, List<Line> lines,
                                  Figures total, AmountJson received, AmountJson cashPosition, List<Rate> rates,
                                  List<Tranche> tranches, String submittedBy, Instant submittedAt, String approvedBy,
                                  Instant approvedAt, List<SubmissionJson.Move> transitions, List<SubmissionJson.Comment> comments) {

    @Schema(name = "FinancialReportFigures", description = "variancePercent is null when nothing was budgeted to date")
    public record Figures(AmountJson budget, AmountJson budgetToDate, AmountJson thisQuarter, AmountJson cumulative,
                          AmountJson variance, BigDecimal variancePercent, boolean justificationRequired, AmountJson remaining,
                          AmountJson burnRate) {

        static Figures of(FinancialReportView.Figures f) {
            return new Figures(AmountJson.of(f.budget()), AmountJson.of(f.budgetToDate()), AmountJson.of(f.thisQuarter()),
                    AmountJson.of(f.cumulative()), AmountJson.of(f.variance()), Decimals.plain(f.variancePercent()),
                    f.justificationRequired(), AmountJson.of(f.remaining()), AmountJson.of(f.burnRate()));
        }
    }

    @Schema(name = "FinancialReportLine", description = "One budget line of the version in force; spent is null when nothing was entered")
    public record Line(long budgetLineId, int position, String category, String description, AmountJson spent, String note,
                       String justification, Figures figures) {
    }

    @Schema(name = "FinancialReportRate", description = "A rate a line was converted at, as stored with the report: its basis "
            + "(a disbursement or the monthly table), where it came from, and what was converted at it")
    public record Rate(int position, String basis, String reference, BigDecimal rate, AmountJson original, AmountJson converted) {
    }

    @Schema(name = "FinancialReportTranche", description = "A tranche whose release condition is this report's approval")
    public record Tranche(LocalDate plannedOn, AmountJson amount, String state) {
    }

    static FinancialReportJson from(FinancialReportView v) {
        var history = v.history();
        return new FinancialReportJson(v.grantId(), v.grantReference(), v.partnerId(), v.partnerCode(), v.partnerName(), v.periodId(),
                v.quarter(), v.periodState().name(), v.state() == null ? null : v.state().name(), v.version(), v.currency(),
                v.grantCurrency(), Decimals.plain(v.threshold()), v.editable(),
                v.lines().stream().map(l -> new Line(l.budgetLineId(), l.position(), l.category(), l.description(),
                        AmountJson.of(l.spent()), l.note(), l.justification(), Figures.of(l.figures()))).toList(),
                Figures.of(v.total()), AmountJson.of(v.received()), AmountJson.of(v.cashPosition()),
                v.rates().stream().map(r -> new Rate(r.position(), r.basis(), r.reference(), Decimals.plain(r.rate()),
                        AmountJson.of(r.original()), AmountJson.of(r.converted()))).toList(),
                v.tranches().stream().map(t -> new Tranche(t.plannedOn(), AmountJson.of(t.amount()), t.state().name())).toList(),
                history.submittedBy(), v.submittedAt(), history.approvedBy(), v.approvedAt(),
                SubmissionJson.moves(history.moves()), SubmissionJson.comments(history.comments()));
    }
}
