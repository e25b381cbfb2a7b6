package org.camove.indicators;

import java.io.Serializable;
import org.camove.shared.LocalizedText;

/** A partner organisation taking part in a programme, as filters and reports name it. */
public record ProgrammePartner(long id, String code, LocalizedText name, String country) implements Serializable {
}
