/**
 * The partners' financial reports: what a partner spent of each budget line of a grant in a reporting period, in
 * its own currency, converted into the grant's with the rates stored, reviewed by finance with the workflow of the
 * quarterly package ({@link org.camove.reporting.Submission}); its approval releases the tranches it conditions.
 * {@link org.camove.finance.FinancialReportAccess} keeps partners apart.
 */
package org.camove.finance;
