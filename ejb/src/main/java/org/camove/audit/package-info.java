/** The audit trail: who moved what from which state to which, when and why. */
package org.camove.audit;
