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
        return total(values, indexes, indexes == null ? values.length : indexes.length);
    }

    /** The sum of {@code values[0..count)}, as {@link #total(BigDecimal[], int[])} gives it. */
    public static BigDecimal total(BigDecimal[] values, int count) {
        return total(values, null, count);
    }

    private static BigDecimal total(BigDecimal[] values, int[] indexes, int n) {
        int scale = 0; // the widest scale of zero and the values: the sum's
        int nonzero = 0;
        BigDecimal last = null;
        BigDecimal widestZero = BigDecimal.ZERO;
        // the nonzero values' unscaled sum, in the same pass, while they share one scale (amounts at the cent, usually)
        int sumScale = Integer.MIN_VALUE;
        long sum = 0;
        boolean oneScale = true;
        for (int i = 0; i < n; i++) {
            BigDecimal v = values[indexes == null ? i : indexes[i]];
            int s = v.scale();
            scale = Math.max(scale, s);
            if (v.signum() == 0) {
                if (s > widestZero.scale()) {
                    widestZero = v;
                }
                continue;
            }
            nonzero++;
            last = v;
            if (oneScale) {
                long u = Exact128.unscaled(v);
                long next = sum + u;
                if (u == Exact128.NOT_A_LONG || (sumScale != Integer.MIN_VALUE && s != sumScale) || ((sum ^ next) & (u ^ next)) < 0) {
                    oneScale = false;
                } else {
                    sum = next;
                    sumScale = s;
                }
            }
        }
        if (nonzero == 0) {
            return widestZero;
        }
        if (nonzero == 1 && last.scale() == scale) {
            return last;
        }
        return oneScale && sumScale == scale ? BigDecimal.valueOf(sum, scale) : atScale(values, indexes, n, scale);
    }

    /** The sum of values of more than one scale, each brought to the widest as an unscaled long where it fits. */
    private static BigDecimal atScale(BigDecimal[] values, int[] indexes, int n, int scale) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal v = values[indexes == null ? i : indexes[i]];
            if (v.signum() == 0) {
                continue;
            }
            long u = atScale(v, scale);
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

    /**
     * {@code a - b - c} as {@link #minus} chained gives it, value and scale, formed as
     * {@link #minus(BigDecimal, BigDecimal, BigDecimal, BigDecimal)} forms a difference of four.
     */
    public static BigDecimal minus(BigDecimal a, BigDecimal b, BigDecimal c) {
        return difference(a, b, c, null);
    }

    /**
     * {@code a - b - c - d} as {@link #minus} chained gives it, value and scale (the widest scale of the four, or
     * {@code a} itself when the other three are zeros no wider than it). With two or three amounts to subtract it is
     * formed as one long sum of unscaled values where they fit, making one {@code BigDecimal} rather than one a
     * subtraction; with one, it is that subtraction.
     */
    public static BigDecimal minus(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
        return difference(a, b, c, d);
    }

    /** a - b - c, less d unless d is null (absent: not a zero, which could widen the scale). */
    private static BigDecimal difference(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
        if ((b.signum() != 0 ? 1 : 0) + (c.signum() != 0 ? 1 : 0) + (d != null && d.signum() != 0 ? 1 : 0) <= 1) {
            return chained(a, b, c, d); // a zero only rescales, if it is wider
        }
        int scale = Math.max(Math.max(a.scale(), b.scale()), Math.max(c.scale(), d == null ? a.scale() : d.scale()));
        long sum = atScale(a, scale);
        long lb = atScale(b, scale);
        long lc = atScale(c, scale);
        long ld = d == null ? 0 : atScale(d, scale);
        if (sum != Exact128.NOT_A_LONG && lb != Exact128.NOT_A_LONG && lc != Exact128.NOT_A_LONG && ld != Exact128.NOT_A_LONG) {
            try {
                return BigDecimal.valueOf(Math.subtractExact(Math.subtractExact(Math.subtractExact(sum, lb), lc), ld), scale);
            } catch (ArithmeticException pastALong) {
                // BigDecimal's own subtractions below
            }
        }
        return chained(a, b, c, d);
    }

    private static BigDecimal chained(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
        BigDecimal r = minus(minus(a, b), c);
        return d == null ? r : minus(r, d);
    }

    /** {@code v}'s unscaled value brought to {@code scale} (at least its own), or {@link Exact128#NOT_A_LONG} past a long. */
    private static long atScale(BigDecimal v, int scale) {
        if (v.signum() == 0) {
            return 0;
        }
        long u = Exact128.unscaled(v);
        int raise = scale - v.scale();
        return u == Exact128.NOT_A_LONG || raise == 0 ? u : raise < 19 ? Exact128.timesPowerOfTen(u, raise) : Exact128.NOT_A_LONG;
    }
}
