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

    /**
     * The sum of {@code values} (all of them when {@code indexes} is null, else those it names): what adding each to
     * {@code BigDecimal.ZERO} in turn with {@link #plus} gives, value and scale (the largest scale of zero and the
     * values). Added as unscaled longs at that scale when every value fits, so that a sum of n amounts makes one
     * {@code BigDecimal}, or none when at most one value is nonzero.
     */
    public static BigDecimal total(BigDecimal[] values, int[] indexes) {
        int n = indexes == null ? values.length : indexes.length;
        int scale = 0;
        int nonzero = 0;
        BigDecimal last = null;
        BigDecimal widestZero = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal v = values[indexes == null ? i : indexes[i]];
            scale = Math.max(scale, v.scale());
            if (v.signum() != 0) {
                nonzero++;
                last = v;
            } else if (v.scale() > widestZero.scale()) {
                widestZero = v;
            }
        }
        if (nonzero == 0) {
            return widestZero;
        }
        if (nonzero == 1 && last.scale() == scale) {
            return last;
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal v = values[indexes == null ? i : indexes[i]];
            if (v.signum() == 0) {
                continue;
            }
            long u = Exact128.unscaled(v);
            if (u != Exact128.NOT_A_LONG && v.scale() < scale) {
                u = scale - v.scale() < 19 ? Exact128.timesPowerOfTen(u, scale - v.scale()) : Exact128.NOT_A_LONG;
            }
            long next = sum + u;
            if (u == Exact128.NOT_A_LONG || ((sum ^ next) & (u ^ next)) < 0) {
                return chained(values, indexes, n); // past a long: BigDecimal's own additions
            }
            sum = next;
        }
        return BigDecimal.valueOf(sum, scale);
    }

    private static BigDecimal chained(BigDecimal[] values, int[] indexes, int n) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            s = plus(s, values[indexes == null ? i : indexes[i]]);
        }
        return s;
    }

    /** {@code a - b}. */
    public static BigDecimal minus(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0 && b.scale() <= a.scale()) {
            return a;
        }
        return a.subtract(b);
    }
}
