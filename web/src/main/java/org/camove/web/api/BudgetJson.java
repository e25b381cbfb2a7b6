package org.camove.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Budget", description = "A grant's new budget and the grant's version it was written against (or If-Match). A "
        + "draft's budget is replaced; an active grant's is amended: a new version from effectiveFrom, with the reason for it")
public record BudgetJson(Long version, LocalDate effectiveFrom, String reason, BigDecimal total, List<BudgetLineJson> lines) {
}
