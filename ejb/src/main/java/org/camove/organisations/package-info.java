/** Organisations: lead agencies, local partners and donors. Organisation is the aggregate root. */
package org.camove.organisations;
