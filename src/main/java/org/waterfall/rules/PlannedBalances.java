package org.waterfall.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A planned (PAC) or targeted (TAC) balance schedule: the balance an aggregate of classes is to be paid down to on
 * each distribution date, by the month of the date. A month not listed takes the balance of the last month listed
 * before it (schedules print a balance only when it changes); before the first month listed, the first balance.
 *
 * @param id how the waterfall names the schedule
 * @param balances the planned balance by distribution month, dollars
 */
public record PlannedBalances(String id, NavigableMap<YearMonth, BigDecimal> balances) {

    public PlannedBalances {
        Objects.requireNonNull(id, "id");
        balances = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(balances));
        if (balances.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one balance");
        }
        for (Map.Entry<YearMonth, BigDecimal> e : balances.entrySet()) {
            if (e.getValue().signum() < 0) {
                throw new IllegalArgumentException("planned balance for " + e.getKey() + " is negative: " + e.getValue().toPlainString());
            }
        }
    }

    /** The planned balance after the distribution in {@code month}. */
    public BigDecimal target(YearMonth month) {
        Map.Entry<YearMonth, BigDecimal> e = balances.floorEntry(month);
        return e == null ? balances.firstEntry().getValue() : e.getValue();
    }
}
