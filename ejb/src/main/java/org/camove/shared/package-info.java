/** Building blocks every feature uses: multilingual text, configuration and the database schema's life cycle. */
package org.camove.shared;
