/**
 * The results dashboard: the filters (country, partner, period range, pending values) that the logframe
 * page, an indicator's results page and the IPTT download share through the URL, an indicator's chart of
 * target against actual by quarter, and the drill-down into its disaggregation.
 */
package org.camove.web.results;
