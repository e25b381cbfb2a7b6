package org.camove.indicators;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camove.indicators.aggregation.IndicatorResult;
import org.camove.indicators.aggregation.PeriodRange;

/**
 * A programme's results as one filter asked for them: the quarters and partners they cover (all the
 * programme's partners when the filter named none) and each indicator's result by indicator id (readers
 * order them by the logframe tree).
 */
public record ProgrammeResults(String programmeCode, ResultsFilter filter, PeriodRange periods,
                               List<ProgrammePartner> partners, Map<Long, IndicatorResult> byIndicator) {

    public ProgrammeResults {
        partners = List.copyOf(partners);
        byIndicator = Collections.unmodifiableMap(new LinkedHashMap<>(byIndicator));
    }

    public IndicatorResult of(long indicatorId) {
        return byIndicator.get(indicatorId);
    }
}
