/**
 * The logframe PDF: a programme's results chain (goal, outcomes, outputs, activities) with its indicators,
 * baselines and targets.
 */
package org.camove.reports.logframe;
