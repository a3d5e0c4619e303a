package org.waterfall.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waterfall.engine.SmallDeals.balances;
import static org.waterfall.engine.SmallDeals.d;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.deal.ResolvedDeal;

/**
 * Each rule of the waterfall on the small hand-made deals of {@link SmallDeals}; every expected value is worked
 * out by hand in the comments. Classes of {@code oneGroup()}: A (5% fixed), W (net WAC), X (IO strip over A),
 * B1, B2.
 */
class WaterfallEngineRulesTest {

    private static final ResolvedDeal ONE = SmallDeals.oneGroup();
    private static final ResolvedDeal TWO = SmallDeals.twoGroups();

    private static GroupCollateral group(String id, String begin, String scheduled, String prepaid) {
        return GroupCollateral.simple(id, d(begin), d(scheduled), d(prepaid), d("6.25"));
    }

    private static void assertAmount(String expected, BigDecimal actual, String what) {
        assertEquals(0, d(expected).compareTo(actual), what + ": expected " + expected + " but was " + actual);
    }

    @Nested
    class Coupons {
        // pool 1,000,000 at 6.25% gross, 0.25% fee: net WAC 6.00%
        private final PeriodResult r = WaterfallEngine.run(ONE, SmallDeals.period(14, group("1", "1000000", "10000", "50000")),
                balances("540000", "270000", "0", "54000", "36000"));

        @Test
        void fixedRateAccruesThirtyThreeSixty() {
            assertAmount("2250.00", r.classResult("A").interest(), "540,000 x 5% / 12");
        }

        @Test
        void groupNetWacIsGrossWacLessFees() {
            assertAmount("6.00", r.classResult("W").rate(), "6.25 - 0.25");
            assertAmount("1350.00", r.classResult("W").interest(), "270,000 x 6% / 12");
        }

        @Test
        void wacExcessStripPaysTheExcessOverTheNamedClasses() {
            assertAmount("450.00", r.classResult("X").interest(), "540,000 x (6% - 5%) / 12");
            assertAmount("1.000000", r.classResult("X").printedRate(), "450 x 1200 / 540,000");
        }

        @Test
        void ioNotionalFollowsItsReferenceClass() {
            assertAmount("540000", r.classResult("X").beginningBalance(), "notional = A");
            assertEquals(0, r.classResult("A").endingBalance().compareTo(r.classResult("X").endingBalance()));
        }

        @Test
        void subordinateRateIsTheNetWacWeightedBySubordinateComponents() {
            // one group: its net WAC
            assertAmount("270.00", r.classResult("B1").interest(), "54,000 x 6% / 12");
            assertAmount("180.00", r.classResult("B2").interest(), "36,000 x 6% / 12");
        }

        @Test
        void subordinateRateWeightsGroupsBySubordinateComponent() {
            // group 1: 500,000 - P 450,000 = 50,000 at 5.75%; group 2: 400,000 - Q 250,000 = 150,000 at 6.75%
            // rate = (50,000 x 5.75 + 150,000 x 6.75) / 200,000 = 6.50%
            PeriodResult two = WaterfallEngine.run(TWO, SmallDeals.period(14,
                    GroupCollateral.simple("1", d("500000"), d("0"), d("0"), d("6.00")),
                    GroupCollateral.simple("2", d("400000"), d("0"), d("0"), d("7.00"))),
                    balances("450000", "250000", "60000", "40000"));
            assertAmount("6.50", two.shifting().subordinateRate(), "weighted net WAC");
            assertAmount("325.00", two.classResult("B1").interest(), "60,000 x 6.5% / 12");
        }
    }

    @Nested
    class ShiftingInterest {
        // seniors 540,000 + 270,000 = 810,000 of a 1,000,000 pool: SP 81%; subordinate 19% < 2 x 10% at closing
        private BigDecimal seniorPrincipal(ResolvedDeal deal, int date, String[] classes, String delinquent, String lossesBefore) {
            PeriodResult r = WaterfallEngine.run(deal, SmallDeals.period(date, d(delinquent), d(lossesBefore),
                    group("1", "1000000", "10000", "50000")), balances(classes));
            return r.classResult("A").principal().add(r.classResult("W").principal());
        }

        private final String[] sp81 = {"540000", "270000", "0", "54000", "36000"};
        private final String[] sp79 = {"520000", "270000", "0", "60000", "40000"};

        @Test
        void lockOutPaysAllPrepaymentsToSeniors() {
            // 0.81 x 10,000 + 100% x 50,000
            assertAmount("58100.00", seniorPrincipal(ONE, 14, sp81, "0", "0"), "SPP 100%");
        }

        @Test
        void twoTimesTestHalvesTheSubordinateShareThroughDate36() {
            // SP 0.79, subordinate 21% >= 20%: SPP = 0.79 + 50% x 0.21 = 0.895; 7,900 + 44,750
            assertAmount("52650.00", seniorPrincipal(ONE, 14, sp79, "0", "0"), "SPP 89.5%");
        }

        @Test
        void twoTimesTestGivesSeniorPercentageAfterDate36() {
            // SPP = SP = 0.79: 7,900 + 39,500
            assertAmount("47400.00", seniorPrincipal(ONE, 40, sp79, "0", "0"), "SPP = SP");
        }

        @Test
        void failedDelinquencyTestBlocksTheTwoTimesTest() {
            // 60,000 delinquent >= 50% of the 100,000 subordinate balance: back to 100%
            assertAmount("57900.00", seniorPrincipal(ONE, 14, sp79, "60000", "0"), "SPP 100%");
        }

        @Test
        void failedLossTestBlocksTheTwoTimesTest() {
            // 20,000.01 cumulative losses exceed 20% of the 100,000 original subordinate balance
            assertAmount("57900.00", seniorPrincipal(ONE, 14, sp79, "0", "20000.01"), "SPP 100%");
        }

        @Test
        void lossesAtTheLimitPassTheLossTest() {
            // 20,000 cumulative losses do not exceed 20% of the 100,000 original subordinate balance: the test passes
            assertAmount("52650.00", seniorPrincipal(ONE, 14, sp79, "0", "20000"), "SPP 89.5%");
        }

        @Test
        void stepDownScheduleAfterSevenYears() {
            // SP 0.81: SPP = 0.81 + 0.19 x shift
            assertAmount("55250.00", seniorPrincipal(ONE, 90, sp81, "0", "0"), "shift 70%: 8,100 + 0.943 x 50,000");
            assertAmount("54300.00", seniorPrincipal(ONE, 100, sp81, "0", "0"), "shift 60%: 8,100 + 0.924 x 50,000 = 8,100 + 46,200");
            assertAmount("50500.00", seniorPrincipal(ONE, 125, sp81, "0", "0"), "shift 20%: 8,100 + 0.848 x 50,000");
            assertAmount("48600.00", seniorPrincipal(ONE, 140, sp81, "0", "0"), "after the schedule: SPP = SP");
        }

        @Test
        void seniorPercentageAboveClosingMeansAllPrepaymentsToSeniors() {
            // seniors 920,000 of 1,000,000 > 90% at closing, on date 90 (schedule 70%): 9,200 + 50,000
            String[] sp92 = {"620000", "300000", "0", "50000", "30000"};
            assertAmount("59200.00", seniorPrincipal(ONE, 90, sp92, "0", "0"), "SPP 100%");
        }
    }

    @Nested
    class Allocation {
        @Test
        void seniorPrincipalIsSplitProRataWithTheRemainderToTheLargestClass() {
            PeriodResult r = WaterfallEngine.run(ONE, SmallDeals.period(14, group("1", "1000000", "10000", "50000")),
                    balances("540000", "270000", "0", "54000", "36000"));
            // 58,100 x 2/3 = 38,733.333 -> 38,733.33; x 1/3 = 19,366.667 -> 19,366.67; sum 58,100.00
            assertAmount("38733.33", r.classResult("A").principal(), "A");
            assertAmount("19366.67", r.classResult("W").principal(), "W");
            // subordinates: 60,000 - 58,100 = 1,900, 60:40
            assertAmount("1140.00", r.classResult("B1").principal(), "B1");
            assertAmount("760.00", r.classResult("B2").principal(), "B2");
            assertAmount("501266.67", r.classResult("A").endingBalance(), "540,000 - 38,733.33");
            // factors per $1,000 of original: 38,733.33 x 1000 / 600,000
            assertAmount("64.555550", r.classResult("A").principalFactor(), "A principal factor");
            assertAmount("835.444450", r.classResult("A").endingFactor(), "A ending factor");
        }

        @Test
        void classPrepaymentTriggerKeepsAJuniorClassBelowItsOriginalShareOutOfPrepayments() {
            // date 90 (shift 70%), SP 0.81: seniors 55,250; subordinates 4,750 of which scheduled 0.19 x 10,000 = 1,900
            // B2 = 30,000 of a 1,000,000 pool = 3% < its original 40,000 / 1,000,000 = 4%: no prepayment share
            PeriodResult r = WaterfallEngine.run(ONE, SmallDeals.period(90, group("1", "1000000", "10000", "50000")),
                    balances("540000", "270000", "0", "60000", "30000"));
            // scheduled 1,900 split 60:30 -> 1,266.67 / 633.33; prepayment part 2,850 all to B1
            assertAmount("4116.67", r.classResult("B1").principal(), "B1");
            assertAmount("633.33", r.classResult("B2").principal(), "B2");
        }

        @Test
        void eligibleJuniorClassSharesInPrepayments() {
            PeriodResult r = WaterfallEngine.run(ONE, SmallDeals.period(90, group("1", "1000000", "10000", "50000")),
                    balances("540000", "270000", "0", "60000", "40000"));
            // 4,750 split 60:40 (B2 at 4% = its original 4%)
            assertAmount("2850.00", r.classResult("B1").principal(), "B1");
            assertAmount("1900.00", r.classResult("B2").principal(), "B2");
        }
    }

    @Nested
    class Losses {
        @Test
        void realizedLossesGoToTheMostJuniorClassFirst() {
            GroupCollateral g = new GroupCollateral("1", d("1000000"), d("0"), d("0"), d("20000"), d("5000"), d("6.25"),
                    d("0"), d("0"), d("0"));
            PeriodResult r = WaterfallEngine.run(ONE, SmallDeals.period(14, g), balances("540000", "270000", "0", "54000", "36000"));
            // loss 15,000 to B2; the 5,000 recovered is principal: seniors min(0.81 x 20,000, 100% x 5,000) = 5,000
            assertAmount("15000", r.classResult("B2").loss(), "B2 loss");
            assertAmount("0", r.classResult("B1").loss(), "B1 loss");
            assertAmount("5000.00", r.classResult("A").principal().add(r.classResult("W").principal()), "seniors");
        }

        @Test
        void afterCreditSupportDepletionLossesGoToTheGroupsSeniorsProRata() {
            GroupCollateral g = new GroupCollateral("1", d("1000000"), d("0"), d("0"), d("150000"), d("0"), d("6.25"),
                    d("0"), d("0"), d("0"));
            PeriodResult r = WaterfallEngine.run(ONE, SmallDeals.period(14, g), balances("540000", "270000", "0", "54000", "36000"));
            // 150,000: B2 36,000, B1 54,000, then 60,000 to A and W 2:1
            assertAmount("36000", r.classResult("B2").loss(), "B2");
            assertAmount("54000", r.classResult("B1").loss(), "B1");
            assertAmount("40000.00", r.classResult("A").loss(), "A");
            assertAmount("20000.00", r.classResult("W").loss(), "W");
            assertAmount("500000.00", r.classResult("A").endingBalance(), "A ending");
            assertAmount("500000.00", r.classResult("X").endingBalance(), "X notional follows A");
        }
    }

    @Nested
    class Shortfalls {
        @Test
        void interestShortfallsReduceEveryClassProRataToAccruedInterest() {
            // PPIS 1,000 less compensating interest 400, plus Relief Act 150: 750 over accrued 4,500
            GroupCollateral g = new GroupCollateral("1", d("1000000"), d("10000"), d("50000"), d("0"), d("0"), d("6.25"),
                    d("1000"), d("400"), d("150"));
            PeriodResult r = WaterfallEngine.run(ONE, SmallDeals.period(14, g), balances("540000", "270000", "0", "54000", "36000"));
            assertAmount("375.00", r.classResult("A").interestShortfall(), "750 x 2,250 / 4,500");
            assertAmount("225.00", r.classResult("W").interestShortfall(), "750 x 1,350 / 4,500");
            assertAmount("75.00", r.classResult("X").interestShortfall(), "750 x 450 / 4,500");
            assertAmount("45.00", r.classResult("B1").interestShortfall(), "750 x 270 / 4,500");
            assertAmount("30.00", r.classResult("B2").interestShortfall(), "750 x 180 / 4,500");
            assertAmount("1875.00", r.classResult("A").interest(), "2,250 - 375");
        }
    }

    @Nested
    class CrossCollateralization {
        @Test
        void paidOffGroupsSeniorPrincipalGoesToTheOtherGroupsSeniors() {
            // group 1: P 1,000 of 100,000 (SP 1%); aggregate SP 401,000 / 600,000 = 66.8%: two-times test passes,
            // SPP = 0.01 + 0.5 x 0.99 = 0.505: 25,250 due to P, which takes 1,000; 24,250 goes to Q
            PeriodResult r = WaterfallEngine.run(TWO, SmallDeals.period(14,
                    GroupCollateral.simple("1", d("100000"), d("0"), d("50000"), d("6.25")),
                    GroupCollateral.simple("2", d("500000"), d("0"), d("0"), d("6.25"))),
                    balances("1000", "400000", "60000", "40000"));
            assertAmount("1000.00", r.classResult("P").principal(), "P paid off");
            assertAmount("24250.00", r.classResult("Q").principal(), "Q takes the excess");
            assertAmount("14850.00", r.classResult("B1").principal(), "subordinates: 24,750 at 60%");
            assertAmount("9900.00", r.classResult("B2").principal(), "subordinates: 24,750 at 40%");
        }

        @Test
        void undercollateralizedGroupsSeniorsTakeSubordinatePrincipalFirst() {
            // group 2: Q 400,000 on 380,000 of collateral (SP capped at 100%): Q gets all 10,000 of scheduled principal
            // and still ends 20,000 above its collateral; group 1's subordinate principal (10,000 x 20% = 2,000) goes to Q
            PeriodResult r = WaterfallEngine.run(TWO, SmallDeals.period(14,
                    GroupCollateral.simple("1", d("500000"), d("10000"), d("0"), d("6.25")),
                    GroupCollateral.simple("2", d("380000"), d("10000"), d("0"), d("6.25"))),
                    balances("400000", "400000", "60000", "40000"));
            assertAmount("8000.00", r.classResult("P").principal(), "P: 0.8 x 10,000");
            assertAmount("12000.00", r.classResult("Q").principal(), "Q: 10,000 + 2,000");
            assertAmount("0", r.classResult("B1").principal().add(r.classResult("B2").principal()), "subordinates");
        }
    }
}
