package org.camove.grants;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camove.money.Money;

/**
 * One page of the grants list and how many grants the filter finds in all, so that a list pages in the database.
 * Each row has what a list shows at a glance: the latest budget's total, what was disbursed (in the grant's
 * currency, as recorded), the next planned tranche and the programme's next reporting due date.
 */
public record GrantListing(List<Row> rows, long count) {

    /** The columns the list sorts by, with the JPQL path of each. */
    static final Map<String, String> SORTS = Map.of("reference", "g.reference", "partner", "g.partner.code",
            "country", "g.partner.country", "currency", "g.currency", "state", "g.state", "startsOn", "g.startsOn",
            "endsOn", "g.endsOn", "programme", "g.programme.code");

    /** {@code nextTrancheOn}/{@code nextTranche} and {@code nextReportDue} are null when there is none. */
    public record Row(long id, String reference, String programmeCode, String partnerCode, String partnerName, String country,
                      String currency, LocalDate startsOn, LocalDate endsOn, Money total, GrantState state, Money disbursed,
                      LocalDate nextTrancheOn, Money nextTranche, LocalDate nextReportDue) {
    }
}
