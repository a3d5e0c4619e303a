package org.waterfall.inference;

import java.math.BigDecimal;
import java.util.function.Predicate;

/**
 * The run of consecutive cents at which a condition holds, found by searching outward from a starting cent.
 *
 * @param low first cent of the run
 * @param high last cent
 */
record CentRun(BigDecimal low, BigDecimal high) {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    /**
     * The nearest cent within {@code maxCents} of {@code start} at which {@code holds} is true, widened to the run of
     * neighbouring cents where it still holds (at most a dollar each way); null when no cent in reach holds.
     */
    static CentRun around(BigDecimal start, int maxCents, Predicate<BigDecimal> holds) {
        BigDecimal hit = null;
        for (int k = 0; k <= maxCents && hit == null; k++) {
            for (int sign : k == 0 ? new int[] {1} : new int[] {1, -1}) {
                BigDecimal candidate = start.add(CENT.multiply(BigDecimal.valueOf((long) sign * k)));
                if (holds.test(candidate)) {
                    hit = candidate;
                    break;
                }
            }
        }
        if (hit == null) {
            return null;
        }
        BigDecimal low = hit;
        while (hit.subtract(low).compareTo(BigDecimal.ONE) < 0 && holds.test(low.subtract(CENT))) {
            low = low.subtract(CENT);
        }
        BigDecimal high = hit;
        while (high.subtract(hit).compareTo(BigDecimal.ONE) < 0 && holds.test(high.add(CENT))) {
            high = high.add(CENT);
        }
        return new CentRun(low, high);
    }

    /** The cent in the middle (the upper of the two middle cents of an even run). */
    BigDecimal middle() {
        long cents = high.subtract(low).movePointRight(2).longValueExact();
        return low.add(CENT.multiply(BigDecimal.valueOf((cents + 1) / 2)));
    }

    boolean single() {
        return low.compareTo(high) == 0;
    }
}
