/** Pages of grants and their money: for now the read-only grants list. */
package org.camove.web.grants;
