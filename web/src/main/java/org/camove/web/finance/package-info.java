/** The partners' financial reports: the report page (financial-report.xhtml) and the finance review queue (finance-review.xhtml). */
package org.camove.web.finance;
