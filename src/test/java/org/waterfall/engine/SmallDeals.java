package org.waterfall.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * Small hand-made deals with round numbers, for checking each rule by hand. The calendar starts 2002-10-20,
 * so date 14 is 2003-11-20 and date 40 is 2006-01-20.
 *
 * <p>{@link #oneGroup()}: group "1" (fee 0.25%) backs senior A (fixed 5%, original 600,000), senior W (group net
 * WAC, original 300,000), IO X (strip of the net WAC over A's 5%, notional = A); subordinates B1 (original
 * 60,000) and B2 (original 40,000), subordinate rate. Closing: seniors 900,000 of 1,000,000 = 90%.
 */
final class SmallDeals {

    static final LocalDate FIRST = LocalDate.of(2002, 10, 20);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SmallDeals() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static ShiftingInterest shifting() {
        return new ShiftingInterest(
                List.of(new ShiftingInterest.ShiftStep(84, HUNDRED), new ShiftingInterest.ShiftStep(96, d("70")),
                        new ShiftingInterest.ShiftStep(108, d("60")), new ShiftingInterest.ShiftStep(120, d("40")),
                        new ShiftingInterest.ShiftStep(132, d("20"))),
                true, new ShiftingInterest.TwoTimesTest(d("2"), 36, d("50"), BigDecimal.ZERO),
                new ShiftingInterest.DelinquencyTest(6, d("50")),
                List.of(new ShiftingInterest.LossTestStep(36, d("20")), new ShiftingInterest.LossTestStep(0, d("30"))),
                true, true);
    }

    static TrusteeConventions conventions() {
        return new TrusteeConventions(Rounding.CENTS_HALF_UP, Rounding.CENTS_HALF_UP, RemainderRule.LARGEST_ABSORBS,
                RemainderRule.LARGEST_ABSORBS, RemainderRule.LARGEST_ABSORBS, Rounding.FACTOR_6_HALF_UP,
                Rounding.RATE_PERCENT_6_HALF_UP, null, TrusteeConventions.DerivedFigureBasis.ROUNDED_AMOUNTS, false);
    }

    static CertificateClass senior(String name, String group, String original, Coupon coupon) {
        return new CertificateClass(name, null, group, ClassRole.SENIOR, d(original), List.of(), true, coupon);
    }

    static CertificateClass sub(String name, String original, String minus) {
        return new CertificateClass(name, null, null, ClassRole.SUBORDINATE, d(original), List.of(), true,
                new Coupon.SubordinateNetWac(d(minus)));
    }

    static ResolvedDeal oneGroup() {
        return oneGroup(shifting());
    }

    static ResolvedDeal oneGroup(ShiftingInterest shifting) {
        List<CertificateClass> classes = new ArrayList<>();
        classes.add(senior("A", "1", "600000", new Coupon.Fixed(d("5.000"))));
        classes.add(senior("W", "1", "300000", new Coupon.GroupNetWac("1")));
        classes.add(new CertificateClass("X", null, "1", ClassRole.SENIOR, d("600000"), List.of("A"), true,
                new Coupon.WacExcessStrip("1", List.of("A"))));
        classes.add(sub("B1", "60000", "0"));
        classes.add(sub("B2", "40000", "0"));
        return new Deal("small", "small deal", null, new DealCalendar(FIRST, 20),
                List.of(new LoanGroup("1", d("0.25"), BigDecimal.ZERO, BigDecimal.ZERO, 360)), classes, shifting,
                new LossRules(List.of("B2", "B1"), LossRules.ShortfallAllocation.PRO_RATA_ACCRUED_INTEREST), conventions())
                .resolve();
    }

    /**
     * Two groups: "1" backs P (original 500,000), "2" backs Q (original 400,000); subordinates B1 60,000 and
     * B2 40,000. Closing seniors 90%.
     */
    static ResolvedDeal twoGroups() {
        List<CertificateClass> classes = List.of(
                senior("P", "1", "500000", new Coupon.Fixed(d("6"))),
                senior("Q", "2", "400000", new Coupon.Fixed(d("6"))),
                sub("B1", "60000", "0"),
                sub("B2", "40000", "0"));
        return new Deal("two", "two groups", null, new DealCalendar(FIRST, 20),
                List.of(new LoanGroup("1", d("0.25"), BigDecimal.ZERO, BigDecimal.ZERO, 360),
                        new LoanGroup("2", d("0.25"), BigDecimal.ZERO, BigDecimal.ZERO, 360)),
                classes, shifting(), new LossRules(List.of("B2", "B1"), LossRules.ShortfallAllocation.PRO_RATA_ACCRUED_INTEREST),
                conventions()).resolve();
    }

    static PeriodCollateral period(int dateNumber, GroupCollateral... groups) {
        return new PeriodCollateral(new DealCalendar(FIRST, 20).distributionDate(dateNumber), List.of(groups),
                BigDecimal.ZERO, BigDecimal.ZERO);
    }

    static PeriodCollateral period(int dateNumber, BigDecimal delinquent, BigDecimal cumulativeLosses, GroupCollateral... groups) {
        return new PeriodCollateral(new DealCalendar(FIRST, 20).distributionDate(dateNumber), List.of(groups), delinquent,
                cumulativeLosses);
    }

    // ---- deals for the PSA's conditional rules (PsaRulesTest) ----

    /** A loan group with a 0.25% servicing fee and no other fee. */
    static LoanGroup loanGroup(String id) {
        return new LoanGroup(id, d("0.25"), BigDecimal.ZERO, BigDecimal.ZERO, 360);
    }

    static CertificateClass residual(String name, String group, String original, Coupon coupon) {
        return new CertificateClass(name, null, group, ClassRole.RESIDUAL, d(original), List.of(), true, coupon);
    }

    static CertificateClass interestOnly(String name, String group, String original, List<String> notionalOf, Coupon coupon) {
        return new CertificateClass(name, null, group, ClassRole.SENIOR, d(original), notionalOf, true, coupon);
    }

    /**
     * The schedule and tests of {@link #shifting()} (lock-out through date 84, then 70/60/40/20, two-times test, delinquency
     * below 50% of the subordinate balance, loss test 20% through date 36 then 30%) with the given cross-collateralization
     * and step-down loss limits.
     */
    static ShiftingInterest shifting(ShiftingInterest.CrossCollateralization crossCollateralization,
            List<ShiftingInterest.LossTestStep> stepDownLossTest) {
        ShiftingInterest base = shifting();
        return new ShiftingInterest(base.prepaymentShift(), base.fullPrepaymentWhenSeniorAboveClosing(), base.twoTimesTest(),
                base.delinquencyTest(), base.lossTest(), base.classPrepaymentTrigger(), crossCollateralization, stepDownLossTest);
    }

    /** The years 8-11 step-down limits of BoAMS 2002: 30/35/40/45% of the original subordinate balance, then 50%. */
    static List<ShiftingInterest.LossTestStep> stepDownLimits() {
        return List.of(new ShiftingInterest.LossTestStep(96, d("30")), new ShiftingInterest.LossTestStep(108, d("35")),
                new ShiftingInterest.LossTestStep(120, d("40")), new ShiftingInterest.LossTestStep(132, d("45")),
                new ShiftingInterest.LossTestStep(0, d("50")));
    }

    /** Losses B2 then B1, with the given shortfall allocation, unpaid-interest rule, compensating-interest cap and write-down. */
    static LossRules losses(LossRules.ShortfallAllocation allocation, LossRules.UnpaidInterest unpaid, BigDecimal compensatingCap,
            boolean writeDownExcess) {
        return new LossRules(List.of("B2", "B1"), allocation, unpaid, compensatingCap, writeDownExcess);
    }

    static ResolvedDeal deal(List<LoanGroup> groups, List<CertificateClass> classes, ShiftingInterest shifting, LossRules losses) {
        return new Deal("psa", "PSA rules deal", null, new DealCalendar(FIRST, 20), groups, classes, shifting, losses,
                conventions()).resolve();
    }

    /**
     * One group "1" (fee 0.25%) backing senior A (original 900,000) with the given coupon; subordinates B1 (60,000) and
     * B2 (40,000) at the subordinate rate. Closing: seniors 90%.
     */
    static ResolvedDeal seniorAndSubordinates(Coupon seniorCoupon, LossRules losses) {
        return deal(List.of(loanGroup("1")), List.of(senior("A", "1", "900000", seniorCoupon), sub("B1", "60000", "0"),
                sub("B2", "40000", "0")), shifting(), losses);
    }

    /**
     * {@link #seniorAndSubordinates} with A at fixed 5% capped at group 1's net WAC through date 14 (the net WAC after),
     * and IO X (original 900,000, notional = A) stripping the net WAC over A's coupon through date 14.
     */
    static ResolvedDeal cappedCouponWithEndingStrip() {
        return deal(List.of(loanGroup("1")), List.of(
                senior("A", "1", "900000", new Coupon.Fixed(d("5"), "1", 14)),
                interestOnly("X", "1", "900000", List.of("A"), new Coupon.WacExcessStrip("1", List.of("A"), 14)),
                sub("B1", "60000", "0"), sub("B2", "40000", "0")), shifting(), defaultLosses());
    }

    /**
     * Group "1" backing A1 (fixed 5%, original 500,000) and A2 (fixed 7%, original 400,000), both uncapped, and IO X
     * (original 900,000, notional A1 + A2) stripping the net WAC over both; B1 60,000, B2 40,000.
     */
    static ResolvedDeal stripOverTwoFixedClasses() {
        return deal(List.of(loanGroup("1")), List.of(
                senior("A1", "1", "500000", new Coupon.Fixed(d("5"))),
                senior("A2", "1", "400000", new Coupon.Fixed(d("7"))),
                interestOnly("X", "1", "900000", List.of("A1", "A2"), new Coupon.WacExcessStrip("1", List.of("A1", "A2"))),
                sub("B1", "60000", "0"), sub("B2", "40000", "0")), shifting(), defaultLosses());
    }

    /**
     * {@link #twoGroups()} (P fixed 6% in group 1, Q fixed 6% in group 2, B1, B2; closing seniors 90%) with the given
     * cross-collateralization and losses.
     */
    static ResolvedDeal twoGroups(ShiftingInterest.CrossCollateralization crossCollateralization, LossRules losses) {
        return deal(List.of(loanGroup("1"), loanGroup("2")), List.of(
                senior("P", "1", "500000", new Coupon.Fixed(d("6"))),
                senior("Q", "2", "400000", new Coupon.Fixed(d("6"))),
                sub("B1", "60000", "0"), sub("B2", "40000", "0")), shifting(crossCollateralization, List.of()), losses);
    }

    /**
     * Group "1" backing senior A (listed first, original 899,850) and residuals R1 (100) and R2 (50), all at the net WAC;
     * B1 60,000, B2 40,000.
     */
    static ResolvedDeal withResiduals() {
        Coupon wac = new Coupon.GroupNetWac("1");
        return deal(List.of(loanGroup("1")), List.of(senior("A", "1", "899850", wac), residual("R1", "1", "100", wac),
                residual("R2", "1", "50", wac), sub("B1", "60000", "0"), sub("B2", "40000", "0")), shifting(), defaultLosses());
    }

    /** Losses B2 then B1, shortfalls pro rata to accrued interest, unpaid interest carried, no cap, no monthly write-down. */
    static LossRules defaultLosses() {
        return new LossRules(List.of("B2", "B1"), LossRules.ShortfallAllocation.PRO_RATA_ACCRUED_INTEREST);
    }

    /** A date with its delinquency and loss history, the shift in force on the previous date, and whether it is the last. */
    static PeriodCollateral period(int dateNumber, BigDecimal delinquent, BigDecimal cumulativeLosses, BigDecimal previousShift,
            boolean finalDistribution, GroupCollateral... groups) {
        return new PeriodCollateral(new DealCalendar(FIRST, 20).distributionDate(dateNumber), List.of(groups), delinquent,
                cumulativeLosses, previousShift, finalDistribution);
    }

    static BigDecimal[] balances(String... values) {
        BigDecimal[] b = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = d(values[i]);
        }
        return b;
    }
}
