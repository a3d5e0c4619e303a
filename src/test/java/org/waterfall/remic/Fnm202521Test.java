package org.waterfall.remic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waterfall.analytics.PrintedDecrement;
import org.waterfall.deal.yaml.RemicYamlReader;
import org.waterfall.money.Rounding;
import org.waterfall.projection.Speed;

/** FNM 2025-21 from issuance: both groups, the floaters and inverse IOs on an index path, the RCR classes. */
class Fnm202521Test {

    private static final RemicDeal DEAL = RemicYamlReader.read(Path.of("deals/fnm-2025-21/deal.yaml"));

    private static RemicRun run(double psa, String index) {
        return RemicProjector.run(DEAL, Speed.of(Speed.Kind.PSA, psa), IndexRate.constant(new BigDecimal(index)));
    }

    private static BigDecimal sum(BigDecimal... xs) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal x : xs) {
            s = s.add(x);
        }
        return s;
    }

    @ParameterizedTest(name = "{0}% PSA")
    @CsvSource({"0", "198", "650"})
    void anExchangeableClassIsTheSumOfItsComponentsOnEveryDate(double psa) {
        RemicRun r = run(psa, "4.32927");
        for (String[] rcr : new String[][] {{"BC", "BA", "BE"}, {"BW", "BV", "BZ"}}) {
            ClassFlows x = r.flows(rcr[0]);
            ClassFlows a = r.flows(rcr[1]);
            ClassFlows b = r.flows(rcr[2]);
            assertEquals(a.original().add(b.original()), x.original());
            for (int k = 0; k < r.dates().size(); k++) {
                assertEquals(sum(a.ending().get(k), b.ending().get(k)), x.ending().get(k), rcr[0] + " balance on " + r.dates().get(k));
                assertEquals(sum(a.cash(k), b.cash(k)), x.cash(k), rcr[0] + " cash on " + r.dates().get(k));
            }
        }
    }

    /**
     * BW = BV + BZ: principal paid to BV out of BZ's accrual amount is BW's interest, not principal; so BW is paid
     * exactly its 5.50% coupon on its balance (BV's interest plus BZ's accrual, each to the cent) every date, and its
     * balance falls only by the group principal BV and BZ receive.
     */
    @ParameterizedTest(name = "{0}% PSA")
    @CsvSource({"100", "400"})
    void bwIsPaidItsCouponAsInterestAndTheAccrualDirectedToBvIsNotPrincipal(double psa) {
        RemicRun r = run(psa, "4.32927");
        ClassFlows bw = r.flows("BW");
        BigDecimal before = bw.original();
        for (int k = 0; k < r.dates().size() && before.signum() > 0; k++) {
            BigDecimal coupon = before.multiply(new BigDecimal("5.50")).divide(BigDecimal.valueOf(1200), Rounding.INTERMEDIATE);
            assertTrue(bw.interest().get(k).subtract(coupon).abs().compareTo(new BigDecimal("0.01")) <= 0,
                    "BW interest " + bw.interest().get(k) + " vs coupon " + coupon + " on " + r.dates().get(k));
            before = bw.ending().get(k);
        }
        assertEquals(0, bw.accrual().stream().filter(a -> a.signum() != 0).count(), "BW's balance never grows");
    }

    @ParameterizedTest(name = "{0}% PSA, index {1}")
    @CsvSource({"100, 0", "100, 2.32927", "300, 4.32927", "300, 6.00", "500, 9"})
    void theFloaterAndInverseIoShareTheGroupsSixAndAHalfPercentWithinCapsAndFloors(double psa, String index) {
        RemicRun r = run(psa, index);
        BigDecimal level = new BigDecimal(index);
        ClassFlows fb = r.flows("FB");
        ClassFlows sb = r.flows("SB");
        assertEquals(new BigDecimal("5.62927"), fb.rates().get(0), "first-period rate");
        assertEquals(new BigDecimal("0.87073"), sb.rates().get(0), "first-period rate");
        BigDecimal floater = level.add(new BigDecimal("1.30")).max(new BigDecimal("1.30")).min(new BigDecimal("6.50"));
        BigDecimal inverse = new BigDecimal("5.20").subtract(level).max(BigDecimal.ZERO).min(new BigDecimal("5.20"));
        for (int k = 1; k < r.dates().size(); k++) {
            assertEquals(0, floater.compareTo(fb.rates().get(k)));
            assertEquals(0, inverse.compareTo(sb.rates().get(k)));
            assertEquals(0, fb.rates().get(k).add(sb.rates().get(k)).compareTo(new BigDecimal("6.50")), "FB + SB = 6.50% while within caps");
            assertEquals(fb.ending().get(k), sb.ending().get(k), "SB's notional is FB's balance");
        }
    }

    @ParameterizedTest(name = "{0}% PSA")
    @CsvSource({"0", "300", "1000"})
    void eachGroupsPrincipalIsSplitHalfToTheSequentialStackAndHalfToTheFloater(double psa) {
        RemicRun r = run(psa, "4.32927");
        RemicRun.GroupFlows g1 = r.groups().get(0);
        ClassFlows fb = r.flows("FB");
        for (int k = 0; k < 12; k++) {
            BigDecimal half = Rounding.CENTS_HALF_UP.apply(g1.principal().get(k).divide(BigDecimal.valueOf(2)));
            assertEquals(g1.principal().get(k).subtract(half), fb.principal().get(k), "FB takes the last share on " + r.dates().get(k));
        }
    }

    /** The figure the issue quotes from the supplement's decrement table: BA, 0% PSA, first row 98 and life 14.6. */
    @org.junit.jupiter.api.Test
    void baAtZeroPsaPrintsTheSupplementsFirstRowAndLife() {
        List<RemicRun> runs = List.of(run(0, "4.32927"));
        var ba = RemicDecrements.tables(runs).get(0);
        assertEquals("BA", ba.className());
        assertEquals("98", PrintedDecrement.percent(ba.percents().get(1).get(0)));
        assertEquals("14.6", PrintedDecrement.wal(ba.wals().get(0)));
    }
}
