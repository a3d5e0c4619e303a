package org.waterfall.engine;

import java.math.BigDecimal;
import org.waterfall.money.Sums;
import java.util.ArrayList;
import java.util.List;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.deal.CouponKind;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.TrusteeConventions;

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
                p.ending[c] = stripEnds(p, c) ? BigDecimal.ZERO : Period.sum(p.ending, deal.notionalOf(c));
            }
        }
    }

    /** Whether an interest-only class ends on this date (its coupon is not as written on the next). */
    private static boolean stripEnds(Period p, int c) {
        return p.deal.isInterestOnly(c) && !p.deal.couponAsWritten(c, p.dateNumber + 1);
    }

    /**
     * A class's ending balance before rounding: beginning less the unrounded principal, the loss and the write-down (an
     * IO class: the sum over its reference classes; zero once its coupon has ended).
     *
     * @throws IllegalStateException if the date was run without the unrounded principal ({@link Detail#AMOUNTS})
     */
    static BigDecimal endingUnrounded(Period p, int c) {
        if (stripEnds(p, c)) {
            return BigDecimal.ZERO;
        }
        if (!p.unroundedPrincipal) {
            throw new IllegalStateException("the unrounded ending balance was not asked for when the date was run");
        }
        return p.deal.isInterestOnly(c) ? exactEnding(p, p.deal.notionalOf(c)) : exactEnding(p, new int[] {c});
    }

    /** The balance a class's ending factor is taken from: before rounding on the unrounded basis. */
    static BigDecimal endingBasis(Period p, int c) {
        return p.conv.derivedFigureBasis() == TrusteeConventions.DerivedFigureBasis.UNROUNDED_AMOUNTS ? endingUnrounded(p, c) : p.ending[c];
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

    private static BigDecimal exactEnding(Period p, int[] classes) {
        BigDecimal s = BigDecimal.ZERO;
        for (int k : classes) {
            s = s.add(Sums.minus(Sums.minus(Sums.minus(p.begin[k], p.principalExact[k]), p.loss[k]), p.writeDown[k]));
        }
        return s;
    }
}
