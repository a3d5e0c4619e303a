package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpeedTest {

    @Test
    void aCprOf100OrMoreIsRefusedWithTheKindInTheMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Speed.of(Speed.Kind.CPR, 100));
        assertEquals("CPR must be below 100: 100", e.getMessage());
    }

    @Test
    void aNegativeSpeedIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Speed.of(Speed.Kind.CDR, -1));
        assertEquals("CDR must not be negative: -1", e.getMessage());
    }

    @Test
    void aPsaThatWouldReachAHundredPercentCprIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Speed.of(Speed.Kind.PSA, 1700));
        Speed.of(Speed.Kind.PSA, 1600);
    }

    @Test
    void aVectorCarriesItsLastValueOn() {
        Speed v = new Speed(Speed.Kind.CPR, new double[] {5, 10, 15});
        assertEquals(5, v.value(1));
        assertEquals(15, v.value(3));
        assertEquals(15, v.value(200));
        assertEquals("CPR vector 5, 10, 15", v.label());
    }

    @Test
    void monthlyRatesFollowTheKind() {
        assertEquals(StandardFormulas.smmFromCpr(10) / 100, Speed.of(Speed.Kind.CPR, 10).monthlyRate(1, 1), 1e-15);
        assertEquals(0.01, Speed.of(Speed.Kind.SMM, 1).monthlyRate(7, 99), 1e-15);
        assertEquals(StandardFormulas.smmFromCpr(3) / 100, Speed.of(Speed.Kind.PSA, 100).monthlyRate(1, 15), 1e-15);
        assertEquals(StandardFormulas.mdrFromCdr(0.6) / 100, Speed.of(Speed.Kind.SDA, 100).monthlyRate(1, 40), 1e-15);
    }

    @Test
    void labelsAreShortAndPlain() {
        assertEquals("10 CPR", Speed.of(Speed.Kind.CPR, 10).label());
        assertEquals("150 PSA", Speed.of(Speed.Kind.PSA, 150).label());
        assertEquals("2.5 CDR", Speed.of(Speed.Kind.CDR, 2.5).label());
        assertTrue(Speed.ZERO_CDR.isZero());
    }

    @Test
    void valuesAreCopiedInAndOut() {
        double[] v = {1, 2};
        Speed s = new Speed(Speed.Kind.CPR, v);
        v[0] = 50;
        s.values()[1] = 50;
        assertEquals(1, s.value(1));
        assertEquals(2, s.value(2));
    }
}
