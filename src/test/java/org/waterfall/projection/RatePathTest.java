package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatePathTest {

    private static BigDecimal[] rates(String... values) {
        BigDecimal[] r = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            r[i] = new BigDecimal(values[i]);
        }
        return r;
    }

    @Test
    void aConstantPathKeepsTheStartWac() {
        assertArrayEquals(rates("6.5", "6.5", "6.5"), new RatePath.Constant().grossWacs(new BigDecimal("6.5"), 3));
    }

    @Test
    void aWacVectorCarriesItsLastRateOn() {
        RatePath p = new RatePath.WacVector(List.of(new BigDecimal("6.0"), new BigDecimal("5.5")));
        assertArrayEquals(rates("6.0", "5.5", "5.5"), p.grossWacs(new BigDecimal("7"), 3));
    }

    @Test
    void anArmResetsToIndexPlusMarginWithinItsPeriodicAndLifetimeCaps() {
        // index jumps from 1 to 10: the first reset (month 3) may move only 2 points, the next 2 more, capped at 9.5
        RatePath p = new RatePath.IndexMargin(List.of(new BigDecimal("1"), new BigDecimal("1"), new BigDecimal("10")),
                new BigDecimal("2.25"), 3, 2, new BigDecimal("2"), new BigDecimal("9.5"), new BigDecimal("2.25"));
        assertArrayEquals(rates("6.0", "6.0", "8.0", "8.0", "9.5", "9.5"), p.grossWacs(new BigDecimal("6.0"), 6));
    }

    @Test
    void anArmNeverGoesBelowItsFloor() {
        RatePath p = new RatePath.IndexMargin(List.of(new BigDecimal("0")), new BigDecimal("2.25"), 1, 1, new BigDecimal("5"),
                new BigDecimal("11"), new BigDecimal("3"));
        assertArrayEquals(rates("3", "3"), p.grossWacs(new BigDecimal("5.0"), 2));
    }

    @Test
    void aLifetimeCapBelowTheFloorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RatePath.IndexMargin(List.of(BigDecimal.ONE), BigDecimal.ONE, 1, 1,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN));
    }
}
