/**
 * The reporting pages: a programme's quarters, their windows and states, for those who run the calendar; and
 * the entry of a partner's indicator values for a period, with each value's history.
 */
package org.camove.web.reporting;
