package org.waterfall.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.deal.CouponKind;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.money.Sums;

/** Step 12, results: each class's and group's figures for the date, and what the funds left over. */
final class Results {

    private Results() {
    }

    /** Every class's ending balance (an interest-only class's ending notional) into {@link Period#ending}. */
    static void endings(Period p) {
        ResolvedDeal deal = p.deal;
        for (int c = 0; c < p.nClasses; c++) {
            p.ending[c] = deal.isInterestOnly(c) ? null : p.remaining(c);
        }
        for (int c = 0; c < p.nClasses; c++) {
            if (deal.isInterestOnly(c)) {
                p.ending[c] = stripEnds(deal, p.dateNumber, c) ? BigDecimal.ZERO : Period.sum(p.ending, deal.notionalOf(c));
            }
        }
    }

    /** Whether an interest-only class ends on date {@code dateNumber} (its coupon is not as written on the next). */
    private static boolean stripEnds(ResolvedDeal deal, int dateNumber, int c) {
        return deal.isInterestOnly(c) && !deal.couponAsWritten(c, dateNumber + 1);
    }

    /**
     * A class's ending balance before rounding: beginning less the unrounded principal, the loss and the write-down (an
     * IO class: the sum over its reference classes; zero once its coupon has ended).
     *
     * @throws IllegalStateException if the date was run without the unrounded principal ({@link Detail#AMOUNTS})
     */
    static BigDecimal endingUnrounded(Period p, int c) {
        return endingUnrounded(p.deal, p.dateNumber, c, p.begin, p.principalTwins(), p.loss, p.writeDown);
    }

    /**
     * {@link #endingUnrounded(Period, int)} from a date's figures by class index, as the period had them (or as a caller
     * kept them after it): one rule for the engine's results and a projection's kept cash flows.
     *
     * @param principalExact the unrounded principal by class, or null if the date did not compute it
     * @throws IllegalStateException if the figure needs the unrounded principal and {@code principalExact} is null
     */
    static BigDecimal endingUnrounded(ResolvedDeal deal, int dateNumber, int c, BigDecimal[] begin, BigDecimal[] principalExact,
            BigDecimal[] loss, BigDecimal[] writeDown) {
        if (stripEnds(deal, dateNumber, c)) {
            return BigDecimal.ZERO;
        }
        if (principalExact == null) {
            throw new IllegalStateException("the unrounded ending balance was not asked for when the date was run");
        }
        int[] classes = deal.isInterestOnly(c) ? deal.notionalOf(c) : new int[] {c};
        return exactEnding(classes, begin, principalExact, loss, writeDown);
    }

    /** Each class's and group's figures for the date. */
    static PeriodResult apply(Period p) {
        ResolvedDeal deal = p.deal;
        List<ClassResult> classes = new ArrayList<>(p.nClasses);
        for (int c = 0; c < p.nClasses; c++) {
            BigDecimal interestExact = Sums.minus(Sums.plus(Sums.minus(p.accruedExact[c], p.shortfall[c]), p.unpaidBefore[c]),
                    p.unpaidAfter[c]);
            classes.add(new ClassResult(deal.className(c), p.begin[c], p.rate(c), p.accrued[c], p.shortfall[c], p.interestPaid[c],
                    p.principal[c], p.loss[c], p.ending[c], p.principalExact[c], interestExact, p.conv,
                    deal.couponKind(c) == CouponKind.WAC_EXCESS_STRIP, deal.original(c), endingUnrounded(p, c), p.unpaidAfter[c],
                    p.writeDown[c]));
        }
        List<GroupResult> groups = new ArrayList<>(p.nGroups);
        for (int g = 0; g < p.nGroups; g++) {
            GroupCollateral gc = p.groups[g];
            BigDecimal b = gc.beginningBalance();
            groups.add(new GroupResult(deal.group(g).id(), b, gc.endingBalance(), gc.grossWac(), gc.scheduledPrincipal(),
                    gc.prepayments(), gc.liquidatedBalance(), p.netWac[g], p.sp[g], p.spp[g], p.seniorAmount[g],
                    p.subordinateAmount[g], p.groupLoss[g],
                    p.servicingFee[g], p.subServicingFee[g], p.trusteeFee[g],
                    p.grossInterest[g], p.groupShortfall[g], gc.advancesOnLiquidated(), gc.netRecoveries(), p.availableFunds[g],
                    p.paidToSeniors[g]));
        }
        return new PeriodResult(p.collateral.distributionDate(), p.dateNumber, classes, groups, p.shifting,
                p.subordinateInterest.add(p.subordinatePrincipalFunds));
    }

    private static BigDecimal exactEnding(int[] classes, BigDecimal[] begin, BigDecimal[] principalExact, BigDecimal[] loss,
            BigDecimal[] writeDown) {
        BigDecimal s = BigDecimal.ZERO;
        for (int k : classes) {
            s = s.add(Sums.minus(Sums.minus(Sums.minus(begin[k], principalExact[k]), loss[k]), writeDown[k]));
        }
        return s;
    }
}
