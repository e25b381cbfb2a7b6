package org.camove.security;

/** The roles of DOMAIN.md; their names are the role names used in web.xml and @RolesAllowed. */
public enum Role {
    ADMIN,
    PROGRAMME_MANAGER,
    FINANCE_REVIEWER,
    PARTNER_OFFICER,
    DONOR;

    /** Role names as constants, for annotations. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String PROGRAMME_MANAGER = "PROGRAMME_MANAGER";
        public static final String FINANCE_REVIEWER = "FINANCE_REVIEWER";
        public static final String PARTNER_OFFICER = "PARTNER_OFFICER";
        public static final String DONOR = "DONOR";

        private Names() {
        }
    }

    /** A partner officer and a donor act for exactly one organisation. */
    public boolean belongsToOneOrganisation() {
        return this == PARTNER_OFFICER || this == DONOR;
    }
}
