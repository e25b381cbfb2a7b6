package org.camove.reports.grant;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the grant financial report prints, in the order it prints it.
 *
 * @param grantReference printed as the title, and the document's title
 * @param upTo           the quarter the report runs to, e.g. {@code 2025-Q4}
 * @param generatedOn    the date printed as "generated on"
 * @param locale         language of the labels and of the numbers; the rows are expected to be in it already
 * @param rows           top to bottom
 */
public record GrantFinancialReportData(String grantReference, String upTo, LocalDate generatedOn, Locale locale,
                                       List<GrantFinancialRow> rows) {

    public GrantFinancialReportData {
        Objects.requireNonNull(grantReference, "grantReference");
        Objects.requireNonNull(upTo, "upTo");
        Objects.requireNonNull(generatedOn, "generatedOn");
        Objects.requireNonNull(locale, "locale");
        rows = List.copyOf(rows);
    }
}
