package org.camove.logframe;

import java.time.LocalDate;

/** A programme as listed for choosing one. */
public record ProgrammeSummary(String code, String name, LocalDate startDate, LocalDate endDate) {
}
