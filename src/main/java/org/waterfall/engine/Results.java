package org.waterfall.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.deal.CouponKind;
import org.waterfall.deal.ResolvedDeal;

/** Step 12, results: each class's and group's figures for the date, and what the funds left over. */
final class Results {

    private Results() {
    }

    static PeriodResult apply(Period p) {
        ResolvedDeal deal = p.deal;
        BigDecimal[] ending = new BigDecimal[p.nClasses];
        for (int c = 0; c < p.nClasses; c++) {
            ending[c] = deal.isInterestOnly(c) ? null : p.remaining(c);
        }
        List<ClassResult> classes = new ArrayList<>(p.nClasses);
        for (int c = 0; c < p.nClasses; c++) {
            boolean io = deal.isInterestOnly(c);
            boolean stripEnds = io && !deal.couponAsWritten(c, p.dateNumber + 1);
            if (io) {
                ending[c] = stripEnds ? BigDecimal.ZERO : Period.sum(ending, deal.notionalOf(c));
            }
            BigDecimal endingUnrounded = stripEnds ? BigDecimal.ZERO
                    : io ? exactEnding(p, deal.notionalOf(c)) : exactEnding(p, new int[] {c});
            BigDecimal interestExact = Period.minus(Period.plus(Period.minus(p.accruedExact[c], p.shortfall[c]), p.unpaidBefore[c]),
                    p.unpaidAfter[c]);
            classes.add(new ClassResult(deal.className(c), p.begin[c], p.rate[c], p.accrued[c], p.shortfall[c], p.interestPaid[c],
                    p.principal[c], p.loss[c], ending[c], p.principalExact[c], interestExact, p.conv,
                    deal.couponKind(c) == CouponKind.WAC_EXCESS_STRIP, deal.original(c), endingUnrounded, p.unpaidAfter[c],
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
            s = s.add(Period.minus(Period.minus(Period.minus(p.begin[k], p.principalExact[k]), p.loss[k]), p.writeDown[k]));
        }
        return s;
    }
}
