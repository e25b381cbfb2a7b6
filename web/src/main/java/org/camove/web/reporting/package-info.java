/** The reporting periods page: a programme's quarters, their windows and states, for those who run the calendar. */
package org.camove.web.reporting;
