package org.camove.organisations;

/** What an organisation is to camove's programmes. */
public enum OrganisationKind {
    /** An ACT member that runs a programme and sub-grants to partners. */
    LEAD_AGENCY,
    /** A local organisation that implements and reports. */
    PARTNER,
    /** A foundation, ACT member or government that funds and receives reports. */
    DONOR
}
