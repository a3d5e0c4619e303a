package org.waterfall.analytics;

import java.math.BigDecimal;
import org.waterfall.money.Rounding;
import org.waterfall.money.RunningTotal;

/**
 * Weighted average life: the principal-weighted average time, in years, from the start date to each principal
 * payment. Time is 30/360 on the scheduled payment dates: the payment {@code m} months after the start is
 * {@code m / 12} years (distribution dates rolled to a business day are not counted by actual days). The weights
 * are principal paid, not principal lost: a class written down earns no life for the lost part.
 *
 * <p>Accumulates exactly; only the final quotient is a {@code double}. The weighted sum {@code sum of m x P(m)} is kept
 * as {@code M x S(M) - sum of S(m) for m < M}, where {@code S(m)} is the principal paid through month {@code m} and
 * {@code M} the month of the last payment: the same exact number, with two running totals ({@link RunningTotal}) and
 * no multiplication a payment. So payments are added in order of month. Not thread-safe: one accumulator per class
 * and run.
 */
public final class WeightedAverageLife {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    /** Principal paid through {@link #lastMonth}: S(M). */
    private final RunningTotal total = new RunningTotal();
    /** S(m) summed over the months from the first payment up to, not including, {@link #lastMonth}. */
    private final RunningTotal cumulativeBefore = new RunningTotal();
    /** The month of the last payment added: M (0 before the first). */
    private int lastMonth;

    /**
     * Adds a principal payment made {@code months} months after the start (1 for the first distribution).
     *
     * @throws IllegalArgumentException if a payment of an earlier month than the last one added is added
     */
    public void add(int months, BigDecimal principal) {
        if (principal.signum() == 0) {
            return;
        }
        if (months < lastMonth) {
            throw new IllegalArgumentException("payments are added in order of month: month " + months + " after month " + lastMonth);
        }
        if (lastMonth > 0 && months > lastMonth) {
            cumulativeBefore.addTimes(total, months - lastMonth); // S(m) = total for every month from the last payment to this one
        }
        total.add(principal);
        lastMonth = months;
    }

    /** Total principal added. */
    public BigDecimal total() {
        return total.value();
    }

    /** The WAL in years, or {@code null} when no principal was added. */
    public Double years() {
        if (total.signum() == 0) {
            return null;
        }
        BigDecimal paid = total.value();
        BigDecimal weighted = paid.multiply(BigDecimal.valueOf(lastMonth)).subtract(cumulativeBefore.value());
        return weighted.divide(paid.multiply(TWELVE), Rounding.INTERMEDIATE).doubleValue();
    }
    /** The WAL of principal amounts paid 1, 2, 3... months after the start; {@code null} when all are zero. */
    public static Double of(BigDecimal... principalByMonth) {
        WeightedAverageLife wal = new WeightedAverageLife();
        for (int i = 0; i < principalByMonth.length; i++) {
            wal.add(i + 1, principalByMonth[i]);
        }
        return wal.years();
    }
}
