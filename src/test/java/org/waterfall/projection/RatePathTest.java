package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** A cohort that never resets within the tests' few months, at the given rate. */
    private static ArmCohort fixed(String share, String rate) {
        return new ArmCohort(d(share), d(rate), List.of(d("1")), d("2"), 100, 12, d("2"), d("2"), ArmCohort.LifetimeCap.absolute(d("12")),
                d("2"), ArmRounding.NEAREST_EIGHTH_HALF_UP);
    }

    /** A cohort at the group's WAC that resets every month to index 2 + margin 2 = 4, caps wide open. */
    private static ArmCohort resettingToFour(String share) {
        return new ArmCohort(d(share), null, List.of(d("2")), d("2"), 1, 1, d("9"), d("9"), ArmCohort.LifetimeCap.absolute(d("12")),
                d("2"), ArmRounding.NEAREST_EIGHTH_HALF_UP);
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
    void theGroupWacIsTheShareWeightedAverageOfItsCohortsRates() {
        // 60% fixed at 6.0 and 40% from the group WAC 5.0 reset to 4.0: 0.6 x 6.0 + 0.4 x 4.0 = 3.6 + 1.6 = 5.2
        RatePath p = new RatePath.Cohorts(List.of(fixed("60", "6.0"), resettingToFour("40")));
        BigDecimal[] w = p.grossWacs(d("5.0"), 2);
        assertEquals(0, d("5.2").compareTo(w[0]), w[0].toPlainString());
        assertEquals(0, d("5.2").compareTo(w[1]), w[1].toPlainString());
    }

    @Test
    void oneCohortOfTheWholeGroupIsItsOwnRate() {
        RatePath p = new RatePath.Cohorts(List.of(resettingToFour("100")));
        BigDecimal[] w = p.grossWacs(d("6.5"), 1);
        assertEquals(0, d("4").compareTo(w[0]), w[0].toPlainString());
    }

    @Test
    void sharesThatDoNotAddUpToAHundredAreRefused() {
        ArmCohort.InvalidField e = assertThrows(ArmCohort.InvalidField.class,
                () -> new RatePath.Cohorts(List.of(fixed("60", "6"), fixed("30", "5"))));
        assertEquals("share", e.key());
        assertEquals("the cohorts' shares add up to 90%, not 100%", e.getMessage());
    }

    @Test
    void labelsNameEveryCohortAndTheSharesAssumption() {
        RatePath p = new RatePath.Cohorts(List.of(fixed("60", "6.0"), resettingToFour("40")));
        assertEquals("hybrid ARM, 2 cohorts (shares constant: they prepay alike): 60% at 6%: index 1 + margin 2 rounded to the nearest "
                + "1/8%, first reset month 100 then every 12, caps 2 first / 2 periodic / 12 lifetime, floor 2; 40% at the group WAC: "
                + "index 2 + margin 2 rounded to the nearest 1/8%, first reset month 1 then every 1, caps 9 first / 9 periodic / 12 "
                + "lifetime, floor 2", p.label());
        assertEquals("ARM index 1 | 2 (2 cohorts)", p.nameTag());
        assertEquals("WAC 6/5.5/5", new RatePath.WacVector(List.of(d("6.0"), d("5.5"), d("5"))).nameTag());
        assertEquals("WAC 6/5.9/5.8/../5.5 (5 months)",
                new RatePath.WacVector(List.of(d("6.0"), d("5.9"), d("5.8"), d("5.7"), d("5.5"))).nameTag());
    }
}
