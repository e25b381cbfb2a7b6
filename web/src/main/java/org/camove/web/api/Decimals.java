package org.camove.web.api;

import java.math.BigDecimal;

/**
 * Figures go out exactly as computed, as JSON numbers, without the padding of the database's four stored
 * decimals ({@code 12.5000} becomes {@code 12.5}) and never in exponent form ({@code 1E+2}).
 */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
