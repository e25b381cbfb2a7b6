package org.camove.indicators;

import java.io.Serializable;
import org.camove.indicators.aggregation.Quarter;
import org.camove.shared.InvalidInput;

/**
 * What a reader asks to see of a programme's results, as the dashboard's filters, the IPTT and the API
 * take it: one country (ISO code, e.g. KG) or one partner (organisation code, e.g. KG-02) or, with
 * neither, the whole programme; a range of quarters, either end open (from the programme's start, to date);
 * and whether pending (submitted, not yet approved) values count. Official figures never include them.
 */
public record ResultsFilter(String country, String partner, Quarter from, Quarter to, boolean includePending)
        implements Serializable {

    public ResultsFilter {
        country = blankToNull(country);
        partner = blankToNull(partner);
    }

    /** The whole programme, from its start to date, approved values only. */
    public static ResultsFilter officialToDate() {
        return new ResultsFilter(null, null, null, null, false);
    }

    /** Quarters as written by readers, e.g. "2026-Q1"; blank means an open end. */
    public static ResultsFilter of(String country, String partner, String from, String to, boolean includePending) {
        return new ResultsFilter(country, partner, quarter("from", from), quarter("to", to), includePending);
    }

    public ResultsFilter forPartner(String partnerCode) {
        return new ResultsFilter(null, partnerCode, from, to, includePending);
    }

    private static Quarter quarter(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "results.filter.badQuarter", text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
