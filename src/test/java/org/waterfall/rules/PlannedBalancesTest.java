package org.waterfall.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PlannedBalancesTest {

    private static PlannedBalances fnrAggregateGroupOneStart() {
        TreeMap<YearMonth, BigDecimal> m = new TreeMap<>();
        m.put(YearMonth.of(2006, 2), new BigDecimal("88410000.00"));
        m.put(YearMonth.of(2007, 2), new BigDecimal("88410000.00"));
        m.put(YearMonth.of(2007, 3), new BigDecimal("87773713.75"));
        return new PlannedBalances("aggregate-group-1", m);
    }

    @Test
    void aMonthNotListedTakesTheLastBalanceListedBeforeIt() {
        assertEquals(new BigDecimal("88410000.00"), fnrAggregateGroupOneStart().target(YearMonth.of(2006, 9)));
        assertEquals(new BigDecimal("87773713.75"), fnrAggregateGroupOneStart().target(YearMonth.of(2007, 3)));
        assertEquals(new BigDecimal("87773713.75"), fnrAggregateGroupOneStart().target(YearMonth.of(2040, 1)));
    }

    @Test
    void beforeTheFirstMonthTheFirstBalanceHolds() {
        assertEquals(new BigDecimal("88410000.00"), fnrAggregateGroupOneStart().target(YearMonth.of(2001, 1)));
    }

    @Test
    void aNegativePlannedBalanceIsRefused() {
        TreeMap<YearMonth, BigDecimal> m = new TreeMap<>();
        m.put(YearMonth.of(2006, 2), new BigDecimal("-1"));
        assertThrows(IllegalArgumentException.class, () -> new PlannedBalances("x", m));
    }
}
