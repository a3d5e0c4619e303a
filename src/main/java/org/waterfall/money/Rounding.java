package org.waterfall.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The trustee's rounding conventions, each named after what it rounds. Every rounding in the engine goes
 * through one of these; nothing is rounded implicitly.
 */
public enum Rounding {
    /** Dollar amounts: to the cent, half up. */
    CENTS_HALF_UP(2, RoundingMode.HALF_UP),
    /** Pass-through and IO rates, in percent: 6 decimals, half up (as the statement prints them). */
    RATE_PERCENT_6_HALF_UP(6, RoundingMode.HALF_UP),
    /** Factors per $1,000 of original balance: 6 decimals, half up. */
    FACTOR_6_HALF_UP(6, RoundingMode.HALF_UP),
    /** Aggregate percentages, in percent: 6 decimals, half up. */
    PERCENT_6_HALF_UP(6, RoundingMode.HALF_UP),
    /** The collateral total's average loan rate, printed in percent to 2 decimals, half up. */
    PERCENT_2_HALF_UP(2, RoundingMode.HALF_UP);

    /**
     * Working precision of every intermediate ratio (34 significant digits, IEEE decimal128): a ratio of
     * balances (a Senior Percentage, a net WAC weight) is carried this precisely until a convention rounds.
     */
    public static final MathContext INTERMEDIATE = MathContext.DECIMAL128;

    /**
     * Decimal places of an unrounded dollar amount (a class's exact pro-rata share, its interest before
     * rounding): 10, a hundred-millionth of a cent, far below anything a factor to 6 decimals per $1,000 can see.
     */
    public static final int WORKING_SCALE = 10;

    private final int scale;
    private final RoundingMode mode;
    private final BigDecimal zero;

    Rounding(int scale, RoundingMode mode) {
        this.scale = scale;
        this.mode = mode;
        this.zero = BigDecimal.ZERO.setScale(scale);
    }

    /** Zero at this convention's scale (0.00 for cents). */
    public BigDecimal zero() {
        return zero;
    }

    public BigDecimal apply(BigDecimal value) {
        return value.setScale(scale, mode);
    }

    public int scale() {
        return scale;
    }

    /** One unit in the last place of this convention, e.g. 0.01 for cents. */
    public BigDecimal ulp() {
        return BigDecimal.ONE.movePointLeft(scale);
    }

    /**
     * {@code numerator / denominator}, the exact quotient rounded once by this convention; zero when the
     * denominator is zero.
     */
    public BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return zero;
        }
        if (numerator.signum() == 0) {
            return zero;
        }
        return numerator.divide(denominator, scale, mode);
    }

    /**
     * {@code a x b}, the exact product rounded once by this convention ({@link Exact128}: no {@code BigInteger} when
     * the operands fit in 64 bits).
     */
    public BigDecimal product(BigDecimal a, BigDecimal b) {
        return Exact128.multiply(a, b, scale, mode);
    }

    /** {@code a1 x b1 + a2 x b2}, the exact sum rounded once by this convention ({@link Exact128}). */
    public BigDecimal sumOfProducts(BigDecimal a1, BigDecimal b1, BigDecimal a2, BigDecimal b2) {
        return Exact128.sumOfProducts(a1, b1, a2, b2, scale, mode);
    }

    /**
     * {@code a x b / denominator}, the exact quotient rounded once by this convention (as {@link #divide} of the exact
     * product, without forming it: {@link Exact128}); zero when the denominator or the product is zero.
     */
    public BigDecimal productOver(BigDecimal a, BigDecimal b, BigDecimal denominator) {
        if (denominator.signum() == 0 || a.signum() == 0 || b.signum() == 0) {
            return zero;
        }
        return Exact128.multiplyDivide(a, b, denominator, scale, mode);
    }

    /**
     * {@code amount x 1000 / base} (a figure per $1,000 of {@code base}, as factors are printed), the exact
     * quotient rounded once by this convention; zero when the base is zero. Computed as {@code amount / base}
     * rounded three places further then moved three places: the same number (rounding at scale s + 3 then
     * multiplying by 1,000 is rounding 1,000 x the quotient at scale s), without the product that would leave
     * the 64-bit fast path of {@code BigDecimal} for balances carried to {@link #WORKING_SCALE} decimals.
     */
    public BigDecimal perThousand(BigDecimal amount, BigDecimal base) {
        if (base.signum() == 0) {
            return zero;
        }
        return amount.divide(base, scale + 3, mode).movePointRight(3);
    }
}
