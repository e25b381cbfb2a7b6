/**
 * A partner's indicator values on the web: the values workbook's download ({@code /values-workbook.xlsx}) and
 * its upload (the include {@code WEB-INF/includes/values-workbook.xhtml}).
 */
package org.camove.web.values;
