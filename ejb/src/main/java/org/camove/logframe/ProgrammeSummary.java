package org.camove.logframe;

import java.time.LocalDate;
import java.util.Locale;

/** A programme as listed for choosing one. */
public record ProgrammeSummary(String code, String name, LocalDate startDate, LocalDate endDate) {

    public static ProgrammeSummary of(Programme programme, Locale locale) {
        return new ProgrammeSummary(programme.getCode(), programme.getName().in(locale), programme.getStartDate(),
                programme.getEndDate());
    }
}
