package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ArmRoundingTest {

    private static String eighth(String rate) {
        return ArmRounding.NEAREST_EIGHTH_HALF_UP.apply(new BigDecimal(rate)).toPlainString();
    }

    @Test
    void roundsToTheNearestEighthOfAPercent() {
        assertEquals("4.000", eighth("4.05"));      // 32.4 eighths -> 32
        assertEquals("4.125", eighth("4.07"));      // 32.56 eighths -> 33
        assertEquals("2.250", eighth("2.25"));      // already on an eighth
        assertEquals("6.375", eighth("6.4"));       // 51.2 eighths -> 51
    }

    @Test
    void aRateHalfwayBetweenTwoEighthsGoesUp() {
        assertEquals("4.125", eighth("4.0625"));    // 32.5 eighths -> 33
        assertEquals("4.250", eighth("4.1875"));    // 33.5 eighths -> 34
    }

    @Test
    void noneLeavesTheRateAsItIs() {
        assertEquals("4.0625", ArmRounding.NONE.apply(new BigDecimal("4.0625")).toPlainString());
    }

    @Test
    void specWordsNameTheRoundings() {
        assertEquals(ArmRounding.NEAREST_EIGHTH_HALF_UP, ArmRounding.ofKey("eighth"));
        assertEquals(ArmRounding.NONE, ArmRounding.ofKey("none"));
        assertEquals("expected eighth or none, got 'quarter'",
                assertThrows(IllegalArgumentException.class, () -> ArmRounding.ofKey("quarter")).getMessage());
    }
}
