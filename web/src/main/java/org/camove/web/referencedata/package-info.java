/** The administrator's reference data page: the disaggregation categories and their options. */
package org.camove.web.referencedata;
