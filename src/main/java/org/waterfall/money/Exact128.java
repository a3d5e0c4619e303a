package org.waterfall.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A product of two amounts (or of an amount and a ratio), rounded once, and the same product divided by a third amount,
 * rounded once: the figures {@code a.multiply(b).setScale(scale, mode)} and {@code a.multiply(b).divide(c, scale, mode)}
 * give, value and scale, computed without the {@code BigInteger} those expressions build when the product no longer
 * fits in 64 bits.
 *
 * <p>When each operand's unscaled value fits in a {@code long} (below 2^63 in magnitude) the product is formed exactly as a
 * 128-bit integer ({@link Math#multiplyHigh}) and divided by the power of ten or the divisor with one 128-by-64-bit long
 * division; the remainder decides the rounding exactly as {@link RoundingMode} defines it. Anything else (a wider
 * operand, a quotient past 63 bits, a scale that would need the product multiplied up by more than fits) is left to
 * {@code BigDecimal} itself. Nothing here approximates: the two routes give the same {@code BigDecimal}, which
 * {@code Exact128Test} checks over millions of operands at every rounding mode.
 */
public final class Exact128 {

    private static final long[] TEN_POWERS = new long[19];

    static {
        TEN_POWERS[0] = 1;
        for (int i = 1; i < TEN_POWERS.length; i++) {
            TEN_POWERS[i] = TEN_POWERS[i - 1] * 10;
        }
    }

    private Exact128() {
    }

    /** {@code a x b} rounded once to {@code scale} by {@code mode}: {@code a.multiply(b).setScale(scale, mode)}. */
    public static BigDecimal multiply(BigDecimal a, BigDecimal b, int scale, RoundingMode mode) {
        int drop = a.scale() + b.scale() - scale;
        if (drop >= 0 && drop < TEN_POWERS.length) {
            long x = unscaled(a);
            long y = unscaled(b);
            if (x != NOT_A_LONG && y != NOT_A_LONG) {
                BigDecimal r = quotient(x, y, TEN_POWERS[drop], scale, mode);
                if (r != null) {
                    return r;
                }
            }
        }
        return a.multiply(b).setScale(scale, mode);
    }

    /**
     * {@code a x b / c} rounded once to {@code scale} by {@code mode}: {@code a.multiply(b).divide(c, scale, mode)}.
     *
     * @throws ArithmeticException if {@code c} is zero (as {@code BigDecimal} throws)
     */
    public static BigDecimal multiplyDivide(BigDecimal a, BigDecimal b, BigDecimal c, int scale, RoundingMode mode) {
        // a x b / c at scale s is the integer (xa * xb * 10^raise) / xc rounded, raise = s + scale(c) - scale(a) - scale(b)
        int raise = scale + c.scale() - a.scale() - b.scale();
        long x;
        long y;
        long d;
        if (c.signum() != 0 && raise > -TEN_POWERS.length && raise < TEN_POWERS.length && (x = unscaled(a)) != NOT_A_LONG
                && (y = unscaled(b)) != NOT_A_LONG && (d = unscaled(c)) != NOT_A_LONG) {
            if (raise > 0) {
                // the power of ten goes to whichever factor it fits in (a ratio's dividend is often a x 1)
                long raisedX = timesPowerOfTen(x, raise);
                if (raisedX != NOT_A_LONG) {
                    x = raisedX;
                } else {
                    y = timesPowerOfTen(y, raise);
                }
            } else if (raise < 0) {
                d = timesPowerOfTen(d, -raise);
            }
            if (y != NOT_A_LONG && d != NOT_A_LONG) {
                if (d < 0) {
                    d = -d;
                    y = -y;
                }
                BigDecimal r = quotient(x, y, d, scale, mode);
                if (r != null) {
                    return r;
                }
            }
        }
        return a.multiply(b).divide(c, scale, mode);
    }

    /**
     * {@code a1 x b1 + a2 x b2} rounded once to {@code scale} by {@code mode}:
     * {@code a1.multiply(b1).add(a2.multiply(b2)).setScale(scale, mode)}. The 128-bit route takes non-negative operands
     * whose unscaled values fit in a long, the first factor of the product at the smaller scale still fitting when
     * brought to the other's (a senior percentage times a month's scheduled principal plus the prepayment percentage
     * times its prepayments).
     */
    public static BigDecimal sumOfProducts(BigDecimal a1, BigDecimal b1, BigDecimal a2, BigDecimal b2, int scale, RoundingMode mode) {
        int s1 = a1.scale() + b1.scale();
        int s2 = a2.scale() + b2.scale();
        int common = Math.max(s1, s2);
        int drop = common - scale;
        if (drop >= 0 && drop < TEN_POWERS.length && common - Math.min(s1, s2) < TEN_POWERS.length && a1.signum() >= 0
                && b1.signum() >= 0 && a2.signum() >= 0 && b2.signum() >= 0) {
            // the product at the smaller scale is brought to the other's by its first factor, where that fits a long
            long x1 = raisedUnscaled(a1, common - s1);
            long y1 = unscaled(b1);
            long x2 = raisedUnscaled(a2, common - s2);
            long y2 = unscaled(b2);
            if (x1 != NOT_A_LONG && y1 != NOT_A_LONG && x2 != NOT_A_LONG && y2 != NOT_A_LONG) {
                // each product below 2^126, their sum below 2^127: an unsigned (hi, lo) with hi non-negative
                long lo1 = x1 * y1;
                long sumLo = lo1 + x2 * y2;
                long sumHi = Math.multiplyHigh(x1, y1) + Math.multiplyHigh(x2, y2) + (Long.compareUnsigned(sumLo, lo1) < 0 ? 1 : 0);
                long q = roundedQuotient(sumHi, sumLo, TEN_POWERS[drop], mode);
                if (q >= 0) {
                    return BigDecimal.valueOf(q, scale);
                }
            }
        }
        return a1.multiply(b1).add(a2.multiply(b2)).setScale(scale, mode);
    }

    /**
     * {@code a[0] x b[0] + ... + a[n-1] x b[n-1]}, exact: what adding each product in turn to {@code BigDecimal.ZERO}
     * gives, value and scale (the widest of zero and the products' scales). Summed as one 128-bit integer when the
     * operands are non-negative, their unscaled values fit in a long (the first factor of a product at a smaller scale
     * still fitting when brought to the widest) and the sum stays below 2^63, making one {@code BigDecimal} rather than
     * two a product; anything else is {@code BigDecimal}'s own arithmetic.
     */
    public static BigDecimal sumOfProducts(BigDecimal[] a, BigDecimal[] b, int n) {
        int common = 0;
        for (int i = 0; i < n; i++) {
            common = Math.max(common, a[i].scale() + b[i].scale());
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int raise = common - a[i].scale() - b[i].scale();
            long x = raise < TEN_POWERS.length && a[i].signum() >= 0 && b[i].signum() >= 0 ? raisedUnscaled(a[i], raise) : NOT_A_LONG;
            long y = unscaled(b[i]);
            long product = x * y;
            if (x == NOT_A_LONG || y == NOT_A_LONG || Math.multiplyHigh(x, y) != 0 || product < 0 || sum + product < 0) {
                return chainedProducts(a, b, n);
            }
            sum += product;
        }
        return BigDecimal.valueOf(sum, common);
    }

    private static BigDecimal chainedProducts(BigDecimal[] a, BigDecimal[] b, int n) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            sum = sum.add(a[i].multiply(b[i]));
        }
        return sum;
    }

    /**
     * The sign of {@code a x b - c x d}: {@code a.multiply(b).compareTo(c.multiply(d))}, a threshold test by
     * cross-multiplication. The 128-bit route takes non-negative operands whose unscaled values fit in a long, the first
     * factor of the product at the smaller scale still fitting when brought to the other's; anything else is compared
     * by {@code BigDecimal}.
     */
    public static int compareProducts(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
        int s1 = a.scale() + b.scale();
        int s2 = c.scale() + d.scale();
        int common = Math.max(s1, s2);
        if (common - Math.min(s1, s2) < TEN_POWERS.length && a.signum() >= 0 && b.signum() >= 0 && c.signum() >= 0 && d.signum() >= 0) {
            long x1 = raisedUnscaled(a, common - s1);
            long y1 = unscaled(b);
            long x2 = raisedUnscaled(c, common - s2);
            long y2 = unscaled(d);
            if (x1 != NOT_A_LONG && y1 != NOT_A_LONG && x2 != NOT_A_LONG && y2 != NOT_A_LONG) {
                long hi1 = Math.multiplyHigh(x1, y1);
                long hi2 = Math.multiplyHigh(x2, y2);
                return hi1 != hi2 ? Long.compare(hi1, hi2) : Long.compareUnsigned(x1 * y1, x2 * y2);
            }
        }
        return a.multiply(b).compareTo(c.multiply(d));
    }

    /** {@code v}'s unscaled value times {@code 10^n} (n from 0 to 18), or {@link #NOT_A_LONG} when it does not fit in a long. */
    private static long raisedUnscaled(BigDecimal v, int n) {
        long u = unscaled(v);
        return n == 0 || u == NOT_A_LONG ? u : timesPowerOfTen(u, n);
    }

    /** {@code v x 10^n}, or {@link #NOT_A_LONG} when it does not fit in a long. */
    static long timesPowerOfTen(long v, int n) {
        long hi = Math.multiplyHigh(v, TEN_POWERS[n]);
        long lo = v * TEN_POWERS[n];
        return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0 && lo != NOT_A_LONG) ? lo : NOT_A_LONG;
    }

    /**
     * {@code a / c} rounded once to {@code scale} by {@code mode}: {@code a.divide(c, scale, mode)}.
     *
     * @throws ArithmeticException if {@code c} is zero
     */
    public static BigDecimal divide(BigDecimal a, BigDecimal c, int scale, RoundingMode mode) {
        return multiplyDivide(a, BigDecimal.ONE, c, scale, mode);
    }

    /** What {@link #unscaled} gives for a value whose unscaled digits do not fit in a long, and a quotient past 63 bits. */
    public static final long NOT_A_LONG = Long.MIN_VALUE;

    /**
     * A value's unscaled digits as a long, or {@link #NOT_A_LONG} when they need more than 63 bits (or are -2^63). Up to
     * 18 digits always fit; 19 digits fit below 2^63, which a comparison with the low 64 bits checks.
     */
    static long unscaled(BigDecimal v) {
        int digits = v.precision();
        if (digits <= 18) {
            // two branches, not movePointRight(0) returning the value itself: a result that may be either a new value or
            // an old one is one the JIT's escape analysis cannot drop, and this one is dropped when the branches stay apart
            return v.scale() == 0 ? v.longValue() : v.movePointRight(v.scale()).longValue();
        }
        return digits == 19 ? unscaled19(v) : NOT_A_LONG;
    }

    private static long unscaled19(BigDecimal v) {
        BigDecimal integer = v.scale() == 0 ? v : v.movePointRight(v.scale());
        long value = integer.longValue(); // the low 64 bits: the value itself when it fits
        return value != NOT_A_LONG && (value < 0) == (integer.signum() < 0) && BigDecimal.valueOf(value).compareTo(integer) == 0
                ? value : NOT_A_LONG;
    }

    /**
     * {@code x * y / d} rounded to an integer by {@code mode}, as a {@code BigDecimal} of {@code scale}; null when the
     * quotient needs more than 63 bits. {@code d} is positive.
     */
    private static BigDecimal quotient(long x, long y, long d, int scale, RoundingMode mode) {
        long q = multiplyDivide(x, y, d, mode);
        return q == NOT_A_LONG ? null : BigDecimal.valueOf(q, scale);
    }

    /**
     * {@code x * y / d} rounded to an integer by {@code mode}, for unscaled values held as longs (the integer this class
     * forms for {@link #multiplyDivide(BigDecimal, BigDecimal, BigDecimal, int, RoundingMode)}); {@link #NOT_A_LONG} when
     * the quotient needs more than 63 bits. {@code x} and {@code y} are not -2^63, {@code d} is positive.
     */
    public static long multiplyDivide(long x, long y, long d, RoundingMode mode) {
        boolean negative = (x < 0) != (y < 0);
        long ux = Math.abs(x);
        long uy = Math.abs(y);
        if (ux == 0 || uy == 0) {
            return 0;
        }
        // |x|, |y| < 2^63: the product's magnitude as an unsigned 128-bit pair (hi, lo), hi < 2^62
        long q = roundedQuotient(Math.multiplyHigh(ux, uy), ux * uy, d, negative ? magnitudeMode(mode) : mode);
        return q < 0 ? NOT_A_LONG : negative ? -q : q;
    }

    /**
     * The unsigned 128-bit {@code (hi, lo)} divided by {@code d} (positive) and rounded to an integer by {@code mode};
     * -1 when the quotient needs more than 63 bits.
     */
    private static long roundedQuotient(long hi, long lo, long d, RoundingMode mode) {
        if (Long.compareUnsigned(hi, d) >= 0) {
            return -1; // the quotient needs 64 bits or more
        }
        long q = hi == 0 ? Long.divideUnsigned(lo, d) : divide128(hi, lo, d);
        // (hi, lo) = q d + r with r < d < 2^63: the remainder is what the low word keeps of it
        long r = lo - q * d;
        if (q < 0) {
            return -1; // 2^63 or more
        }
        if (r != 0 && roundsAway(q, r, d, mode)) {
            q++;
        }
        return q; // negative again if the increment passed 2^63 - 1
    }

    /** The mode that rounds a negative value's magnitude as {@code mode} rounds the value: ceiling and floor trade places. */
    private static RoundingMode magnitudeMode(RoundingMode mode) {
        return mode == RoundingMode.CEILING ? RoundingMode.FLOOR : mode == RoundingMode.FLOOR ? RoundingMode.CEILING : mode;
    }

    /**
     * Whether a nonzero remainder {@code r} of a division by {@code d} moves the non-negative quotient {@code q} up by
     * one.
     */
    private static boolean roundsAway(long q, long r, long d, RoundingMode mode) {
        // r < d <= 2^63 - 1: r against d - r compares the remainder with half the divisor without overflow
        int half = Long.compare(r, d - r);
        switch (mode) {
            case UP:
                return true;
            case DOWN:
                return false;
            case CEILING:
                return true;
            case FLOOR:
                return false;
            case HALF_UP:
                return half >= 0;
            case HALF_DOWN:
                return half > 0;
            case HALF_EVEN:
                return half > 0 || (half == 0 && (q & 1) == 1);
            case UNNECESSARY:
            default:
                throw new ArithmeticException("Rounding necessary");
        }
    }

    /**
     * The unsigned 128-bit {@code (hi, lo)} divided by {@code d} (unsigned, {@code hi < d}): the quotient,
     * by long division in 32-bit digits after shifting the divisor's top bit up (Knuth's algorithm D for a two-digit
     * divisor). The quotient fits in 64 bits because {@code hi < d}.
     */
    static long divide128(long hi, long lo, long d) {
        final long base = 1L << 32;
        int s = Long.numberOfLeadingZeros(d);
        long v = d << s;
        long vHigh = v >>> 32;
        long vLow = v & 0xFFFFFFFFL;
        long top = s == 0 ? hi : (hi << s) | (lo >>> (64 - s));
        long bottom = lo << s;
        long bottomHigh = bottom >>> 32;
        long bottomLow = bottom & 0xFFFFFFFFL;

        long q1 = Long.divideUnsigned(top, vHigh);
        long rhat = top - q1 * vHigh;
        while (Long.compareUnsigned(q1, base) >= 0 || Long.compareUnsigned(q1 * vLow, (rhat << 32) + bottomHigh) > 0) {
            q1--;
            rhat += vHigh;
            if (Long.compareUnsigned(rhat, base) >= 0) {
                break;
            }
        }
        long middle = (top << 32) + bottomHigh - q1 * v;

        long q0 = Long.divideUnsigned(middle, vHigh);
        rhat = middle - q0 * vHigh;
        while (Long.compareUnsigned(q0, base) >= 0 || Long.compareUnsigned(q0 * vLow, (rhat << 32) + bottomLow) > 0) {
            q0--;
            rhat += vHigh;
            if (Long.compareUnsigned(rhat, base) >= 0) {
                break;
            }
        }
        return (q1 << 32) + q0;
    }
}
