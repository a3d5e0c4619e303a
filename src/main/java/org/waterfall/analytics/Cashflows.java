package org.waterfall.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A security's projected payments for pricing: each distribution date and what the holder receives on it
 * (principal plus interest), in dollars. {@code double} from here on: analytics is the boundary where exact cents
 * give way to yields and durations, which are estimates anyway.
 *
 * @param dates payment dates, ascending
 * @param amounts the payment on each date, dollars
 */
public record Cashflows(List<LocalDate> dates, double[] amounts) {

    public Cashflows {
        dates = List.copyOf(dates);
        Objects.requireNonNull(amounts, "amounts");
        if (dates.size() != amounts.length) {
            throw new IllegalArgumentException(dates.size() + " dates but " + amounts.length + " amounts");
        }
        amounts = amounts.clone();
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).isAfter(dates.get(i - 1))) {
                throw new IllegalArgumentException("payment dates must ascend: " + dates.get(i) + " after " + dates.get(i - 1));
            }
        }
    }

    public int size() {
        return amounts.length;
    }

    /** The sum of the payments, undiscounted. */
    public double total() {
        double s = 0;
        for (double a : amounts) {
            s += a;
        }
        return s;
    }
}
