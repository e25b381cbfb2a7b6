package org.camove.web.api;

import java.time.LocalDate;
import org.camove.logframe.ProgrammeSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Programme", description = "A programme, its name in the caller's language")
public record ProgrammeJson(@Schema(example = "CAOTM") String code, String name, LocalDate startDate, LocalDate endDate) {

    static ProgrammeJson from(ProgrammeSummary programme) {
        return new ProgrammeJson(programme.code(), programme.name(), programme.startDate(), programme.endDate());
    }
}
