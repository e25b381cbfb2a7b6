package org.camove.reporting;

import java.io.Serializable;
import java.util.Map;

/**
 * What a save did: how many values it changed, how many it kept as they were (sent again unchanged), and the
 * version of each value sent, by indicator id, to quote in the next save. A bulk import is answered with this
 * rather than with the whole sheet, which would be read again and sent back as large as the import itself.
 */
public record SavedValues(int changed, int unchanged, Map<Long, Long> versions) implements Serializable {

    public SavedValues {
        versions = Map.copyOf(versions);
    }
}
