/**
 * Indicators' figures: reported values read from the database and turned into results (actual per
 * quarter, total to date, % of target, status) by the aggregation engine in {@code aggregation}.
 */
package org.camove.indicators;
