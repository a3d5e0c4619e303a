package org.waterfall.remic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.waterfall.money.Rounding;

/**
 * Weighted average life as agency prospectuses define it: principal-weighted years from the settlement date to each
 * distribution date, the distance in 30/360 days over 360 by the SIA rule for February ({@link #days30360Sia}: a
 * settlement on February 28 counts as the 30th, so February 28 to March 25 is 25 days, not 27). Exact sums; only
 * the quotient is a {@code double}.
 */
public final class RemicLife {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(360);

    private RemicLife() {
    }

    /** Years from settlement to a date, 30/360 (SIA). */
    public static BigDecimal years(LocalDate settlement, LocalDate date) {
        return BigDecimal.valueOf(days30360Sia(settlement, date)).divide(DAYS_PER_YEAR, Rounding.INTERMEDIATE);
    }

    /**
     * Days between two dates, 30/360 by the SIA (Securities Industry Association) rule: the last day of February
     * counts as the 30th (for the end date only when the start is also the last day of February); a 31st counts as
     * the 30th, the end date's only when the start is the 30th or 31st.
     */
    public static int days30360Sia(LocalDate from, LocalDate to) {
        int d1 = from.getDayOfMonth();
        int d2 = to.getDayOfMonth();
        boolean fromFebEnd = from.getMonthValue() == 2 && d1 == from.lengthOfMonth();
        if (fromFebEnd && to.getMonthValue() == 2 && d2 == to.lengthOfMonth()) {
            d2 = 30;
        }
        if (fromFebEnd) {
            d1 = 30;
        }
        if (d2 == 31 && d1 >= 30) {
            d2 = 30;
        }
        d1 = Math.min(d1, 30);
        return 360 * (to.getYear() - from.getYear()) + 30 * (to.getMonthValue() - from.getMonthValue()) + (d2 - d1);
    }

    /** The WAL of principal paid on the dates; {@code null} when no principal is paid. */
    public static Double weightedAverageLife(LocalDate settlement, List<LocalDate> dates, List<BigDecimal> principal) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (int k = 0; k < principal.size(); k++) {
            BigDecimal p = principal.get(k);
            if (p.signum() != 0) {
                weighted = weighted.add(p.multiply(years(settlement, dates.get(k))));
                total = total.add(p);
            }
        }
        return total.signum() == 0 ? null : weighted.divide(total, Rounding.INTERMEDIATE).doubleValue();
    }
}
