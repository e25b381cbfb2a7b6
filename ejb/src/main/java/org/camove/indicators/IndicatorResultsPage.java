package org.camove.indicators;

import java.util.List;
import org.camove.shared.InvalidInput;

/**
 * What the page of one indicator's results shows in one request, read in one transaction: its description,
 * the partners the reader may filter by, and its figures for the filter, or, when the filter was refused, why.
 *
 * @param results null when the filter was refused
 * @param refused null unless the filter was refused
 */
public record IndicatorResultsPage(IndicatorDescription indicator, List<ProgrammePartner> partners,
                                   ProgrammeResults results, InvalidInput refused) {

    public IndicatorResultsPage {
        partners = List.copyOf(partners);
    }
}
