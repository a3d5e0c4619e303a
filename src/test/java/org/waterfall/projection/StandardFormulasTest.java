package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardFormulasTest {

    @Test
    void sixCprIsAbout0point5143SmmAndBack() {
        // 1 - (1 - 0.06)^(1/12)
        assertEquals(0.5143, StandardFormulas.smmFromCpr(6), 5e-5);
        assertEquals(100 * (1 - Math.pow(0.94, 1.0 / 12)), StandardFormulas.smmFromCpr(6), 1e-13);
        assertEquals(6, StandardFormulas.cprFromSmm(100 * (1 - Math.pow(0.94, 1.0 / 12))), 1e-12);
    }

    @Test
    void zeroAndExtremeSpeedsConvert() {
        assertEquals(0, StandardFormulas.smmFromCpr(0));
        assertEquals(0, StandardFormulas.cprFromSmm(0));
        assertEquals(100 * (1 - Math.pow(0.01, 1.0 / 12)), StandardFormulas.smmFromCpr(99), 1e-12);
    }

    @Property
    void smmAndCprConvertBothWays(@ForAll @DoubleRange(min = 0, max = 99.9) double cpr) {
        assertEquals(cpr, StandardFormulas.cprFromSmm(StandardFormulas.smmFromCpr(cpr)), 1e-9);
        assertEquals(cpr, StandardFormulas.cdrFromMdr(StandardFormulas.mdrFromCdr(cpr)), 1e-9);
    }

    @Property
    void smmIsTheMonthlyRateThatCompoundsToTheCpr(@ForAll @DoubleRange(min = 0, max = 99.9) double cpr) {
        double smm = StandardFormulas.smmFromCpr(cpr) / 100;
        assertEquals(1 - cpr / 100, Math.pow(1 - smm, 12), 1e-12);
    }

    @ParameterizedTest(name = "{0}% PSA at age {1} = {2}% CPR")
    @CsvSource({
        "100, 1, 0.2", "100, 2, 0.4", "100, 15, 3.0", "100, 29, 5.8", "100, 30, 6.0", "100, 31, 6.0", "100, 360, 6.0",
        "150, 10, 3.0", "150, 30, 9.0", "50, 30, 3.0", "200, 1, 0.4", "0, 12, 0", "100, 0, 0.2"})
    void psaRampsPoint2PercentAMonthToSixPercentAtMonthThirty(double psa, int age, double cpr) {
        assertEquals(cpr, StandardFormulas.psaCpr(psa, age), 1e-12);
    }

    @ParameterizedTest(name = "{0}% SDA at age {1} = {2}% CDR")
    @CsvSource({
        "100, 1, 0.02", "100, 15, 0.30", "100, 30, 0.60", "100, 45, 0.60", "100, 60, 0.60", "100, 61, 0.5905",
        "100, 90, 0.315", "100, 120, 0.03", "100, 121, 0.03", "100, 300, 0.03", "200, 30, 1.2"})
    void sdaRisesToPoint6PercentHoldsThenFallsToPoint03(double sda, int age, double cdr) {
        assertEquals(cdr, StandardFormulas.sdaCdr(sda, age), 1e-12);
    }
}
