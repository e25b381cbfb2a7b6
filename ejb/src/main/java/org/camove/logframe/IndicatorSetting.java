package org.camove.logframe;

import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.camove.indicators.aggregation.PeriodRange;
import org.camove.organisations.Organisation;

/**
 * What an indicator's definition is checked against beyond itself: the programme's quarters and partners
 * (by code), the disaggregation categories there are (by code), the codes its sibling indicators use, how
 * many values were reported for it, and how many of those break down by a given category.
 */
record IndicatorSetting(PeriodRange quarters, Map<String, Organisation> partners,
                        Map<String, DisaggregationCategory> categories, Set<String> siblingCodes, long values,
                        ToLongFunction<String> valuesBrokenDownBy) {
}
