package org.camove.web.api;

import java.util.List;
import org.camove.finance.ExpenditureInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Expenditure", description = "What was spent in the quarter, in one currency (the partner's local one): the "
        + "version read (or send it as If-Match; 0 for a report not started) and one entry per budget line; amounts are "
        + "text as typed (\"12 500,50\" is accepted), a line left out or blank is nothing spent")
public record ExpenditureJson(Long version, String currency, List<Line> lines) {

    @Schema(name = "ExpenditureLine")
    public record Line(long budgetLineId, String amount, String note, String justification) {
    }

    List<ExpenditureInput> inputs() {
        return lines == null ? List.of() : lines.stream()
                .map(l -> new ExpenditureInput(l.budgetLineId(), l.amount(), l.note(), l.justification())).toList();
    }
}
