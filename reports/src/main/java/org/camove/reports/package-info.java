/**
 * Renders camove's printable documents (PDF through JasperReports) from plain row data that other modules assemble.
 */
package org.camove.reports;
