package org.camove.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlannedTranche", description = "A tranche to plan, in the grant's currency, with the grant's version read (or "
        + "If-Match); conditionPeriodId: the reporting period whose report must be approved before it is released, or null")
public record PlannedTrancheJson(Long version, LocalDate plannedOn, BigDecimal amount, Long conditionPeriodId) {
}
