package org.waterfall.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Pro-rata allocation of an amount over weights, with an explicit rounding and remainder convention. */
public final class ProRata {
    private ProRata() {
    }

    /**
     * Splits {@code total} over {@code weights} in proportion: share i = total x weight i / sum of weights,
     * rounded by {@code rounding}; the difference between the total and the rounded shares goes where
     * {@code remainder} says. Zero weights get zero. If every weight is zero, every share is zero.
     *
     * @param total the amount to split (already at the convention's scale)
     * @param weights non-negative weights, e.g. beginning balances
     * @return shares, in the order of the weights
     */
    public static BigDecimal[] allocate(BigDecimal total, BigDecimal[] weights, Rounding rounding, RemainderRule remainder) {
        BigDecimal[] shares = new BigDecimal[weights.length];
        allocate(total, weights, weights.length, checkedSum(weights, weights.length), shares, rounding, remainder);
        return shares;
    }

    /**
     * {@link #allocate(BigDecimal, BigDecimal[], Rounding, RemainderRule)} over the first {@code n} weights into
     * {@code shares}, with the sum of those weights already known (the caller's own sum of the same non-negative
     * weights): the allocation-free form the engine's monthly loop uses, on arrays it reuses. {@code shares} holds at
     * least {@code n}.
     */
    public static void allocate(BigDecimal total, BigDecimal[] weights, int n, BigDecimal sum, BigDecimal[] shares, Rounding rounding,
            RemainderRule remainder) {
        BigDecimal zero = rounding.zero();
        if (sum.signum() == 0 || total.signum() == 0) {
            // nothing to split over, or nothing to split: every share is zero at the convention's scale
            java.util.Arrays.fill(shares, 0, n, zero);
            return;
        }
        int largest = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            BigDecimal w = weights[i];
            if (w.signum() == 0) {
                shares[i] = zero;
                continue;
            }
            last = i;
            if (largest < 0 || w.compareTo(weights[largest]) > 0) {
                largest = i;
            }
            // the exact quotient rounded once by the convention; a weight that is the whole sum takes the whole total
            shares[i] = w.compareTo(sum) == 0 ? rounding.apply(total) : rounding.productOver(total, w, sum);
        }
        BigDecimal allocated = Sums.total(shares, n);
        BigDecimal diff = total.subtract(allocated);
        if (diff.signum() != 0 && remainder != RemainderRule.NONE) {
            int k = remainder == RemainderRule.LARGEST_ABSORBS ? largest : last;
            if (shares[k].add(diff).signum() >= 0) {
                shares[k] = shares[k].add(diff);
            } else {
                // at cent-level amounts the rounded shares can exceed the total by more than the absorbing share:
                // take the excess a unit at a time from the largest remaining share, never leaving one negative
                BigDecimal unit = rounding.ulp();
                while (diff.signum() < 0) {
                    int big = 0;
                    for (int i = 1; i < n; i++) {
                        if (shares[i].compareTo(shares[big]) > 0) {
                            big = i;
                        }
                    }
                    shares[big] = shares[big].subtract(unit);
                    diff = diff.add(unit);
                }
            }
        }
    }

    /**
     * Each share of {@code total} over {@code weights} before rounding: total x weight i / sum of weights, to
     * {@link Rounding#WORKING_SCALE} decimals (half even), written into {@code exact}; zero weights (and every
     * weight when all are zero) get zero. The unrounded shares {@link #allocate(BigDecimal, BigDecimal[], Rounding,
     * RemainderRule)} rounds.
     */
    public static void exactShares(BigDecimal total, BigDecimal[] weights, BigDecimal[] exact) {
        exactShares(total, weights, weights.length, checkedSum(weights, weights.length), exact);
    }

    /**
     * {@link #exactShares(BigDecimal, BigDecimal[], BigDecimal[])} over the first {@code n} weights, with their sum
     * already known.
     */
    public static void exactShares(BigDecimal total, BigDecimal[] weights, int n, BigDecimal sum, BigDecimal[] exact) {
        boolean nothing = sum.signum() == 0;
        for (int i = 0; i < n; i++) {
            BigDecimal w = weights[i];
            if (nothing || w.signum() == 0) {
                exact[i] = BigDecimal.ZERO;
            } else if (total.signum() == 0) {
                exact[i] = BigDecimal.ZERO.setScale(Rounding.WORKING_SCALE);
            } else {
                exact[i] = Exact128.multiplyDivide(total, w, sum, Rounding.WORKING_SCALE, RoundingMode.HALF_EVEN);
            }
        }
    }

    /** The sum of the first {@code n} weights; a negative weight is refused. */
    public static BigDecimal checkedSum(BigDecimal[] weights, int n) {
        for (int i = 0; i < n; i++) {
            if (weights[i].signum() < 0) {
                throw new IllegalArgumentException("negative pro-rata weight at " + i + ": " + weights[i]);
            }
        }
        return Sums.total(weights, n);
    }
}
