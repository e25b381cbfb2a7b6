package org.camove.grants;

import java.io.Serializable;

/** A partner or donor of a programme as a grant form offers it: its id, code and name in the reader's language. */
public record Participant(long id, String code, String name) implements Serializable {
}
