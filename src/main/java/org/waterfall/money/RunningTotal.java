package org.waterfall.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact running total of dollar amounts, for the totals a projection keeps over a run: the same number, at the same
 * scale, as adding every amount to {@code initial} with {@link BigDecimal#add}, without a new {@code BigDecimal} for
 * every addition. Whole-cent amounts (scale 2) are added as cents in a {@code long}; any other amount, or a total past
 * a {@code long}'s range, is added as a {@code BigDecimal}. The value is the sum at the largest scale of the initial
 * value and every amount added (as {@code BigDecimal} addition gives). Not thread-safe: one per total and run.
 */
public final class RunningTotal {

    private static final int CENTS_SCALE = 2;

    /** The initial value and every amount not added as cents. */
    private BigDecimal rest;
    private long cents;
    /** The largest scale of the initial value and of every amount added. */
    private int scale;

    /** A total starting at {@code initial}. */
    public RunningTotal(BigDecimal initial) {
        rest = initial;
        scale = initial.scale();
    }

    /** A total starting at zero (scale 0: the first amount sets it). */
    public RunningTotal() {
        this(BigDecimal.ZERO);
    }

    /** Adds {@code amount}. */
    public void add(BigDecimal amount) {
        if (amount.scale() > scale) {
            scale = amount.scale();
        }
        if (amount.signum() == 0) {
            return;
        }
        long add = amount.scale() == CENTS_SCALE ? Exact128.unscaled(amount) : Exact128.NOT_A_LONG; // whole cents in a long
        if (add != Exact128.NOT_A_LONG) {
            long sum = cents + add;
            if (((cents ^ sum) & (add ^ sum)) >= 0) { // no overflow
                cents = sum;
                return;
            }
        }
        rest = rest.add(amount);
    }

    /** Adds {@code times} times the value of {@code other}. */
    public void addTimes(RunningTotal other, int times) {
        if (other.scale > scale) {
            scale = other.scale;
        }
        if (other.rest.signum() == 0) {
            long product = other.cents * times;
            long sum = cents + product;
            if (Math.multiplyHigh(other.cents, times) == (product >> 63) && ((cents ^ sum) & (product ^ sum)) >= 0) {
                cents = sum;
                return;
            }
        }
        rest = rest.add(other.value().multiply(BigDecimal.valueOf(times)));
    }

    /** Whether the total is zero. */
    public int signum() {
        if (rest.signum() == 0) {
            return Long.signum(cents);
        }
        return value().signum();
    }

    /** The total: the initial value plus every amount added, at the largest of their scales. */
    public BigDecimal value() {
        BigDecimal sum = cents == 0 ? rest : rest.add(BigDecimal.valueOf(cents, CENTS_SCALE));
        // every part is a multiple of 10^-scale, so this sets the scale without rounding
        return sum.setScale(scale, RoundingMode.UNNECESSARY);
    }

    @Override
    public String toString() {
        return value().toPlainString();
    }
}
