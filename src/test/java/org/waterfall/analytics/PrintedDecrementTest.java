package org.waterfall.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PrintedDecrementTest {

    @Test
    void percentsPrintWholeHalfUpWithAStarForLessThanAHalf() {
        assertEquals("98", PrintedDecrement.percent(new BigDecimal("97.500000")));
        assertEquals("97", PrintedDecrement.percent(new BigDecimal("97.499999")));
        assertEquals("*", PrintedDecrement.percent(new BigDecimal("0.499999")));
        assertEquals("*", PrintedDecrement.percent(new BigDecimal("0.000001")));
        assertEquals("1", PrintedDecrement.percent(new BigDecimal("0.500000")));
        assertEquals("0", PrintedDecrement.percent(new BigDecimal("0.000000")));
    }

    @Test
    void anAccretingClassPrintsAboveOneHundred() {
        assertEquals("112", PrintedDecrement.percent(new BigDecimal("111.700000")));
    }

    @Test
    void livesPrintToATenthHalfUp() {
        assertEquals("14.6", PrintedDecrement.wal(14.55));
        assertEquals("29.2", PrintedDecrement.wal(29.2499));
        assertEquals("", PrintedDecrement.wal(null));
    }
}
