package org.camove.reports.logframe;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the logframe PDF prints, in the order it prints it.
 *
 * @param programmeName printed in the title and the page footer, and used as the PDF's title
 * @param generatedOn   the date printed as "generated on"
 * @param locale        language of the labels and of the date; the rows are expected to be in it already
 * @param rows          the table, top to bottom; may be empty
 */
public record LogframeReportData(String programmeName, LocalDate generatedOn, Locale locale,
                                 List<LogframeReportRow> rows) {

    public LogframeReportData {
        Objects.requireNonNull(programmeName, "programmeName");
        Objects.requireNonNull(generatedOn, "generatedOn");
        Objects.requireNonNull(locale, "locale");
        rows = List.copyOf(rows);
    }
}
