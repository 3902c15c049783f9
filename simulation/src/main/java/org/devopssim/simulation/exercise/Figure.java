package org.devopssim.simulation.exercise;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers for people: up to three decimals, no trailing zeros ("99.5", "0.125", "40"). */
final class Figure {

    private Figure() {
    }

    static String of(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
