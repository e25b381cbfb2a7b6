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
                                  Figures total, MoneyJson received, MoneyJson cashPosition, List<Rate> rates,
                                  List<Tranche> tranches, String submittedBy, Instant submittedAt, String approvedBy,
                                  Instant approvedAt, List<SubmissionJson.Move> transitions, List<SubmissionJson.Comment> comments) {

    @Schema(name = "FinancialReportFigures", description = "variancePercent is null when nothing was budgeted to date")
    public record Figures(MoneyJson budget, MoneyJson budgetToDate, MoneyJson thisQuarter, MoneyJson cumulative,
                          MoneyJson variance, BigDecimal variancePercent, boolean justificationRequired, MoneyJson remaining,
                          MoneyJson burnRate) {

        static Figures of(FinancialReportView.Figures f) {
            return new Figures(MoneyJson.from(f.budget()), MoneyJson.from(f.budgetToDate()), MoneyJson.from(f.thisQuarter()),
                    MoneyJson.from(f.cumulative()), MoneyJson.from(f.variance()), Decimals.plain(f.variancePercent()),
                    f.justificationRequired(), MoneyJson.from(f.remaining()), MoneyJson.from(f.burnRate()));
        }
    }

    @Schema(name = "FinancialReportLine", description = "One budget line of the version in force; spent is null when nothing was entered")
    public record Line(long budgetLineId, int position, String category, String description, MoneyJson spent, String note,
                       String justification, Figures figures) {
    }

    @Schema(name = "FinancialReportRate", description = "A rate a line was converted at, as stored with the report: its basis "
            + "(a disbursement or the monthly table), where it came from, and what was converted at it")
    public record Rate(int position, String basis, String reference, BigDecimal rate, MoneyJson original, MoneyJson converted) {
    }

    @Schema(name = "FinancialReportTranche", description = "A tranche whose release condition is this report's approval")
    public record Tranche(LocalDate plannedOn, MoneyJson amount, String state) {
    }

    static FinancialReportJson from(FinancialReportView v) {
        var history = v.history();
        return new FinancialReportJson(v.grantId(), v.grantReference(), v.partnerId(), v.partnerCode(), v.partnerName(), v.periodId(),
                v.quarter(), v.periodState().name(), v.state() == null ? null : v.state().name(), v.version(), v.currency(),
                v.grantCurrency(), Decimals.plain(v.threshold()), v.editable(),
                v.lines().stream().map(l -> new Line(l.budgetLineId(), l.position(), l.category(), l.description(),
                        MoneyJson.from(l.spent()), l.note(), l.justification(), Figures.of(l.figures()))).toList(),
                Figures.of(v.total()), MoneyJson.from(v.received()), MoneyJson.from(v.cashPosition()),
                v.rates().stream().map(r -> new Rate(r.position(), r.basis(), r.reference(), Decimals.plain(r.rate()),
                        MoneyJson.from(r.original()), MoneyJson.from(r.converted()))).toList(),
                v.tranches().stream().map(t -> new Tranche(t.plannedOn(), MoneyJson.from(t.amount()), t.state().name())).toList(),
                history.submittedBy(), v.submittedAt(), history.approvedBy(), v.approvedAt(),
                SubmissionJson.moves(history.moves()), SubmissionJson.comments(history.comments()));
    }
}
