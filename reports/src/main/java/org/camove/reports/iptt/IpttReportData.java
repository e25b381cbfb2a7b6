package org.camove.reports.iptt;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the IPTT prints.
 *
 * @param quarters      the report's quarters, oldest first, written like 2026-Q1; rows' per-quarter figures follow
 *                      this order
 * @param country       the country the figures are limited to, as the reader names it; null for all
 * @param partner       the partner organisation the figures are limited to, as the reader names it; null for all
 * @param includesPending true when pending (not yet approved) values count: the report is then not official
 */
public record IpttReportData(String programmeName, LocalDate generatedOn, Locale locale, List<String> quarters,
                             String country, String partner, boolean includesPending, List<IpttRow> rows) {

    public IpttReportData {
        Objects.requireNonNull(programmeName, "programmeName");
        Objects.requireNonNull(generatedOn, "generatedOn");
        Objects.requireNonNull(locale, "locale");
        quarters = List.copyOf(quarters);
        if (quarters.isEmpty()) {
            throw new IllegalArgumentException("An IPTT covers at least one quarter");
        }
        quarters.forEach(q -> {
            if (!q.matches("\\d{4}-Q[1-4]")) {
                throw new IllegalArgumentException("Not a quarter (e.g. 2026-Q1): " + q);
            }
        });
        rows = List.copyOf(rows);
    }
}
