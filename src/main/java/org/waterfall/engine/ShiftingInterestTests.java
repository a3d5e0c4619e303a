package org.waterfall.engine;

import java.math.BigDecimal;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.ShiftingInterest;
import org.waterfall.money.Exact128;
import org.waterfall.money.Rounding;

/**
 * Step 4, the shifting-interest tests: the aggregate senior and subordinate percentages, the delinquency test, the
 * cumulative-loss tests, the two-times test and the scheduled step-down, giving the share of the subordinate
 * percentage of prepayments that still goes to the seniors on this date. Loss tests pass when losses do not exceed
 * the limit; the delinquency test passes when the average is below its limit. A scheduled step-down (a shift lower
 * than the one in force on the previous date) takes effect only when the delinquency test and that year's
 * cumulative-loss limit pass; otherwise the previous shift stays.
 */
final class ShiftingInterestTests {

    private ShiftingInterestTests() {
    }

    static void apply(Period p) {
        ResolvedDeal deal = p.deal;
        ShiftingInterest rules = deal.shiftingInterest();
        int date = p.dateNumber;
        BigDecimal poolBegin = BigDecimal.ZERO;
        BigDecimal cumulativeLosses = p.collateral.cumulativeLossesBefore();
        for (GroupCollateral gc : p.groups) {
            poolBegin = poolBegin.add(gc.beginningBalance());
            cumulativeLosses = cumulativeLosses.add(gc.realizedLoss());
        }
        BigDecimal seniorTotal = Period.sum(p.seniorBalance);
        BigDecimal aggSenior = poolBegin.signum() == 0 ? BigDecimal.ZERO
                : p.conv.workingPrecision().divide(seniorTotal, poolBegin).min(BigDecimal.ONE);
        BigDecimal aggSub = BigDecimal.ONE.subtract(aggSenior);
        BigDecimal closingSenior = deal.closingSeniorFraction();
        BigDecimal closingSub = deal.closingSubordinateFraction();
        BigDecimal subBalance = Period.sum(p.begin, deal.subordinates());
        Percentage senior = Percentage.senior(seniorTotal, poolBegin);
        boolean seniorAboveClosing = senior.compareTo(deal.originalSenior(), deal.originalTotal()) > 0;
        boolean delinquencyPassed = rules.delinquencyTest() == null
                || Exact128.compareProducts(p.collateral.delinquent60PlusAverage(), Period.HUNDRED, subBalance,
                        rules.delinquencyTest().limitPercentOfSubordinate()) < 0;
        boolean lossPassed = withinLimit(cumulativeLosses, deal, rules.lossLimitPercent(date));
        boolean twoTimesMet = rules.twoTimesTest() != null
                && senior.subordinate().compareTo(deal.originalSubordinate().multiply(rules.twoTimesTest().multiple()),
                        deal.originalTotal()) >= 0;

        BigDecimal scheduledShift = rules.scheduledShift(date);
        BigDecimal previous = p.collateral.previousShiftPercent() != null ? p.collateral.previousShiftPercent()
                : rules.scheduledShift(Math.max(date - 1, 1));
        boolean stepDownPassed = rules.stepDownLossTest().isEmpty()
                || (delinquencyPassed && withinLimit(cumulativeLosses, deal, rules.stepDownLossLimitPercent(date)));
        BigDecimal steppedShift = scheduledShift.compareTo(previous) < 0 && !stepDownPassed ? previous : scheduledShift;

        BigDecimal appliedShift = steppedShift;
        if (rules.fullPrepaymentWhenSeniorAboveClosing() && seniorAboveClosing) {
            appliedShift = Period.HUNDRED;
        } else if (twoTimesMet && delinquencyPassed && lossPassed) {
            appliedShift = appliedShift.min(rules.twoTimesTest().shift(date));
        }
        p.shiftFraction = appliedShift.movePointLeft(2);
        p.shifting = new ShiftingInterestState(aggSenior, closingSenior, aggSub, closingSub, scheduledShift, appliedShift,
                seniorAboveClosing, twoTimesMet, delinquencyPassed, lossPassed, p.subordinateRate, steppedShift,
                rules.stepDownLossTest().isEmpty() ? null : stepDownPassed, crossCollateralAllowed(rules, senior.subordinate(), deal,
                        delinquencyPassed));
    }

    /** Cumulative losses within a limit (percent of the original subordinate balance): at the limit passes. */
    private static boolean withinLimit(BigDecimal cumulativeLosses, ResolvedDeal deal, BigDecimal limitPercent) {
        return limitPercent == null
                || Exact128.compareProducts(cumulativeLosses, Period.HUNDRED, deal.originalSubordinate(), limitPercent) <= 0;
    }

    /**
     * Whether a group whose seniors are retired sends its principal to the other groups' seniors on this date: always
     * when the deal sets no condition; otherwise only while the aggregate subordinate percentage is below the multiple
     * of its closing value or the delinquency test fails.
     */
    private static boolean crossCollateralAllowed(ShiftingInterest rules, Percentage aggSub, ResolvedDeal deal,
            boolean delinquencyPassed) {
        ShiftingInterest.CrossCollateralization cc = rules.crossCollateralization();
        if (!cc.retiredGroup()) {
            return false;
        }
        BigDecimal multiple = cc.retiredGroupUnlessSubordinateMultiple();
        return multiple == null || aggSub.compareTo(deal.originalSubordinate().multiply(multiple), deal.originalTotal()) < 0
                || !delinquencyPassed;
    }

    /**
     * A percentage of the pool as the exact fraction of two balances, compared with another fraction by
     * cross-multiplication: a threshold test never depends on the working precision the percentage is carried at.
     */
    private record Percentage(BigDecimal numerator, BigDecimal denominator) {

        /** The aggregate senior percentage: the seniors' balance over the pool's, at most 1; 0 for an empty pool. */
        static Percentage senior(BigDecimal seniorTotal, BigDecimal poolBegin) {
            return poolBegin.signum() == 0 ? new Percentage(BigDecimal.ZERO, BigDecimal.ONE)
                    : new Percentage(seniorTotal.min(poolBegin), poolBegin);
        }

        /** One less this percentage (the aggregate subordinate percentage). */
        Percentage subordinate() {
            return new Percentage(denominator.subtract(numerator), denominator);
        }

        /** The sign of this less {@code a / b} (a fraction taken as 0 when {@code b} is 0); the denominators are positive. */
        int compareTo(BigDecimal a, BigDecimal b) {
            if (b.signum() == 0) {
                return numerator.signum();
            }
            return Exact128.compareProducts(numerator, b, a, denominator);
        }
    }
}
