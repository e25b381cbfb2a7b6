package org.camove.web.api;

import java.time.LocalDate;
import java.util.List;
import org.camove.grants.GrantListing;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GrantList", description = "One page of the grants the caller may see and how many the filter finds in all")
public record GrantListJson(long count, List<Row> grants) {

    @Schema(name = "GrantListRow", description = "nextTranche and nextReportDue are null when there is none")
    public record Row(long id, String reference, String programmeCode, String partnerCode, String partnerName, String country,
                      String currency, LocalDate startsOn, LocalDate endsOn, MoneyJson total, String state, MoneyJson disbursed,
                      LocalDate nextTrancheOn, MoneyJson nextTranche, LocalDate nextReportDue) {
    }

    static GrantListJson from(GrantListing listing) {
        return new GrantListJson(listing.count(), listing.rows().stream().map(r -> new Row(r.id(), r.reference(), r.programmeCode(),
                r.partnerCode(), r.partnerName(), r.country(), r.currency(), r.startsOn(), r.endsOn(), MoneyJson.from(r.total()),
                r.state().name(), MoneyJson.from(r.disbursed()), r.nextTrancheOn(), MoneyJson.from(r.nextTranche()),
                r.nextReportDue())).toList());
    }
}
