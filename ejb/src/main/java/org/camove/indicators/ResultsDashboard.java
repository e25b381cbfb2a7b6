package org.camove.indicators;

import java.util.List;
import org.camove.logframe.LogframeView;
import org.camove.logframe.ProgrammeSummary;
import org.camove.shared.InvalidInput;

/**
 * What the results dashboard shows in one request, read in one transaction: the programmes to choose from,
 * the chosen programme's logframe (null when there is none), the partners the reader may filter by, and
 * the figures for the filter, or, when the filter was refused, why (the logframe is shown all the same).
 *
 * @param results null when no filter was given or it was refused
 * @param refused null unless the filter was refused
 */
public record ResultsDashboard(List<ProgrammeSummary> programmes, LogframeView logframe, List<ProgrammePartner> partners,
                               ProgrammeResults results, InvalidInput refused) {

    public ResultsDashboard {
        programmes = List.copyOf(programmes);
        partners = List.copyOf(partners);
    }
}
