package org.waterfall.analytics;

import java.math.BigDecimal;
import org.waterfall.money.Rounding;

/**
 * Weighted average life: the principal-weighted average time, in years, from the start date to each principal
 * payment. Time is 30/360 on the scheduled payment dates: the payment {@code m} months after the start is
 * {@code m / 12} years (distribution dates rolled to a business day are not counted by actual days). The weights
 * are principal paid, not principal lost: a class written down earns no life for the lost part.
 *
 * <p>Accumulates exactly ({@code BigDecimal} sums); only the final quotient is a {@code double}. Not thread-safe:
 * one accumulator per class and run.
 */
public final class WeightedAverageLife {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private BigDecimal weighted = BigDecimal.ZERO;
    private BigDecimal total = BigDecimal.ZERO;

    /** Adds a principal payment made {@code months} months after the start (1 for the first distribution). */
    public void add(int months, BigDecimal principal) {
        if (principal.signum() == 0) {
            return;
        }
        weighted = weighted.add(principal.multiply(BigDecimal.valueOf(months)));
        total = total.add(principal);
    }

    /** Total principal added. */
    public BigDecimal total() {
        return total;
    }

    /** The WAL in years, or {@code null} when no principal was added. */
    public Double years() {
        if (total.signum() == 0) {
            return null;
        }
        return weighted.divide(total.multiply(TWELVE), Rounding.INTERMEDIATE).doubleValue();
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
