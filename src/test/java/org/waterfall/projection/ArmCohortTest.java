package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArmCohortTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static List<BigDecimal> index(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    /** The rates as plain strings without trailing zeros, for readable comparisons. */
    private static List<String> rates(ArmCohort c, String groupWac, int months) {
        return Arrays.stream(c.rates(d(groupWac), months)).map(r -> r.stripTrailingZeros().toPlainString()).toList();
    }

    private static ArmCohort cohort(String rate, List<BigDecimal> index, String margin, int first, int every, String firstCap,
            String cap, ArmCohort.LifetimeCap life, String floor, ArmRounding rounding) {
        return new ArmCohort(d("100"), rate == null ? null : d(rate), index, d(margin), first, every, d(firstCap), d(cap), life, d(floor),
                rounding);
    }

    @Test
    void theFirstResetMovesAtMostTheInitialCapAndLaterResetsAtMostThePeriodicCap() {
        // start 6.0; index 10 from month 3: fully indexed 10 + 2.25 = 12.25
        // month 3 (first reset, cap 2): 6 + 2 = 8; month 5 (cap 1): 9; month 7: 10, above the lifetime cap 9.5 -> 9.5
        ArmCohort c = cohort("6.0", index("1", "1", "10"), "2.25", 3, 2, "2", "1", ArmCohort.LifetimeCap.absolute(d("9.5")), "2.25",
                ArmRounding.NEAREST_EIGHTH_HALF_UP);
        assertEquals(List.of("6", "6", "8", "8", "9", "9", "9.5", "9.5"), rates(c, "7.0", 8));
    }

    @Test
    void aFallingIndexIsCappedTooAndTheCohortDefaultsToTheGroupWac() {
        // no rate given: starts at the group's 7.0; index 1.3 + margin 2.75 = 4.05 -> 4.000 (nearest 1/8)
        // month 1 (first reset, cap 2): 7 - 2 = 5; month 2 (cap 0.5): 4.5; month 3: 4.05 rounds to 4 -> 4
        ArmCohort c = cohort(null, index("1.3"), "2.75", 1, 1, "2", "0.5", ArmCohort.LifetimeCap.absolute(d("12")), "2.75",
                ArmRounding.NEAREST_EIGHTH_HALF_UP);
        assertEquals(List.of("5", "4.5", "4", "4"), rates(c, "7.0", 4));
    }

    @Test
    void theFullyIndexedRateIsRoundedToTheNearestEighthBeforeTheCaps() {
        // 1.3125 + 2.75 = 4.0625, half way between 4 and 4.125: up to 4.125; unrounded it stays 4.0625
        ArmCohort eighth = cohort("6.0", index("1.3125"), "2.75", 1, 12, "5", "2", ArmCohort.LifetimeCap.absolute(d("12")), "2.75",
                ArmRounding.NEAREST_EIGHTH_HALF_UP);
        ArmCohort none = cohort("6.0", index("1.3125"), "2.75", 1, 12, "5", "2", ArmCohort.LifetimeCap.absolute(d("12")), "2.75",
                ArmRounding.NONE);
        assertEquals(List.of("4.125"), rates(eighth, "6.0", 1));
        assertEquals(List.of("4.0625"), rates(none, "6.0", 1));
    }

    @Test
    void aLifetimeCapOverTheStartRateAddsToIt() {
        // start 5.0, at most 2 over it: 7; index 10 + 2 = 12, first cap 5 -> 10, lifetime -> 7
        ArmCohort c = cohort("5.0", index("10"), "2", 1, 12, "5", "2", ArmCohort.LifetimeCap.overStart(d("2")), "2",
                ArmRounding.NEAREST_EIGHTH_HALF_UP);
        assertEquals(List.of("7"), rates(c, "6.0", 1));
        // without a rate of its own the cohort starts at the group WAC 6.0: at most 8
        ArmCohort atGroupWac = cohort(null, index("10"), "2", 1, 12, "5", "2", ArmCohort.LifetimeCap.overStart(d("2")), "2",
                ArmRounding.NEAREST_EIGHTH_HALF_UP);
        assertEquals(List.of("8"), rates(atGroupWac, "6.0", 1));
    }

    @Test
    void theRateNeverFallsBelowTheFloor() {
        // index 0 + margin 2.25 = 2.25, caps wide: the floor 3 holds
        ArmCohort c = cohort("5.0", index("0"), "2.25", 1, 1, "5", "5", ArmCohort.LifetimeCap.absolute(d("11")), "3",
                ArmRounding.NEAREST_EIGHTH_HALF_UP);
        assertEquals(List.of("3", "3"), rates(c, "5.0", 2));
    }

    @Test
    void theRateHoldsBetweenResetsAndTheIndexIsReadOnTheResetMonth() {
        // resets on months 2 and 5; index by month 1, 2, 3, 4, 5 = 1, 2, 3, 4, 5 (+ margin 2): 4 then 7
        ArmCohort c = cohort("6.0", index("1", "2", "3", "4", "5"), "2", 2, 3, "9", "9", ArmCohort.LifetimeCap.absolute(d("12")), "2",
                ArmRounding.NEAREST_EIGHTH_HALF_UP);
        assertEquals(List.of("6", "4", "4", "4", "7", "7"), rates(c, "6.0", 6));
    }

    @Test
    void termsOutOfRangeAreRefusedNamingTheirKey() {
        ArmCohort.LifetimeCap life = ArmCohort.LifetimeCap.absolute(d("12"));
        assertEquals("first", assertThrows(ArmCohort.InvalidField.class,
                () -> cohort("6", index("1"), "2", 0, 12, "2", "2", life, "2", ArmRounding.NONE)).key());
        assertEquals("every", assertThrows(ArmCohort.InvalidField.class,
                () -> cohort("6", index("1"), "2", 1, 0, "2", "2", life, "2", ArmRounding.NONE)).key());
        assertEquals("cap", assertThrows(ArmCohort.InvalidField.class,
                () -> cohort("6", index("1"), "2", 1, 12, "2", "-1", life, "2", ArmRounding.NONE)).key());
        ArmCohort.InvalidField belowFloor = assertThrows(ArmCohort.InvalidField.class,
                () -> cohort("6", index("1"), "2", 1, 12, "2", "2", ArmCohort.LifetimeCap.absolute(d("1.5")), "2", ArmRounding.NONE));
        assertEquals("life", belowFloor.key());
        assertEquals("the lifetime cap 1.5 is below the floor 2", belowFloor.getMessage());
        ArmCohort.InvalidField aboveLife = assertThrows(ArmCohort.InvalidField.class,
                () -> cohort("13", index("1"), "2", 1, 12, "2", "2", life, "2", ArmRounding.NONE));
        assertEquals("rate", aboveLife.key());
        assertEquals("share", assertThrows(ArmCohort.InvalidField.class, () -> new ArmCohort(d("0"), null, index("1"), d("2"), 1, 12,
                d("2"), d("2"), life, d("2"), ArmRounding.NONE)).key());
    }
}
