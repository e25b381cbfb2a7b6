/**
 * Grants to partners and their funding. {@link org.camove.grants.Grant} is the aggregate root: its budget versions
 * (the first one edited in place while the grant is a draft, every later one an amendment with an effective date),
 * the donors' shares of it, its tranche schedule and the disbursements made against released tranches. Funding
 * agreements say what each donor gives the programme. Donors are organisations of kind DONOR.
 * {@link org.camove.grants.GrantAccess} is the one place that says who reaches a grant: a partner officer only their
 * own organisation's.
 */
package org.camove.grants;
