package org.camove.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camove.grants.GrantView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Grant", description = "A grant to a partner: its terms, state and version (also the ETag) to quote when editing, "
        + "every budget version with its lines (the history; the latest last), the donors' shares, the tranches, the "
        + "disbursements, the cash received and what its approved financial reports spent (as they stored it).")
public record GrantJson(long id, String reference, String partnerCode, String partnerName, String programmeCode,
                        LocalDate startsOn, LocalDate endsOn, String currency, String ratePolicy, BigDecimal varianceThreshold,
                        String state, long version, MoneyJson total, MoneyJson received, MoneyJson spent, List<Budget> budgets,
                        List<Share> shares, List<Tranche> tranches, List<Disbursement> disbursements) {

    @Schema(name = "BudgetVersion")
    public record Budget(int number, LocalDate effectiveFrom, String reason, MoneyJson total, String changedBy, Instant changedAt,
                         List<Line> lines) {
    }

    @Schema(name = "BudgetLine", description = "resultId and resultCode: the result of the programme the line pays for, null when none")
    public record Line(int position, String category, String description, String unit, BigDecimal quantity, MoneyJson unitCost,
                       MoneyJson amount, Long resultId, String resultCode) {
    }

    @Schema(name = "GrantShare")
    public record Share(String donorCode, String donorName, BigDecimal percent, MoneyJson amount) {
    }

    @Schema(name = "Tranche", description = "conditionPeriod: the quarter whose report must be approved first, null when none")
    public record Tranche(long id, LocalDate plannedOn, MoneyJson amount, String conditionPeriod, String state, long version) {
    }

    @Schema(name = "Disbursement", description = "Paid in its own currency; rateToGrant converted it into the grant's")
    public record Disbursement(long id, long trancheId, LocalDate paidOn, MoneyJson amount, BigDecimal rateToGrant, String rateSource,
                               MoneyJson grantAmount) {
    }

    static GrantJson from(GrantView grant) {
        return new GrantJson(grant.id(), grant.reference(), grant.partnerCode(), grant.partnerName(), grant.programmeCode(),
                grant.startsOn(), grant.endsOn(), grant.currency(), grant.ratePolicy().name(), grant.varianceThreshold(),
                grant.state().name(), grant.version(), MoneyJson.from(grant.total()), MoneyJson.from(grant.received()), MoneyJson.from(grant.spent()),
                grant.budgets().stream().map(b -> new Budget(b.number(), b.effectiveFrom(), b.reason(), MoneyJson.from(b.total()),
                        b.changedBy(), b.changedAt(), b.lines().stream().map(l -> new Line(l.position(), l.category(), l.description(),
                        l.unit(), Decimals.plain(l.quantity()), MoneyJson.from(l.unitCost()), MoneyJson.from(l.amount()), l.resultId(),
                        l.resultCode())).toList())).toList(),
                grant.shares().stream().map(s -> new Share(s.donorCode(), s.donorName(), Decimals.plain(s.percent()),
                        MoneyJson.from(s.amount()))).toList(),
                grant.tranches().stream().map(t -> new Tranche(t.id(), t.plannedOn(), MoneyJson.from(t.amount()), t.conditionPeriod(),
                        t.state().name(), t.version())).toList(),
                grant.disbursements().stream().map(d -> new Disbursement(d.id(), d.trancheId(), d.paidOn(), MoneyJson.from(d.amount()),
                        Decimals.plain(d.rateToGrant()), d.rateSource().name(), MoneyJson.from(d.grantAmount()))).toList());
    }
}
