/**
 * The narrative report page of a partner's package ({@code narrative-report.xhtml}), its read-only include for
 * reviewers ({@code WEB-INF/includes/narrative-readonly.xhtml}) and the download of evidence files.
 */
package org.camove.web.narrative;
