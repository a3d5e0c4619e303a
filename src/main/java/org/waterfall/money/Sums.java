package org.waterfall.money;

import java.math.BigDecimal;

/**
 * Sums and differences that do not allocate when one side is zero: most of a date's amounts are zero (retired
 * classes, no losses, no shortfalls), and the monthly loop adds them by the thousand. Each returns exactly what
 * {@link BigDecimal#add} or {@link BigDecimal#subtract} returns, value and scale: an operand is returned as it is only
 * when the other is a zero of no greater scale.
 */
public final class Sums {

    private Sums() {
    }

    /** {@code a + b}. */
    public static BigDecimal plus(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0 && b.scale() <= a.scale()) {
            return a;
        }
        if (a.signum() == 0 && a.scale() <= b.scale()) {
            return b;
        }
        return a.add(b);
    }

    /** {@code a - b}. */
    public static BigDecimal minus(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0 && b.scale() <= a.scale()) {
            return a;
        }
        return a.subtract(b);
    }
}
