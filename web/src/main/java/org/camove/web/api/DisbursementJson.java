package org.camove.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewDisbursement", description = "Money paid against a released tranche: date, amount and currency paid, and the "
        + "rate to the grant's currency from the bank's advice as text (e.g. \"0.01143500\"), or null for the month's rate from the table")
public record DisbursementJson(LocalDate paidOn, BigDecimal amount, String currency, String rate) {
}
