/**
 * The IPTT (Indicator Performance Tracking Table), the report donors audit: logframe levels and indicators as rows;
 * baseline, life-of-programme target, per-quarter target and actual, total to date, % of target and status as
 * columns; disaggregated subtotals under the indicators. As PDF and as XLSX from the same template.
 */
package org.camove.reports.iptt;
