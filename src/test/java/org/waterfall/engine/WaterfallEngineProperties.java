package org.waterfall.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.CertificateClass;
import org.waterfall.deal.ClassRole;
import org.waterfall.deal.Coupon;
import org.waterfall.deal.Deal;
import org.waterfall.deal.DealCalendar;
import org.waterfall.deal.LoanGroup;
import org.waterfall.deal.LossRules;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.ShiftingInterest;
import org.waterfall.deal.TrusteeConventions;
import org.waterfall.money.RemainderRule;
import org.waterfall.money.Rounding;

/**
 * Invariants of one period of the waterfall over random deals (1-4 groups, 1-3 senior classes each, a WAC
 * strip, 1-4 subordinate classes) and random periods (prepayments, liquidations with partial recoveries,
 * interest shortfalls), generated from a seed.
 */
class WaterfallEngineProperties {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Property(tries = 400)
    void cashIsConservedToTheCent(@ForAll long seed) {
        Case k = Case.random(seed, false);
        PeriodResult r = WaterfallEngine.run(k.deal, k.collateral, k.beginning);
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal lost = BigDecimal.ZERO;
        for (int c = 0; c < k.deal.classCount(); c++) {
            if (!k.deal.isInterestOnly(c)) {
                paid = paid.add(r.classes().get(c).principal());
                lost = lost.add(r.classes().get(c).loss());
            }
        }
        BigDecimal collected = BigDecimal.ZERO;
        BigDecimal realized = BigDecimal.ZERO;
        for (GroupCollateral g : k.collateral.groups()) {
            collected = collected.add(g.principalCollected());
            realized = realized.add(g.realizedLoss());
        }
        assertEquals(0, collected.compareTo(paid), "principal collected " + collected + " vs paid " + paid);
        assertEquals(0, realized.compareTo(lost), "realized losses " + realized + " vs allocated " + lost);
    }

    /**
     * A date run for its amounts alone (no unrounded twins) or for its ending factors pays the same amounts as one run
     * for every figure, and its printed rates and ending factors are the full run's.
     */
    @Property(tries = 300)
    void theAmountsAreTheSameAtEveryDetail(@ForAll long seed) {
        Case k = Case.random(seed, (seed & 1) == 0);
        PeriodResult all = WaterfallEngine.run(k.deal, k.collateral, k.beginning);
        DateFigures amounts = WaterfallEngine.run(k.deal, k.collateral, k.beginning, null, Detail.AMOUNTS);
        DateFigures factors = WaterfallEngine.run(k.deal, k.collateral, k.beginning, null, Detail.ENDING_FACTORS);
        for (int c = 0; c < k.deal.classCount(); c++) {
            ClassResult r = all.classes().get(c);
            for (DateFigures f : new DateFigures[] {amounts, factors}) {
                assertEquals(r.beginningBalance(), f.beginningBalance(c));
                assertEquals(r.rate(), f.rate(c));
                assertEquals(r.interest(), f.interest(c));
                assertEquals(r.principal(), f.principal(c));
                assertEquals(r.loss(), f.loss(c));
                assertEquals(r.writeDown(), f.writeDown(c));
                assertEquals(r.unpaidInterest(), f.unpaidInterest(c));
                assertEquals(r.endingBalance(), f.endingBalance(c));
                assertEquals(r.printedRate(), f.printedRate(c));
            }
            assertEquals(r.endingFactor(), factors.endingFactor(c));
        }
        for (int g = 0; g < k.deal.groupCount(); g++) {
            GroupResult r = all.groups().get(g);
            assertEquals(r.availableFunds(), amounts.availableFunds(g));
            assertEquals(r.paidToSeniors(), amounts.paidToSeniors(g));
            assertEquals(r.grossInterest(), amounts.grossInterest(g));
            assertEquals(r.servicingFee().add(r.subServicingFee()).add(r.trusteeFee()), amounts.fees(g));
        }
        assertEquals(all.shifting(), amounts.shifting());
        assertThrows(IllegalStateException.class, amounts::result);
    }

    @Property(tries = 400)
    void noBalanceGoesNegativeAndEndingIsBeginningLessPrincipalAndLoss(@ForAll long seed) {
        Case k = Case.random(seed, false);
        PeriodResult r = WaterfallEngine.run(k.deal, k.collateral, k.beginning);
        for (int c = 0; c < k.deal.classCount(); c++) {
            ClassResult x = r.classes().get(c);
            assertTrue(x.endingBalance().signum() >= 0, x.name() + " ends negative: " + x.endingBalance());
            assertTrue(x.principal().signum() >= 0 && x.loss().signum() >= 0 && x.interest().signum() >= 0, x.toString());
            if (!k.deal.isInterestOnly(c)) {
                assertEquals(0, x.beginningBalance().subtract(x.principal()).subtract(x.loss()).compareTo(x.endingBalance()),
                        x.name());
            }
        }
    }

    @Property(tries = 300)
    void ioNotionalsEqualTheirReferenceClasses(@ForAll long seed) {
        Case k = Case.random(seed, false);
        PeriodResult r = WaterfallEngine.run(k.deal, k.collateral, k.beginning);
        for (int c = 0; c < k.deal.classCount(); c++) {
            if (!k.deal.isInterestOnly(c)) {
                continue;
            }
            BigDecimal begin = BigDecimal.ZERO;
            BigDecimal end = BigDecimal.ZERO;
            for (int ref : k.deal.notionalOf(c)) {
                begin = begin.add(r.classes().get(ref).beginningBalance());
                end = end.add(r.classes().get(ref).endingBalance());
            }
            assertEquals(0, begin.compareTo(r.classes().get(c).beginningBalance()));
            assertEquals(0, end.compareTo(r.classes().get(c).endingBalance()));
        }
    }

    @Property(tries = 400)
    void interestPaidNeverExceedsTheLoansNetInterest(@ForAll long seed) {
        Case k = Case.random(seed, true);
        PeriodResult r = WaterfallEngine.run(k.deal, k.collateral, k.beginning);
        BigDecimal paid = BigDecimal.ZERO;
        for (ClassResult x : r.classes()) {
            paid = paid.add(x.interest());
        }
        BigDecimal net = BigDecimal.ZERO;
        for (GroupResult g : r.groups()) {
            net = net.add(g.grossInterest()).subtract(g.servicingFee()).subtract(g.subServicingFee()).subtract(g.trusteeFee())
                    .subtract(g.netInterestShortfall());
        }
        assertTrue(paid.compareTo(net) <= 0, "interest paid " + paid + " exceeds the loans' net interest " + net);
    }

    @Property(tries = 300)
    void shortfallsSplitExactlyAndInterestIsAccruedLessShortfall(@ForAll long seed) {
        Case k = Case.random(seed, true);
        PeriodResult r = WaterfallEngine.run(k.deal, k.collateral, k.beginning);
        BigDecimal shortfall = BigDecimal.ZERO;
        BigDecimal accrued = BigDecimal.ZERO;
        for (ClassResult x : r.classes()) {
            // what the available funds could not pay stays owed (no interest was owed from before)
            assertEquals(0, x.accruedInterest().subtract(x.interestShortfall()).subtract(x.unpaidInterest()).compareTo(x.interest()),
                    x.name());
            shortfall = shortfall.add(x.interestShortfall());
            accrued = accrued.add(x.accruedInterest());
        }
        BigDecimal expected = BigDecimal.ZERO;
        for (GroupCollateral g : k.collateral.groups()) {
            expected = expected.add(g.netInterestShortfall());
        }
        expected = Rounding.CENTS_HALF_UP.apply(expected.min(accrued));
        assertEquals(0, expected.compareTo(shortfall), "allocated " + shortfall + " of " + expected);
    }

    @Property(tries = 200)
    void resultsDoNotDependOnTheOrderOfSeniorClassesInTheDeal(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1000) int shuffle) {
        Case k = Case.random(seed, true);
        Case shuffled = k.withSeniorsShuffled(new Random(shuffle));
        PeriodResult a = WaterfallEngine.run(k.deal, k.collateral, k.beginning);
        PeriodResult b = WaterfallEngine.run(shuffled.deal, shuffled.collateral, shuffled.beginning);
        for (ClassResult x : a.classes()) {
            ClassResult y = b.classResult(x.name());
            assertEquals(x.principal(), y.principal(), x.name());
            assertEquals(x.interest(), y.interest(), x.name());
            assertEquals(x.loss(), y.loss(), x.name());
            assertEquals(x.endingBalance(), y.endingBalance(), x.name());
        }
    }

    /** A random deal, its period collateral and its classes' beginning balances. */
    record Case(ResolvedDeal deal, PeriodCollateral collateral, BigDecimal[] beginning, List<CertificateClass> classes) {

        static Case random(long seed, boolean shortfalls) {
            Random rnd = new Random(seed);
            int groups = 1 + rnd.nextInt(4);
            List<LoanGroup> loanGroups = new ArrayList<>();
            List<CertificateClass> classes = new ArrayList<>();
            List<GroupCollateral> collateral = new ArrayList<>();
            List<BigDecimal> balances = new ArrayList<>();
            BigDecimal subordinateTotal = BigDecimal.ZERO;
            for (int g = 1; g <= groups; g++) {
                String id = String.valueOf(g);
                loanGroups.add(new LoanGroup(id, new BigDecimal("0.25"), BigDecimal.ZERO, BigDecimal.ZERO, 360));
                BigDecimal pool = cents(rnd, 1_000_000, 300_000_000);
                BigDecimal seniorShare = BigDecimal.valueOf(85 + rnd.nextInt(14)).divide(HUNDRED);
                BigDecimal seniors = Rounding.CENTS_HALF_UP.apply(pool.multiply(seniorShare));
                subordinateTotal = subordinateTotal.add(pool.subtract(seniors));
                int n = 1 + rnd.nextInt(3);
                List<String> fixed = new ArrayList<>();
                BigDecimal left = seniors;
                for (int s = 0; s < n; s++) {
                    BigDecimal b = s == n - 1 ? left : Rounding.CENTS_HALF_UP.apply(left.multiply(BigDecimal.valueOf(0.2 + 0.6 * rnd.nextDouble())));
                    left = left.subtract(b);
                    boolean isFixed = rnd.nextBoolean();
                    String name = "S" + g + "_" + s;
                    Coupon coupon = isFixed ? new Coupon.Fixed(BigDecimal.valueOf(300 + rnd.nextInt(300), 2)) : new Coupon.GroupNetWac(id);
                    if (isFixed) {
                        fixed.add(name);
                    }
                    classes.add(new CertificateClass(name, null, id, ClassRole.SENIOR, b.max(BigDecimal.ONE), List.of(), true, coupon));
                    balances.add(b);
                }
                if (!fixed.isEmpty() && rnd.nextBoolean()) {
                    classes.add(new CertificateClass("IO" + g, null, id, ClassRole.SENIOR, BigDecimal.valueOf(1_000_000), fixed, true,
                            new Coupon.WacExcessStrip(id, fixed)));
                    balances.add(BigDecimal.ZERO);
                }
                BigDecimal liquidated = rnd.nextInt(3) == 0 ? cents(rnd, 0, 500_000).min(pool.divide(BigDecimal.TEN)) : BigDecimal.ZERO;
                BigDecimal proceeds = Rounding.CENTS_HALF_UP.apply(liquidated.multiply(BigDecimal.valueOf(rnd.nextDouble())));
                BigDecimal scheduled = Rounding.CENTS_HALF_UP.apply(pool.multiply(BigDecimal.valueOf(0.001 + 0.002 * rnd.nextDouble())));
                BigDecimal prepaid = Rounding.CENTS_HALF_UP.apply(pool.subtract(scheduled).subtract(liquidated)
                        .multiply(BigDecimal.valueOf(0.06 * rnd.nextDouble())));
                BigDecimal ppis = shortfalls ? cents(rnd, 0, 5_000) : BigDecimal.ZERO;
                BigDecimal comp = shortfalls ? cents(rnd, 0, 3_000) : BigDecimal.ZERO;
                BigDecimal relief = shortfalls && rnd.nextBoolean() ? cents(rnd, 0, 1_000) : BigDecimal.ZERO;
                collateral.add(new GroupCollateral(id, pool, scheduled, prepaid, liquidated, proceeds,
                        BigDecimal.valueOf(400 + rnd.nextInt(400), 2), ppis, comp, relief));
            }
            int subs = 1 + rnd.nextInt(4);
            BigDecimal left = subordinateTotal;
            List<String> lossOrder = new ArrayList<>();
            for (int s = 1; s <= subs; s++) {
                BigDecimal b = s == subs ? left : Rounding.CENTS_HALF_UP.apply(left.multiply(BigDecimal.valueOf(0.3 + 0.4 * rnd.nextDouble())));
                left = left.subtract(b);
                classes.add(new CertificateClass("B" + s, null, null, ClassRole.SUBORDINATE, b.max(BigDecimal.ONE), List.of(), true,
                        new Coupon.SubordinateNetWac(BigDecimal.ZERO)));
                balances.add(b);
                lossOrder.add(0, "B" + s);
            }
            LocalDate first = LocalDate.of(2002, 10, 20);
            int date = 1 + rnd.nextInt(150);
            Deal deal = deal(loanGroups, classes, lossOrder, first);
            PeriodCollateral period = new PeriodCollateral(deal.calendar().distributionDate(date), collateral,
                    cents(rnd, 0, 5_000_000), BigDecimal.ZERO);
            return new Case(deal.resolve(), period, balances.toArray(new BigDecimal[0]), classes);
        }

        Case withSeniorsShuffled(Random rnd) {
            List<CertificateClass> seniors = new ArrayList<>();
            List<CertificateClass> rest = new ArrayList<>();
            List<BigDecimal> seniorBalances = new ArrayList<>();
            List<BigDecimal> restBalances = new ArrayList<>();
            for (int i = 0; i < classes.size(); i++) {
                (classes.get(i).role().isSenior() ? seniors : rest).add(classes.get(i));
                (classes.get(i).role().isSenior() ? seniorBalances : restBalances).add(beginning[i]);
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < seniors.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, rnd);
            List<CertificateClass> shuffled = new ArrayList<>();
            List<BigDecimal> balances = new ArrayList<>();
            for (int i : order) {
                shuffled.add(seniors.get(i));
                balances.add(seniorBalances.get(i));
            }
            shuffled.addAll(rest);
            balances.addAll(restBalances);
            Deal d = deal.deal();
            Deal copy = new Deal(d.id(), d.name(), d.series(), d.calendar(), d.groups(), shuffled, d.shiftingInterest(), d.losses(),
                    d.conventions());
            return new Case(copy.resolve(), collateral, balances.toArray(new BigDecimal[0]), shuffled);
        }

        private static Deal deal(List<LoanGroup> groups, List<CertificateClass> classes, List<String> lossOrder, LocalDate first) {
            ShiftingInterest shifting = new ShiftingInterest(
                    List.of(new ShiftingInterest.ShiftStep(84, HUNDRED), new ShiftingInterest.ShiftStep(96, BigDecimal.valueOf(70)),
                            new ShiftingInterest.ShiftStep(108, BigDecimal.valueOf(60)), new ShiftingInterest.ShiftStep(120, BigDecimal.valueOf(40)),
                            new ShiftingInterest.ShiftStep(132, BigDecimal.valueOf(20))),
                    true, new ShiftingInterest.TwoTimesTest(BigDecimal.valueOf(2), 36, BigDecimal.valueOf(50), BigDecimal.ZERO),
                    new ShiftingInterest.DelinquencyTest(6, BigDecimal.valueOf(50)),
                    List.of(new ShiftingInterest.LossTestStep(36, BigDecimal.valueOf(20)), new ShiftingInterest.LossTestStep(0, BigDecimal.valueOf(30))),
                    true, true);
            TrusteeConventions conv = new TrusteeConventions(Rounding.CENTS_HALF_UP, Rounding.CENTS_HALF_UP,
                    RemainderRule.LARGEST_ABSORBS, RemainderRule.LARGEST_ABSORBS, RemainderRule.LARGEST_ABSORBS,
                    Rounding.FACTOR_6_HALF_UP, Rounding.RATE_PERCENT_6_HALF_UP, null,
                    TrusteeConventions.DerivedFigureBasis.ROUNDED_AMOUNTS, false);
            return new Deal("random", "random deal", null, new DealCalendar(first, 20), groups, classes, shifting,
                    new LossRules(lossOrder, LossRules.ShortfallAllocation.PRO_RATA_ACCRUED_INTEREST), conv);
        }

        private static BigDecimal cents(Random rnd, long minDollars, long maxDollars) {
            long c = minDollars * 100 + (long) (rnd.nextDouble() * (maxDollars - minDollars) * 100);
            return BigDecimal.valueOf(c, 2);
        }
    }
}
