package org.waterfall.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.waterfall.money.Rounding;

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

    @Test
    void paymentsInTheSameMonthAddUp() {
        WeightedAverageLife wal = new WeightedAverageLife();
        wal.add(3, d("40"));
        wal.add(3, d("60"));
        wal.add(6, d("100"));
        // (100 x 3 + 100 x 6) / 200 = 4.5 months
        assertEquals(4.5 / 12, wal.years(), 1e-15);
    }

    @Test
    void aPaymentOfAnEarlierMonthIsRefused() {
        WeightedAverageLife wal = new WeightedAverageLife();
        wal.add(5, d("1"));
        assertThrows(IllegalArgumentException.class, () -> wal.add(4, d("1")));
    }

    /**
     * Cents paid in random months (gaps of zero to 40 months, zero payments included): the WAL is the weighted sum
     * m x P(m) over the total, each an exact decimal, divided once; the same double to the last bit.
     */
    @Property(tries = 500)
    void theWalIsTheExactPrincipalWeightedMonthOverTwelve(@ForAll("payments") List<Long> cents, @ForAll("gaps") List<Integer> gaps) {
        WeightedAverageLife wal = new WeightedAverageLife();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        int month = 1;
        for (int i = 0; i < cents.size(); i++) {
            month += gaps.get(i % gaps.size());
            BigDecimal principal = BigDecimal.valueOf(cents.get(i), 2);
            wal.add(month, principal);
            weighted = weighted.add(principal.multiply(BigDecimal.valueOf(month)));
            total = total.add(principal);
        }
        Double expected = total.signum() == 0 ? null
                : weighted.divide(total.multiply(BigDecimal.valueOf(12)), Rounding.INTERMEDIATE).doubleValue();
        assertEquals(expected, wal.years());
        assertEquals(0, total.compareTo(wal.total()));
    }

    @Provide
    net.jqwik.api.Arbitrary<List<Long>> payments() {
        return Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(1, 50_000_000_000L)).list().ofMinSize(1).ofMaxSize(400);
    }

    @Provide
    net.jqwik.api.Arbitrary<List<Integer>> gaps() {
        return Arbitraries.integers().between(0, 40).list().ofMinSize(1).ofMaxSize(30);
    }
}
