package org.camove.reporting;

import java.io.Serializable;
import java.util.List;

/**
 * The packages of a programme's partners over a range of periods, as programme managers follow them: one row per
 * partner, one cell per period (in the periods' order), and per period how many packages are in each state.
 */
public record PackageOverview(String programmeCode, String programmeName, List<Period> periods, List<Partner> partners)
        implements Serializable {

    public PackageOverview {
        periods = List.copyOf(periods);
        partners = List.copyOf(partners);
    }

    /** A period's column: its quarter, state and the number of packages in each {@link PackageState} (by ordinal). */
    public record Period(long id, String quarter, PeriodState state, List<Integer> counts) implements Serializable {

        public int count(String packageState) {
            return counts.get(PackageState.valueOf(packageState).ordinal());
        }
    }

    /** A partner's row: its packages' states, one per period. */
    public record Partner(long id, String code, String name, String country, List<PackageState> cells) implements Serializable {
    }
}
