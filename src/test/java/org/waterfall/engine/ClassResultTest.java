package org.waterfall.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.waterfall.deal.TrusteeConventions;
import org.waterfall.deal.TrusteeConventions.DerivedFigureBasis;
import org.waterfall.money.RemainderRule;
import org.waterfall.money.Rounding;

class ClassResultTest {

    private static TrusteeConventions conventions(DerivedFigureBasis basis) {
        return new TrusteeConventions(Rounding.CENTS_HALF_UP, Rounding.CENTS_HALF_UP, RemainderRule.LARGEST_ABSORBS,
                RemainderRule.LARGEST_ABSORBS, RemainderRule.LARGEST_ABSORBS, Rounding.FACTOR_6_HALF_UP,
                Rounding.RATE_PERCENT_6_HALF_UP, null, basis, false);
    }

    /**
     * Modelled on A7 of 2002-K in November 2003 (original 825,000, principal printed 12,371.28 with factor
     * 14.995487): a principal of 12,371.27675 before rounding, interest 465.8385375.
     */
    private static ClassResult a7(DerivedFigureBasis basis) {
        BigDecimal begin = new BigDecimal("124223.61");
        BigDecimal principal = new BigDecimal("12371.28");
        BigDecimal principalUnrounded = new BigDecimal("12371.2767500000");
        BigDecimal interest = new BigDecimal("465.84");
        BigDecimal interestUnrounded = new BigDecimal("465.8385375000");
        BigDecimal ending = begin.subtract(principal);
        return new ClassResult("A7", begin, new BigDecimal("4.5"), interest, BigDecimal.ZERO.setScale(2), interest, principal,
                BigDecimal.ZERO.setScale(2), ending, principalUnrounded, interestUnrounded, conventions(basis), false,
                new BigDecimal("825000"), basis == DerivedFigureBasis.UNROUNDED_AMOUNTS ? begin.subtract(principalUnrounded) : ending);
    }

    @Test
    void factorsComeFromTheAmountsBeforeRoundingOnTheUnroundedBasis() {
        ClassResult r = a7(DerivedFigureBasis.UNROUNDED_AMOUNTS);
        // 12,371.27675 / 825 = 14.9954869...; 465.8385375 / 825 = 0.5646527...; (124,223.61 - 12,371.27675) / 825 =
        // 135.5785857...; 12,371.27675 + 465.8385375 = 12,837.1152875
        assertEquals(new BigDecimal("14.995487"), r.principalFactor());
        assertEquals(new BigDecimal("0.564653"), r.interestFactor());
        assertEquals(new BigDecimal("135.578586"), r.endingFactor());
        assertEquals(new BigDecimal("12837.12"), r.totalDistribution());
    }

    @Test
    void factorsComeFromThePrintedAmountsOnTheRoundedBasis() {
        ClassResult r = a7(DerivedFigureBasis.ROUNDED_AMOUNTS);
        // 12,371.28 / 825 = 14.9954909...; 465.84 / 825 = 0.5646545...; 111,852.33 / 825 = 135.5785818...
        assertEquals(new BigDecimal("14.995491"), r.principalFactor());
        assertEquals(new BigDecimal("0.564655"), r.interestFactor());
        assertEquals(new BigDecimal("135.578582"), r.endingFactor());
        assertEquals(new BigDecimal("12837.12"), r.totalDistribution());
    }

    @Test
    void theRateIsPrintedToSixDecimalsOrImpliedFromTheRoundedInterestOfAStrip() {
        assertEquals(new BigDecimal("4.500000"), a7(DerivedFigureBasis.ROUNDED_AMOUNTS).printedRate());
        BigDecimal notional = new BigDecimal("1000000.00");
        ClassResult strip = new ClassResult("IO", notional, new BigDecimal("0.3333333333"), new BigDecimal("277.78"),
                BigDecimal.ZERO.setScale(2), new BigDecimal("277.78"), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                notional, BigDecimal.ZERO, new BigDecimal("277.7777777778"), conventions(DerivedFigureBasis.UNROUNDED_AMOUNTS),
                true, notional, notional);
        // 277.78 x 1200 / 1,000,000 = 0.333336
        assertEquals(new BigDecimal("0.333336"), strip.printedRate());
    }
}
