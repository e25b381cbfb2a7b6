/** The IPTT downloads (PDF and XLSX) and the links to them that carry the logframe page's filters. */
package org.camove.web.iptt;
