package org.camove.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camove.money.ExchangeRatePolicy;

/**
 * A new grant as a programme manager enters it, with its first budget. {@code currency} is an ISO 4217 code;
 * {@code varianceThreshold} in percent, null for the default (10).
 */
public record GrantDraft(String reference, long partnerId, String programmeCode, LocalDate startsOn, LocalDate endsOn,
                         String currency, BigDecimal total, ExchangeRatePolicy ratePolicy, BigDecimal varianceThreshold,
                         List<BudgetLineInput> lines) {
}
