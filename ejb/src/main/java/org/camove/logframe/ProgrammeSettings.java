package org.camove.logframe;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A programme's settings as the settings page shows them: its logframe levels and its on-track
 * thresholds, each with the version that a save hands back.
 */
public record ProgrammeSettings(String programmeCode, String programmeName, long version, BigDecimal greenThreshold,
                                BigDecimal amberThreshold, List<Level> levels) implements Serializable {

    public ProgrammeSettings {
        levels = List.copyOf(levels);
    }

    /** One level (depth 1 at the top) and how many results are at it. */
    public record Level(int depth, long version, String nameEn, String nameRu, long results) implements Serializable {
    }
}
