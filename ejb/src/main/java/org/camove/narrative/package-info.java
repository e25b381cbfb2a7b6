/**
 * The narrative activity report and the evidence files of a partner's quarterly package. A
 * {@link org.camove.narrative.NarrativeReport} (one per partner and period) is the aggregate root of its activity
 * lines and stories of change, saved whole by {@link org.camove.narrative.NarrativeReports} from a
 * {@link org.camove.narrative.NarrativeDraft} whose rich texts {@link org.camove.narrative.NarrativeText}
 * sanitises; {@link org.camove.narrative.EvidenceFiles} attaches files typed by their content
 * ({@link org.camove.narrative.EvidenceTypes}) and keeps them outside the web root. Who reaches a package, and
 * whether it may still change, is {@link org.camove.reporting.PackageAccess}'s to say.
 */
package org.camove.narrative;
