package org.camove.grants;

import java.math.BigDecimal;

/** One donor's share of a grant as entered: the donor organisation and its percentage. */
public record ShareInput(long donorId, BigDecimal percent) {
}
