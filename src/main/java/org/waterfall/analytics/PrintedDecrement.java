package org.waterfall.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decrement-table figures as prospectuses print them: the percent outstanding in whole percent, half up, with
 * {@code *} for more than 0 and less than 0.5 (a class not yet retired whose percent would print as 0), and the
 * weighted average life to a tenth of a year, half up.
 */
public final class PrintedDecrement {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private PrintedDecrement() {
    }

    /** A percent outstanding (e.g. 97.512345) as printed: {@code 98}; {@code *} for (0, 0.5); {@code 0} for zero. */
    public static String percent(BigDecimal percent) {
        if (percent.signum() > 0 && percent.compareTo(HALF) < 0) {
            return "*";
        }
        return percent.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** A weighted average life in years as printed: one decimal, half up; empty when there is none. */
    public static String wal(Double years) {
        return years == null ? "" : BigDecimal.valueOf(years).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
