package org.camove.logframe;

import java.io.Serializable;

/** A result offered as a choice, e.g. a new parent to move a result under; the statement is in the reader's language. */
public record ResultChoice(long id, String code, String statement) implements Serializable {
}
