/**
 * The grant financial report (PDF and XLSX): a grant's budget against its approved spend by line and quarter,
 * variance and justifications, the rates the reports stored, tranches, disbursements and cash position. The rows
 * come already worded and computed; this package only lays them out.
 */
package org.camove.reports.grant;
