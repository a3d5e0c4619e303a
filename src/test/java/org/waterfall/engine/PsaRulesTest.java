package org.waterfall.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waterfall.engine.SmallDeals.balances;
import static org.waterfall.engine.SmallDeals.d;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.Coupon;
import org.waterfall.deal.LossRules;
import org.waterfall.deal.LossRules.ShortfallAllocation;
import org.waterfall.deal.LossRules.UnpaidInterest;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.ShiftingInterest.CrossCollateralization;

/**
 * The pooling and servicing agreement's conditional rules (issue 9, item 4, with items 1-2), each on a small hand-made
 * deal of {@link SmallDeals} with round numbers. Every expected figure is worked out by hand in the comments from the
 * rule's text, not read off the engine.
 *
 * <p>Unless a test says otherwise: gross WAC 6.25% and a 0.25% fee, so the net WAC is 6.00% and a 1,000,000 group's
 * net interest is 1,000,000 x 6 / 1200 = 5,000.00; date 14 is in the lock-out (shift 100%); closing seniors are 90%.
 */
class PsaRulesTest {

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private static void assertAmount(String expected, BigDecimal actual, String what) {
        assertEquals(0, d(expected).compareTo(actual), what + ": expected " + expected + " but was " + actual);
    }

    private static GroupCollateral simple(String group, String begin, String scheduled, String prepaid, String grossWac) {
        return GroupCollateral.simple(group, d(begin), d(scheduled), d(prepaid), d(grossWac));
    }

    /** A group's period with liquidations, advances on them and an excess loss; no interest shortfalls. */
    private static GroupCollateral liquidating(String begin, String scheduled, String prepaid, String liquidated,
            String proceeds, String advances, String excessLoss) {
        return new GroupCollateral("1", d(begin), d(scheduled), d(prepaid), d(liquidated), d(proceeds), d("6.25"), ZERO, ZERO,
                ZERO, d(advances), d(excessLoss), null);
    }

    private static PeriodCollateral on(int date, GroupCollateral... groups) {
        return SmallDeals.period(date, groups);
    }

    private static BigDecimal interestPaid(PeriodResult r) {
        BigDecimal s = ZERO;
        for (ClassResult c : r.classes()) {
            s = s.add(c.interest());
        }
        return s;
    }

    private static BigDecimal principalPaid(PeriodResult r) {
        BigDecimal s = ZERO;
        for (ClassResult c : r.classes()) {
            s = s.add(c.principal());
        }
        return s;
    }

    /** (a) Available funds: the certificates are never paid more interest than the loans' net interest. */
    @Nested
    class AvailableFundsRule {
        // A fixed 7%, uncapped, on a pool whose net WAC is 6%
        private final ResolvedDeal deal = SmallDeals.seniorAndSubordinates(new Coupon.Fixed(d("7")), SmallDeals.defaultLosses());
        // date 14: pool 1,000,000, scheduled 10,000; A 900,000, B1 60,000, B2 40,000
        private final PeriodResult first = WaterfallEngine.run(deal, on(14, simple("1", "1000000", "10000", "0", "6.25")),
                balances("900000", "60000", "40000"));

        @Test
        void fixedCouponAboveTheNetWacIsShortOfWhatTheLoansPay() {
            // A accrues 900,000 x 7 / 1200 = 5,250.00 but the group's interest funds are 5,000.00: A is paid 5,000.00 and
            // 250.00 stays unpaid; nothing is left for B1 (60,000 x 6% / 12 = 300.00) or B2 (200.00)
            assertAmount("5250.00", first.classResult("A").accruedInterest(), "A accrued");
            assertAmount("5000.00", first.classResult("A").interest(), "A paid");
            assertAmount("250.00", first.classResult("A").unpaidInterest(), "A unpaid");
            assertAmount("0", first.classResult("B1").interest(), "B1 paid");
            assertAmount("300.00", first.classResult("B1").unpaidInterest(), "B1 unpaid");
            assertAmount("200.00", first.classResult("B2").unpaidInterest(), "B2 unpaid");
        }

        @Test
        void interestPaidNeverExceedsTheNetInterest() {
            assertAmount("5000.00", interestPaid(first), "all classes' interest = net interest 5,000.00");
            assertAmount("0", first.excessFunds(), "nothing left over");
        }

        @Test
        void principalFundsPayPrincipalNotTheInterestShortfall() {
            // SP 0.9: A 9,000; subordinates 1,000 split 60:40, even though their interest went unpaid
            assertAmount("9000.00", first.classResult("A").principal(), "A principal");
            assertAmount("600.00", first.classResult("B1").principal(), "B1 principal");
            assertAmount("400.00", first.classResult("B2").principal(), "B2 principal");
        }

        @Test
        void groupReportsItsAvailableFundsAndWhatItsSeniorsWerePaid() {
            GroupResult g = first.groups().get(0);
            assertAmount("15000.00", g.availableFunds(), "net interest 5,000 + principal 10,000");
            assertAmount("14000.00", g.paidToSeniors(), "A: interest 5,000 + principal 9,000");
            assertAmount("5208.33", g.grossInterest(), "net 5,000 + fee 1,000,000 x 0.25 / 1200 = 208.33");
        }

        @Test
        void unpaidInterestIsPaidOnTheNextDateWhenFundsAllow() {
            // date 15: pool 990,000 at 7.75% gross (net 7.50%): interest funds 990,000 x 7.5 / 1200 = 6,187.50
            // A 891,000 x 7 / 1200 = 5,197.50 + 250.00 owed = 5,447.50, paid in full; 740.00 left
            // subordinate rate 7.50% (one group): B1 59,400 x 7.5 / 1200 = 371.25 + 300.00 owed = 671.25, paid; 68.75 left
            // B2 39,600 x 7.5 / 1200 = 247.50 + 200.00 owed = 447.50, paid 68.75, 378.75 still owed
            PeriodResult second = WaterfallEngine.run(deal, on(15, simple("1", "990000", "0", "0", "7.75")),
                    balances("891000", "59400", "39600"), balances("250.00", "300.00", "200.00"));
            assertAmount("5447.50", second.classResult("A").interest(), "A");
            assertAmount("0", second.classResult("A").unpaidInterest(), "A owes nothing");
            assertAmount("671.25", second.classResult("B1").interest(), "B1");
            assertAmount("68.75", second.classResult("B2").interest(), "B2");
            assertAmount("378.75", second.classResult("B2").unpaidInterest(), "B2 still owed");
            assertAmount("6187.50", interestPaid(second), "interest paid = net interest");
        }

        @Test
        void interestNotCarriedIsLost() {
            ResolvedDeal notCarried = SmallDeals.seniorAndSubordinates(new Coupon.Fixed(d("7")),
                    SmallDeals.losses(ShortfallAllocation.PRO_RATA_ACCRUED_INTEREST, UnpaidInterest.NOT_CARRIED, null, false));
            PeriodResult r = WaterfallEngine.run(notCarried, on(14, simple("1", "1000000", "10000", "0", "6.25")),
                    balances("900000", "60000", "40000"));
            assertAmount("5000.00", r.classResult("A").interest(), "A paid what the funds allow");
            assertAmount("0", r.classResult("A").unpaidInterest(), "the 250.00 is not owed later");
            assertAmount("0", r.classResult("B1").unpaidInterest(), "nor B1's 300.00");
        }
    }

    /** (b) Coupons that follow the loans: a cap at the net WAC, a fixed period, a WAC strip floored at zero and ending. */
    @Nested
    class CouponsThatFollowTheLoans {
        private final ResolvedDeal deal = SmallDeals.cappedCouponWithEndingStrip();

        @Test
        void fixedCouponIsCappedAtTheGroupNetWac() {
            // gross 4.75%: net WAC 4.50% < A's 5%: A accrues 900,000 x 4.5 / 1200 = 3,375.00; X's excess is floored at 0
            PeriodResult r = WaterfallEngine.run(deal, on(14, simple("1", "1000000", "0", "0", "4.75")),
                    balances("900000", "0", "60000", "40000"));
            assertAmount("4.50", r.classResult("A").rate(), "A's rate");
            assertAmount("3375.00", r.classResult("A").accruedInterest(), "A accrued");
            assertAmount("0", r.classResult("X").accruedInterest(), "X: no excess");
            assertAmount("0", r.classResult("X").rate(), "X's rate floored at 0");
        }

        @Test
        void capDoesNotBindBelowTheNetWacAndTheStripTakesTheExcess() {
            // net WAC 6%: A 5% -> 3,750.00; X 900,000 x (6 - 5) / 1200 = 750.00
            PeriodResult r = WaterfallEngine.run(deal, on(14, simple("1", "1000000", "10000", "0", "6.25")),
                    balances("900000", "0", "60000", "40000"));
            assertAmount("3750.00", r.classResult("A").interest(), "A");
            assertAmount("750.00", r.classResult("X").interest(), "X");
        }

        @Test
        void stripNotionalEndsAfterItsThroughDate() {
            // date 14 is the strip's last: A 900,000 - 9,000 = 891,000, but X has no notional on date 15
            PeriodResult r = WaterfallEngine.run(deal, on(14, simple("1", "1000000", "10000", "0", "6.25")),
                    balances("900000", "0", "60000", "40000"));
            assertAmount("891000.00", r.classResult("A").endingBalance(), "A");
            assertAmount("0", r.classResult("X").endingBalance(), "X's ending notional");
        }

        @Test
        void afterTheFixedThroughDateTheClassPaysTheNetWacAndTheStripNothing() {
            // date 15, gross 6.75% (net 6.50%, above A's written 5%): A accrues 891,000 x 6.5 / 1200 = 4,826.25; X nothing
            PeriodResult r = WaterfallEngine.run(deal, on(15, simple("1", "990000", "0", "0", "6.75")),
                    balances("891000", "0", "59400", "39600"));
            assertAmount("6.50", r.classResult("A").rate(), "A pays the net WAC");
            assertAmount("4826.25", r.classResult("A").interest(), "A");
            assertAmount("0", r.classResult("X").beginningBalance(), "X's notional");
            assertAmount("0", r.classResult("X").interest(), "X");
        }

        @Test
        void stripExcessIsFlooredAtZeroClassByClass() {
            // net WAC 6%: A1 (5%, 500,000) gives 500,000 x 1% = 5,000 percent-dollars; A2 (7%, 400,000) would give
            // -4,000, floored at 0: X = 5,000 / 1200 = 416.67 (not (5,000 - 4,000) / 1200 = 83.33)
            PeriodResult r = WaterfallEngine.run(SmallDeals.stripOverTwoFixedClasses(),
                    on(14, simple("1", "1000000", "0", "0", "6.25")), balances("500000", "400000", "0", "60000", "40000"));
            assertAmount("416.67", r.classResult("X").accruedInterest(), "X accrued");
            // seniors due 2,083.33 + 2,333.33 + 416.67 = 4,833.33 <= 5,000.00: all paid
            assertAmount("416.67", r.classResult("X").interest(), "X paid");
        }
    }

    /** (c) A retired group's principal crosses to the other seniors only while the subordinates are thin or delinquency fails. */
    @Nested
    class CrossCollateralizationOfARetiredGroup {
        private final ResolvedDeal deal = SmallDeals.twoGroups(new CrossCollateralization(true, true, d("2")),
                SmallDeals.defaultLosses());

        private PeriodResult run(String delinquent, String... classes) {
            // group 1: 100,000 with 50,000 prepaid; group 2: 500,000, nothing collected
            return WaterfallEngine.run(deal, SmallDeals.period(14, d(delinquent), ZERO,
                    simple("1", "100000", "0", "50000", "6.25"), simple("2", "500000", "0", "0", "6.25")), balances(classes));
        }

        @Test
        void subordinatesKeepItWhenTheyAreTwiceTheirClosingShareAndDelinquencyPasses() {
            // seniors 401,000 of 600,000: subordinate 33.17% >= 2 x 10%; the two-times test gives shift 50%
            // group 1: SP 1,000 / 100,000 = 1%, SPP = 0.01 + 0.99 x 0.5 = 0.505: 25,250 due, P takes its 1,000
            // the other 24,250 stays with the subordinates with group 1's own 24,750: 49,000 split 119,400 : 79,600 = 60:40
            PeriodResult r = run("0", "1000", "400000", "119400", "79600");
            assertFalse(r.shifting().retiredGroupCrossCollateralization(), "condition met: no cross-collateralization");
            assertAmount("1000.00", r.classResult("P").principal(), "P retired");
            assertAmount("0", r.classResult("Q").principal(), "Q gets nothing");
            assertAmount("29400.00", r.classResult("B1").principal(), "B1: 60% of 49,000");
            assertAmount("19600.00", r.classResult("B2").principal(), "B2: 40% of 49,000");
        }

        @Test
        void otherSeniorsTakeItWhenTheDelinquencyTestFails() {
            // 100,000 delinquent >= 50% of the 199,000 subordinate balance: test fails, no two-times shift (SPP 100%):
            // 50,000 due to group 1's seniors, P takes 1,000, the other 49,000 goes to Q
            PeriodResult r = run("100000", "1000", "400000", "119400", "79600");
            assertTrue(r.shifting().retiredGroupCrossCollateralization(), "delinquency failed");
            assertAmount("1000.00", r.classResult("P").principal(), "P retired");
            assertAmount("49000.00", r.classResult("Q").principal(), "Q");
            assertAmount("0", r.classResult("B1").principal().add(r.classResult("B2").principal()), "subordinates");
        }

        @Test
        void otherSeniorsTakeItWhileTheSubordinatePercentageIsBelowTwiceClosing() {
            // seniors 491,000 of 600,000: subordinate 18.17% < 20%; SPP 100%: 50,000 due, P 1,000, Q 49,000
            PeriodResult r = run("0", "1000", "490000", "65400", "43600");
            assertTrue(r.shifting().retiredGroupCrossCollateralization(), "subordinates below twice closing");
            assertAmount("1000.00", r.classResult("P").principal(), "P retired");
            assertAmount("49000.00", r.classResult("Q").principal(), "Q");
            assertAmount("0", r.classResult("B1").principal().add(r.classResult("B2").principal()), "subordinates");
        }
    }

    /** (d) The years 8-11 step-downs take effect only when the delinquency test and that year's loss limit pass. */
    @Nested
    class StepDownTests {
        private final ResolvedDeal deal = SmallDeals.oneGroup(SmallDeals.shifting(CrossCollateralization.UNCONDITIONAL,
                SmallDeals.stepDownLimits()));
        // A 540,000 + W 270,000 of a 1,000,000 pool: SP 0.81; subordinate 19% < 2 x 10% (no two-times test);
        // scheduled 10,000 (seniors 8,100) and prepayments 50,000; original subordinate balance 100,000
        private final String[] sp81 = {"540000", "270000", "0", "54000", "36000"};

        private PeriodResult run(int date, String delinquent, String lossesBefore, String previousShift) {
            return WaterfallEngine.run(deal, SmallDeals.period(date, d(delinquent), d(lossesBefore),
                    previousShift == null ? null : d(previousShift), false, simple("1", "1000000", "10000", "50000", "6.25")),
                    balances(sp81));
        }

        private BigDecimal seniorPrincipal(PeriodResult r) {
            return r.classResult("A").principal().add(r.classResult("W").principal());
        }

        @Test
        void yearEightStepDownTakesEffectWhenTheTestsPass() {
            // date 85: shift 100 -> 70: SPP = 0.81 + 0.19 x 0.7 = 0.943: 8,100 + 47,150
            PeriodResult r = run(85, "0", "0", null);
            assertAmount("55250.00", seniorPrincipal(r), "SPP 94.3%");
            assertEquals(Boolean.TRUE, r.shifting().stepDownPassed());
            assertAmount("70", r.shifting().steppedShiftPercent(), "stepped shift");
        }

        @Test
        void yearEightStepDownWaitsWhenLossesExceedThirtyPercent() {
            // 31,000 > 30% of 100,000: the previous 100% stays: 8,100 + 50,000
            PeriodResult r = run(85, "0", "31000", null);
            assertAmount("58100.00", seniorPrincipal(r), "SPP 100%");
            assertEquals(Boolean.FALSE, r.shifting().stepDownPassed());
            assertAmount("100", r.shifting().steppedShiftPercent(), "previous shift kept");
        }

        @Test
        void yearEightStepDownWaitsWhenTheDelinquencyTestFails() {
            // 50,000 delinquent >= 50% of the 90,000 subordinate balance
            assertAmount("58100.00", seniorPrincipal(run(85, "50000", "0", null)), "SPP 100%");
        }

        @Test
        void yearNineUsesItsOwnLimitOfThirtyFivePercent() {
            // date 100 (year 9, schedule 60%), previous 70%: 35,000 does not exceed 35,000: 0.81 + 0.19 x 0.6 = 0.924
            assertAmount("54300.00", seniorPrincipal(run(100, "0", "35000", "70")), "8,100 + 46,200");
            // 36,000 exceeds it: the previous 70% stays: 8,100 + 47,150
            assertAmount("55250.00", seniorPrincipal(run(100, "0", "36000", "70")), "previous 70%");
        }

        @Test
        void previousShiftPercentStaysWhenAnEarlierStepDownFailedAndThisOneFailsToo() {
            // year 8's step failed (previous 100%); year 9's fails too (36,000 > 35,000): still 100%
            assertAmount("58100.00", seniorPrincipal(run(100, "0", "36000", "100")), "SPP 100%");
            // year 9's passes: straight to the year-9 schedule, 60%
            assertAmount("54300.00", seniorPrincipal(run(100, "0", "35000", "100")), "SPP 92.4%");
        }

        @Test
        void afterTheScheduleTheStepToSeniorPercentageNeedsFiftyPercent() {
            // date 133 (schedule 0: SPP = SP), previous 20%: 50,000 passes: 8,100 + 40,500
            assertAmount("48600.00", seniorPrincipal(run(133, "0", "50000", "20")), "SPP = SP");
            // 50,000.01 fails: 20% stays: SPP = 0.81 + 0.19 x 0.2 = 0.848: 8,100 + 42,400
            assertAmount("50500.00", seniorPrincipal(run(133, "0", "50000.01", "20")), "SPP 84.8%");
        }
    }

    /** (e) Loss tests pass when losses do not exceed the limit; the delinquency test when below its limit. */
    @Nested
    class LossTestLimits {
        // A 520,000 + W 270,000 of 1,000,000: SP 0.79, subordinate 21% >= 2 x 10%: two-times test on date 14 gives shift
        // 50% when the delinquency and loss (20% of the original 100,000 through date 36) tests pass
        private final String[] sp79 = {"520000", "270000", "0", "60000", "40000"};

        private BigDecimal seniorPrincipal(String delinquent, String lossesBefore) {
            PeriodResult r = WaterfallEngine.run(SmallDeals.oneGroup(), SmallDeals.period(14, d(delinquent), d(lossesBefore),
                    simple("1", "1000000", "10000", "50000", "6.25")), balances(sp79));
            return r.classResult("A").principal().add(r.classResult("W").principal());
        }

        @Test
        void lossesAtTheLimitPassTheTwoTimesTest() {
            // 20,000 does not exceed 20%: SPP = 0.79 + 0.5 x 0.21 = 0.895: 7,900 + 44,750
            assertAmount("52650.00", seniorPrincipal("0", "20000"), "SPP 89.5%");
        }

        @Test
        void lossesOneCentAboveTheLimitFailIt() {
            // SPP 100%: 7,900 + 50,000
            assertAmount("57900.00", seniorPrincipal("0", "20000.01"), "SPP 100%");
        }

        @Test
        void lossesOfThePeriodCountTowardsTheLimit() {
            // 15,000 before and a 5,000.01 loss this period (liquidated 5,000.01, nothing recovered) exceed 20,000
            GroupCollateral g = new GroupCollateral("1", d("1000000"), d("10000"), d("50000"), d("5000.01"), ZERO, d("6.25"),
                    ZERO, ZERO, ZERO);
            PeriodResult r = WaterfallEngine.run(SmallDeals.oneGroup(), SmallDeals.period(14, ZERO, d("15000"), g),
                    balances(sp79));
            assertFalse(r.shifting().lossTestPassed(), "20,000.01 > 20,000");
        }

        @Test
        void delinquencyAtTheLimitFails() {
            // the 60+ delinquent average must be below 50% of the 100,000 subordinate balance
            assertAmount("57900.00", seniorPrincipal("50000", "0"), "50,000 is not below 50,000");
            assertAmount("52650.00", seniorPrincipal("49999.99", "0"), "49,999.99 is");
        }
    }

    /** (f) The most junior class is written down each month by the certificates' excess over the collateral. */
    @Nested
    class WriteDownOfTheExcessOverCollateral {
        private ResolvedDeal deal(boolean writeDown) {
            return SmallDeals.seniorAndSubordinates(new Coupon.GroupNetWac("1"),
                    SmallDeals.losses(ShortfallAllocation.PRO_RATA_ACCRUED_INTEREST, UnpaidInterest.CARRY_FORWARD, null, writeDown));
        }

        // certificates 900,500 + 60,000 + 40,000 = 1,000,500 on a 1,000,000 pool; 10,000 scheduled
        // SP 0.9005: A 9,005.00; subordinates 995.00 split 60:40 = 597.00 / 398.00
        // after the distribution: certificates 990,500, collateral 990,000: 500 over
        private PeriodResult run(boolean writeDown) {
            return WaterfallEngine.run(deal(writeDown), on(14, simple("1", "1000000", "10000", "0", "6.25")),
                    balances("900500", "60000", "40000"));
        }

        @Test
        void mostJuniorClassIsWrittenDownByTheExcessEveryMonth() {
            PeriodResult r = run(true);
            assertAmount("398.00", r.classResult("B2").principal(), "B2 principal");
            assertAmount("500.00", r.classResult("B2").writeDown(), "B2 write-down");
            assertAmount("0", r.classResult("B2").loss(), "not a realized loss");
            assertAmount("39102.00", r.classResult("B2").endingBalance(), "40,000 - 398 - 500");
            assertAmount("0", r.classResult("B1").writeDown(), "B1 untouched");
        }

        @Test
        void withoutTheRuleTheExcessStays() {
            PeriodResult r = run(false);
            assertAmount("0", r.classResult("B2").writeDown(), "no write-down");
            assertAmount("39602.00", r.classResult("B2").endingBalance(), "40,000 - 398");
        }

        @Test
        void writeDownMovesToTheNextClassWhenTheJuniorIsGone() {
            // certificates 900,000 + 60,200 + 300 = 960,500 on 960,000, nothing collected: 500 over: B2 300, then B1 200
            PeriodResult r = WaterfallEngine.run(deal(true), on(14, simple("1", "960000", "0", "0", "6.25")),
                    balances("900000", "60200", "300"));
            assertAmount("300.00", r.classResult("B2").writeDown(), "B2 exhausted");
            assertAmount("200.00", r.classResult("B1").writeDown(), "B1 the rest");
            assertAmount("60000.00", r.classResult("B1").endingBalance(), "B1");
            assertAmount("0", r.classResult("A").writeDown(), "A untouched");
        }
    }

    /** (g) Interest shortfalls stay within the group that caused them; compensating interest is capped. */
    @Nested
    class ShortfallsWithinTheGroup {
        // group 1: 480,000 (P 430,000, subordinate component 50,000); group 2: 500,000 (Q 450,000, component 50,000)
        // accrued: P 430,000 x 6 / 1200 = 2,150.00, Q 2,250.00, B1 300.00, B2 200.00 (subordinate rate 6%)
        // group 1: prepayment interest shortfall 500, compensating interest 500 as reported, Relief Act 80
        private PeriodResult run(ShortfallAllocation allocation, BigDecimal cap) {
            ResolvedDeal deal = SmallDeals.twoGroups(CrossCollateralization.UNCONDITIONAL,
                    SmallDeals.losses(allocation, UnpaidInterest.CARRY_FORWARD, cap, false));
            GroupCollateral g1 = new GroupCollateral("1", d("480000"), ZERO, ZERO, ZERO, ZERO, d("6.25"), d("500"), d("500"),
                    d("80"));
            return WaterfallEngine.run(deal, on(14, g1, simple("2", "500000", "0", "0", "6.25")),
                    balances("430000", "450000", "60000", "40000"));
        }

        @Test
        void cappedCompensatingInterestLeavesANetShortfallOnTheGroupsClasses() {
            // cap 0.25% / 12 of 480,000 = 100.00: net PPIS 500 - 100 = 400, + Relief Act 80 = 480
            // weights: P 2,150; B1 300 x 50,000 / 100,000 = 150; B2 100; Q 0 (other group): total 2,400
            // P 480 x 2,150 / 2,400 = 430.00, B1 30.00, B2 20.00
            PeriodResult r = run(ShortfallAllocation.WITHIN_GROUP_PRO_RATA_ACCRUED_INTEREST, d("0.25"));
            assertAmount("480.00", r.groups().get(0).netInterestShortfall(), "group 1 net shortfall");
            assertAmount("430.00", r.classResult("P").interestShortfall(), "P");
            assertAmount("0", r.classResult("Q").interestShortfall(), "Q: group 2 caused none");
            assertAmount("30.00", r.classResult("B1").interestShortfall(), "B1");
            assertAmount("20.00", r.classResult("B2").interestShortfall(), "B2");
            assertAmount("1720.00", r.classResult("P").interest(), "P paid 2,150 - 430");
            assertAmount("2250.00", r.classResult("Q").interest(), "Q paid in full");
            assertAmount("0", r.classResult("P").unpaidInterest(), "shortfalls are not owed later");
        }

        @Test
        void uncappedCompensatingInterestCoversThePrepaymentShortfall() {
            // the servicer's 500 covers the 500: only Relief Act 80: P 80 x 2,150 / 2,400 = 71.67, B1 5.00, B2 3.33
            PeriodResult r = run(ShortfallAllocation.WITHIN_GROUP_PRO_RATA_ACCRUED_INTEREST, null);
            assertAmount("80.00", r.groups().get(0).netInterestShortfall(), "Relief Act only");
            assertAmount("71.67", r.classResult("P").interestShortfall(), "P");
            assertAmount("5.00", r.classResult("B1").interestShortfall(), "B1");
            assertAmount("3.33", r.classResult("B2").interestShortfall(), "B2");
        }

        @Test
        void proRataOverEveryClassChargesTheOtherGroupToo() {
            // 480 over all accrued 4,900: Q 480 x 2,250 / 4,900 = 220.41
            PeriodResult r = run(ShortfallAllocation.PRO_RATA_ACCRUED_INTEREST, d("0.25"));
            assertAmount("220.41", r.classResult("Q").interestShortfall(), "Q");
            assertAmount("210.61", r.classResult("P").interestShortfall(), "P 480 x 2,150 / 4,900");
        }
    }

    /** (h) Losses beyond the special coverage go pro rata to every class; within it, B2 then B1. */
    @Nested
    class ExcessLosses {
        // oneGroup: A 540,000 and W 270,000 (SP 0.81), IO X on A, B1 54,000, B2 36,000; 20,000 liquidated, nothing recovered
        private PeriodResult run(String excessLoss) {
            return WaterfallEngine.run(SmallDeals.oneGroup(), on(14, liquidating("1000000", "0", "0", "20000", "0", "0",
                    excessLoss)), balances("540000", "270000", "0", "54000", "36000"));
        }

        @Test
        void excessLossGoesProRataToSeniorsAndSubordinates() {
            // seniors 0.81 x 20,000 = 16,200, split 2:1: A 10,800, W 5,400; subordinates 3,800 split 60:40: 2,280 / 1,520
            PeriodResult r = run("20000");
            assertAmount("10800.00", r.classResult("A").loss(), "A");
            assertAmount("5400.00", r.classResult("W").loss(), "W");
            assertAmount("2280.00", r.classResult("B1").loss(), "B1");
            assertAmount("1520.00", r.classResult("B2").loss(), "B2");
            assertAmount("529200.00", r.classResult("X").endingBalance(), "X's notional follows A");
        }

        @Test
        void lossWithinTheCoverageGoesToTheMostJuniorClass() {
            PeriodResult r = run("0");
            assertAmount("20000", r.classResult("B2").loss(), "B2 takes it all");
            assertAmount("0", r.classResult("B1").loss(), "B1");
            assertAmount("0", r.classResult("A").loss(), "A");
        }
    }

    /** (i) Residual classes are paid sequentially ahead of the group's other seniors. */
    @Nested
    class Residuals {
        private final ResolvedDeal deal = SmallDeals.withResiduals();

        @Test
        void residualsArePaidOffFirstInTheirOrder() {
            // A 899,850 + R1 100 + R2 50 = 900,000 of 1,000,000: SP 0.9; scheduled 120: seniors 108:
            // R1 100 (paid off), R2 8, A nothing; subordinates 12 split 60:40
            PeriodResult r = WaterfallEngine.run(deal, on(14, simple("1", "1000000", "120", "0", "6.25")),
                    balances("899850", "100", "50", "60000", "40000"));
            assertAmount("100.00", r.classResult("R1").principal(), "R1");
            assertAmount("8.00", r.classResult("R2").principal(), "R2");
            assertAmount("0", r.classResult("A").principal(), "A waits");
            assertAmount("7.20", r.classResult("B1").principal(), "B1");
        }

        @Test
        void otherSeniorsTakeWhatTheResidualsDoNotNeed() {
            // scheduled 10,000: seniors 9,000: R1 100, R2 50, A 8,850
            PeriodResult r = WaterfallEngine.run(deal, on(14, simple("1", "1000000", "10000", "0", "6.25")),
                    balances("899850", "100", "50", "60000", "40000"));
            assertAmount("100.00", r.classResult("R1").principal(), "R1");
            assertAmount("50.00", r.classResult("R2").principal(), "R2");
            assertAmount("8850.00", r.classResult("A").principal(), "A");
        }
    }

    /** (j) Servicer advances come out of the liquidation proceeds first; what they cannot repay, out of collections. */
    @Nested
    class ServicerAdvances {
        private final ResolvedDeal deal = SmallDeals.seniorAndSubordinates(new Coupon.GroupNetWac("1"), SmallDeals.defaultLosses());

        private PeriodResult run(String proceeds, String advances) {
            // 20,000 liquidated out of 1,000,000; A 900,000 (SP 0.9, SPP 100%), B1 60,000, B2 40,000
            return WaterfallEngine.run(deal, on(14, liquidating("1000000", "0", "0", "20000", proceeds, advances, "0")),
                    balances("900000", "60000", "40000"));
        }

        @Test
        void advancesAreRepaidFromTheProceedsBeforeTheCertificates() {
            // proceeds 15,000 - advances 3,000 = net recoveries 12,000; realized loss 20,000 - 12,000 = 8,000
            // seniors: min(0.9 x 20,000, 1.0 x 12,000) = 12,000
            PeriodResult r = run("15000", "3000");
            GroupResult g = r.groups().get(0);
            assertAmount("3000", g.advancesReimbursed(), "advances");
            assertAmount("12000", g.netRecoveries(), "net recoveries");
            assertAmount("8000", g.realizedLoss(), "realized loss");
            assertAmount("12000.00", r.classResult("A").principal(), "A principal");
            assertAmount("8000", r.classResult("B2").loss(), "B2 loss");
            assertAmount("17000.00", g.availableFunds(), "net interest 5,000 + net recoveries 12,000");
        }

        @Test
        void nonrecoverableAdvanceComesOutOfTheGroupsInterest() {
            // proceeds 2,000 repay 2,000 of the 3,000 advanced; 1,000 comes out of the 5,000 net interest: 4,000 for A's
            // 900,000 x 6 / 1200 = 4,500.00: A paid 4,000.00, 500.00 owed; nothing recovered: loss 20,000 to B2
            PeriodResult r = run("2000", "3000");
            GroupResult g = r.groups().get(0);
            assertAmount("0", g.netRecoveries(), "net recoveries");
            assertAmount("4000.00", g.availableFunds(), "interest funds only");
            assertAmount("4000.00", r.classResult("A").interest(), "A");
            assertAmount("500.00", r.classResult("A").unpaidInterest(), "A owed");
            assertAmount("4000.00", interestPaid(r), "all interest paid");
            assertAmount("20000", r.classResult("B2").loss(), "B2 loss");
        }

        @Test
        void nonrecoverableAdvanceAboveTheInterestComesOutOfPrincipalAsALoss() {
            // scheduled 10,000 and 20,000 liquidated with nothing recovered; 6,000 advanced: 1,000 more than the 5,000 of
            // net interest, so the principal funds are 10,000 - 1,000 = 9,000 and the interest funds 0
            // seniors: 0.9 x 10,000 + min(0.9 x 20,000, 1.0 x 0) = 9,000 to A; B1 and B2 (due 600 / 400) get nothing
            // the 1,000 of principal held back is a loss of the group with the 20,000 realized: 21,000 to B2, which ends
            // at 40,000 - 21,000 = 19,000; certificates 1,000,000 - 9,000 - 21,000 = 970,000 = the collateral: nothing
            // to write down
            ResolvedDeal writingDown = SmallDeals.seniorAndSubordinates(new Coupon.GroupNetWac("1"),
                    SmallDeals.losses(ShortfallAllocation.PRO_RATA_ACCRUED_INTEREST, UnpaidInterest.CARRY_FORWARD, null, true));
            PeriodResult r = WaterfallEngine.run(writingDown, on(14, liquidating("1000000", "10000", "0", "20000", "0", "6000",
                    "0")), balances("900000", "60000", "40000"));
            assertAmount("9000.00", r.groups().get(0).availableFunds(), "principal funds only");
            assertAmount("0", interestPaid(r), "no interest");
            assertAmount("9000.00", r.classResult("A").principal(), "A");
            assertAmount("0", r.classResult("B1").principal().add(r.classResult("B2").principal()), "subordinates");
            assertAmount("21000.00", r.classResult("B2").loss(), "B2 loss: realized and held back");
            assertAmount("0", r.classResult("B2").writeDown(), "B2 write-down");
            assertAmount("19000.00", r.classResult("B2").endingBalance(), "B2 ending");
        }
    }

    /** (k) The final distribution pays every class by seniority as far as funds go; the shortfall falls on the most junior. */
    @Nested
    class FinalDistribution {
        private final ResolvedDeal deal = SmallDeals.seniorAndSubordinates(new Coupon.GroupNetWac("1"), SmallDeals.defaultLosses());

        private PeriodResult run(GroupCollateral g, String... classes) {
            return WaterfallEngine.run(deal, SmallDeals.period(14, ZERO, ZERO, null, true, g), balances(classes));
        }

        @Test
        void shortfallFallsOnTheMostJuniorClassesNotProRata() {
            // 950,000 of loans bought at par, 50,000 liquidated with nothing recovered: 950,000 of principal
            // A 900,000 in full; B1 is due 60,000 and gets the 50,000 left; B2 nothing
            // loss 50,000: B2 40,000, then B1 10,000; every class ends at 0
            PeriodResult r = run(liquidating("1000000", "0", "950000", "50000", "0", "0", "0"), "900000", "60000", "40000");
            assertAmount("900000.00", r.classResult("A").principal(), "A");
            assertAmount("50000.00", r.classResult("B1").principal(), "B1");
            assertAmount("0", r.classResult("B2").principal(), "B2");
            assertAmount("40000", r.classResult("B2").loss(), "B2 loss");
            assertAmount("10000", r.classResult("B1").loss(), "B1 loss");
            for (String c : List.of("A", "B1", "B2")) {
                assertAmount("0", r.classResult(c).endingBalance(), c + " ending");
            }
        }

        @Test
        void certificatesAboveTheCollateralAreWrittenOffFromTheMostJunior() {
            // certificates 1,000,500, all 1,000,000 of loans bought at par: A 900,000, B1 60,000, B2 40,000;
            // B2's last 500 is written off (always on the final date, though this deal has no monthly write-down)
            PeriodResult r = run(simple("1", "1000000", "0", "1000000", "6.25"), "900000", "60000", "40500");
            assertAmount("60000.00", r.classResult("B1").principal(), "B1");
            assertAmount("40000.00", r.classResult("B2").principal(), "B2");
            assertAmount("500.00", r.classResult("B2").writeDown(), "B2 written off");
            assertAmount("0", r.classResult("B2").endingBalance(), "B2 ending");
        }

        @Test
        void lossesBeyondTheSubordinatesReachTheSeniorsLast() {
            // 850,000 paid at par, 150,000 liquidated, nothing recovered: A gets all 850,000; losses B2 40,000, B1 60,000,
            // then A 50,000
            PeriodResult r = run(liquidating("1000000", "0", "850000", "150000", "0", "0", "0"), "900000", "60000", "40000");
            assertAmount("850000.00", r.classResult("A").principal(), "A");
            assertAmount("0", r.classResult("B1").principal(), "B1");
            assertAmount("60000", r.classResult("B1").loss(), "B1 loss");
            assertAmount("50000", r.classResult("A").loss(), "A loss");
            assertAmount("0", r.classResult("A").endingBalance(), "A ending");
        }

        @Test
        void interestFundsPayOnlyInterestEvenOnTheFinalDate() {
            // A at a fixed 5% below the 6% net WAC: interest funds 5,000.00 pay A 3,750.00, B1 300.00, B2 200.00, leaving
            // 750.00, which goes to the residual holder as on any date. Principal funds 950,000 (50,000 liquidated,
            // nothing recovered) pay A 900,000 and B1 50,000 of its 60,000; B2 nothing. The losses (50,000) then take
            // B2's 40,000 and B1's last 10,000. Reading chosen: the interest funds pay interest and the principal funds
            // principal on every date, the final one included, so that the principal paid plus the losses always equals
            // the collateral's principal reduction (the PSA's single Available Distribution Amount would let the 750.00
            // reach B1's principal on the final date; the deal's documents are not public).
            ResolvedDeal fixedBelowWac = SmallDeals.seniorAndSubordinates(new Coupon.Fixed(d("5")), SmallDeals.defaultLosses());
            PeriodResult r = WaterfallEngine.run(fixedBelowWac, SmallDeals.period(14, ZERO, ZERO, null, true,
                    liquidating("1000000", "0", "950000", "50000", "0", "0", "0")), balances("900000", "60000", "40000"));
            assertAmount("750.00", r.excessFunds(), "interest left over, to the residual holder");
            assertAmount("950000.00", principalPaid(r), "principal funds only");
            assertAmount("50000.00", r.classResult("B1").principal(), "B1");
            assertAmount("0", r.classResult("B2").principal(), "B2 last");
            assertAmount("10000", r.classResult("B1").loss().add(r.classResult("B1").writeDown()), "B1's write-off");
        }
    }
}
