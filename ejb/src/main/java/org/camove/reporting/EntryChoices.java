package org.camove.reporting;

import java.io.Serializable;
import java.util.List;

/**
 * What the entry page offers to choose from: the reporting periods the caller may read values of (open and
 * locked, latest first) and the partners of the chosen period's programme they may enter for (a partner
 * officer only their own organisation).
 */
public record EntryChoices(List<Period> periods, List<Partner> partners) implements Serializable {

    public EntryChoices {
        periods = List.copyOf(periods);
        partners = List.copyOf(partners);
    }

    public record Period(long id, String programmeCode, String quarter, PeriodState state) implements Serializable {
    }

    public record Partner(long id, String code, String name) implements Serializable {
    }
}
