package org.waterfall.deal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.waterfall.money.Exact128;
import org.waterfall.money.Rounding;

/**
 * The precision the engine carries its ratios at (the senior percentage, the aggregate senior percentage, the
 * subordinate rate) and a projection carries the collateral's unrounded performing balance at. No trustee prints these; they feed amounts that are then rounded to the cent, so the
 * precision is a convention like the roundings, named in the deal and in every report. Tests of a ratio against a
 * threshold (senior percentage above its closing value, the two-times test, the cross-collateralization multiple,
 * the class prepayment trigger) are exact cross-multiplications of balances whatever the precision.
 */
public enum WorkingPrecision {
    /** 34 significant digits ({@link MathContext#DECIMAL128}): past 64 bits for most ratios of dollar amounts. */
    DIGITS_34("ratios (senior, aggregate senior and subordinate percentages, subordinate rate) at 34 significant digits; a "
            + "projection's performing balance exact through a month's steps, carried at 34 digits") {
        @Override
        public BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
            return dividend.divide(divisor, MathContext.DECIMAL128);
        }

        @Override
        public BigDecimal carry(BigDecimal value) {
            return value.round(MathContext.DECIMAL128);
        }

        @Override
        public BigDecimal perDollar(BigDecimal factor) {
            return factor;
        }

        @Override
        public BigDecimal step(BigDecimal balance, BigDecimal perDollar) {
            return balance.multiply(perDollar);
        }
    },
    /**
     * Ratios at 12 decimal places, half even; a carried unrounded balance at 10 (the engine's working scale for
     * unrounded amounts, {@link Rounding#WORKING_SCALE}). A ratio is then off by at most 5e-13, an amount before its
     * rounding to the cent by at most 5e-13 x the amount it is a share of (5e-5 of a cent on $1 million), and the
     * operands stay one or two machine words instead of 34 digits. (At 10 decimals, two figures of the November 2003
     * statement's verify move by a cent: class 3A1's total distribution, derived from the unrounded senior principal,
     * sits within 1e-4 of a half cent.) A projection carries each group's performing balance at 10 decimals through
     * each of a month's three steps (defaults, scheduled amortization, prepayments), the balance times the step's
     * per-dollar factor rounded half even, and the factors at 18 decimals ({@link #PER_DOLLAR_SCALE}); the month's
     * amounts are the differences of the steps' balances rounded to the cent. (At 12 decimals the scheduled factor's
     * error, 5e-13 x a group's balance a month, moved 6% of projected monthly figures by up to $0.42; at 18 it is
     * 5e-19 x the balance, below the carried balance's own rounding.)
     */
    DECIMALS_12("ratios (senior, aggregate senior and subordinate percentages, subordinate rate) at 12 decimals; a projection's "
            + "performing balance carried at 10 decimals through each of a month's steps, per-dollar factors at 18") {
        @Override
        public BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
            return Exact128.divide(dividend, divisor, RATIO_SCALE, RoundingMode.HALF_EVEN);
        }

        @Override
        public BigDecimal carry(BigDecimal value) {
            return value.setScale(Rounding.WORKING_SCALE, RoundingMode.HALF_EVEN);
        }

        @Override
        public BigDecimal perDollar(BigDecimal factor) {
            return factor.setScale(PER_DOLLAR_SCALE, RoundingMode.HALF_EVEN);
        }

        @Override
        public BigDecimal step(BigDecimal balance, BigDecimal perDollar) {
            return Exact128.multiply(balance, perDollar, Rounding.WORKING_SCALE, RoundingMode.HALF_EVEN);
        }
    };

    /**
     * Decimal places of a projection's per-dollar factors at {@link #DECIMALS_12} (what a dollar keeps after a month's
     * defaults, its scheduled amortization, its prepayments): 18, the most that keeps a factor below 1 in one 64-bit
     * word, so that a balance carried at 10 decimals times a factor is one 128-bit product.
     */
    public static final int PER_DOLLAR_SCALE = 18;

    private static final int RATIO_SCALE = 12;

    private final String description;

    WorkingPrecision(String description) {
        this.description = description;
    }

    /** What this precision carries at what precision, in a line for reports (after the constant's name). */
    public String description() {
        return description;
    }

    /** The constant's name and its {@link #description()}: how reports name the convention. */
    public String named() {
        return name() + ": " + description() + "; ratio thresholds tested by exact cross-multiplication";
    }

    /** A ratio (or rate) at this precision. */
    public abstract BigDecimal divide(BigDecimal dividend, BigDecimal divisor);

    /** A carried unrounded value at this precision. */
    public abstract BigDecimal carry(BigDecimal value);

    /** A projection's per-dollar factor (a dollar's share left after one of a month's steps) as this precision carries it. */
    public abstract BigDecimal perDollar(BigDecimal factor);

    /**
     * A projection's unrounded performing balance after one of a month's steps: {@code balance x perDollar}, exact at 34
     * digits (rounded once at the month's end by {@link #carry}); at {@link #DECIMALS_12} rounded to the carried scale
     * at each step.
     */
    public abstract BigDecimal step(BigDecimal balance, BigDecimal perDollar);
}
