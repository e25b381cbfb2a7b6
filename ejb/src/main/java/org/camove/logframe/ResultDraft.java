package org.camove.logframe;

import java.io.Serializable;

/** A result as its edit form shows it, with the version the manager saw, to be handed back on save. */
public record ResultDraft(long id, long version, String code, int depth, ResultText text) implements Serializable {
}
