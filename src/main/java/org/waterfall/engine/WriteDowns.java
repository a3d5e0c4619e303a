package org.waterfall.engine;

import java.math.BigDecimal;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.money.ProRata;
import org.waterfall.money.RemainderRule;
import org.waterfall.money.Sums;

/**
 * Step 11, undercollateralization: when, after the distribution, the certificates exceed the collateral, the most
 * junior class outstanding is written down by the excess (then the next, from the loss order); once the loss order is
 * exhausted, the seniors of each group whose seniors exceed its collateral, pro rata. The deal says whether this
 * happens every month; it always happens on the final distribution, when no collateral is left to pay what remains.
 */
final class WriteDowns {

    private WriteDowns() {
    }

    static void apply(Period p) {
        ResolvedDeal deal = p.deal;
        if (!deal.deal().losses().writeDownExcessOverCollateral() && !p.finalDistribution()) {
            return;
        }
        BigDecimal certificates = p.remainingTotal(p.principalClasses);
        BigDecimal collateral = BigDecimal.ZERO;
        for (var gc : p.groups) {
            collateral = Sums.plus(collateral, gc.endingBalance());
        }
        BigDecimal excess = certificates.subtract(collateral);
        if (excess.signum() <= 0) {
            return;
        }
        BigDecimal[] room = new BigDecimal[p.nClasses];
        for (int c = 0; c < p.nClasses; c++) {
            room[c] = deal.isInterestOnly(c) ? BigDecimal.ZERO : p.remaining(c);
        }
        BigDecimal left = excess.subtract(Allocation.sequential(excess, deal.lossOrder(), room, p.writeDown, null));
        if (left.signum() <= 0) {
            return;
        }
        BigDecimal[] gap = new BigDecimal[p.nGroups];
        for (int g = 0; g < p.nGroups; g++) {
            BigDecimal seniors = Period.sum(room, deal.seniorsOf(g));
            BigDecimal over = seniors.subtract(p.groups[g].endingBalance());
            gap[g] = over.signum() > 0 ? over : BigDecimal.ZERO;
        }
        if (Period.sum(gap).signum() == 0) {
            return;
        }
        BigDecimal[] shares = ProRata.allocate(left.min(Period.sum(gap)), gap, p.conv.principal(), RemainderRule.LARGEST_ABSORBS);
        for (int g = 0; g < p.nGroups; g++) {
            for (int c = 0; c < p.nClasses; c++) {
                room[c] = deal.isInterestOnly(c) ? BigDecimal.ZERO : p.remaining(c);
            }
            Allocation.proRataCapped(p, shares[g], shares[g], deal.seniorsOf(g), room, p.writeDown, null, p.conv.principal(),
                    RemainderRule.LARGEST_ABSORBS);
        }
    }
}
