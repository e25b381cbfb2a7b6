/**
 * Indicators' figures: reported values read from the database and turned into results (actual per
 * quarter, total to date, % of target, status) by the aggregation engine in {@code aggregation}.
 * Results are kept between requests ({@link org.camove.indicators.ResultsCache}) under each indicator's
 * version and values revision; whatever writes reported values raises that revision in the same
 * transaction through {@link org.camove.indicators.ReportedValueChanges}.
 */
package org.camove.indicators;
