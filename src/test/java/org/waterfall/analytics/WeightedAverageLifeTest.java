package org.waterfall.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WeightedAverageLifeTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void aBulletInMonthTwelveHasAWalOfOneYear() {
        BigDecimal z = BigDecimal.ZERO;
        assertEquals(1.0, WeightedAverageLife.of(z, z, z, z, z, z, z, z, z, z, z, d("100")));
    }

    @Test
    void equalPaymentsOverAYearAverageSixAndAHalfMonths() {
        BigDecimal[] p = new BigDecimal[12];
        java.util.Arrays.fill(p, d("10"));
        assertEquals(6.5 / 12, WeightedAverageLife.of(p), 1e-15);
    }

    @Test
    void theWeightsArePrincipalAmounts() {
        // 75 in month 1 and 25 in month 5: (75 x 1 + 25 x 5) / 100 = 2 months
        WeightedAverageLife wal = new WeightedAverageLife();
        wal.add(1, d("75"));
        wal.add(5, d("25"));
        assertEquals(2.0 / 12, wal.years(), 1e-15);
        assertEquals(d("100"), wal.total());
    }

    @Test
    void noPrincipalHasNoWal() {
        assertNull(WeightedAverageLife.of(BigDecimal.ZERO, BigDecimal.ZERO));
        assertNull(new WeightedAverageLife().years());
    }
}
