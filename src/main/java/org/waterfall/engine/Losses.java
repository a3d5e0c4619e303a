package org.waterfall.engine;

import java.math.BigDecimal;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.money.ProRata;
import org.waterfall.money.RemainderRule;
import org.waterfall.money.Rounding;

/**
 * Step 10, realized losses. Losses within the special hazard, fraud and bankruptcy coverage go to the classes of the
 * loss order, most junior first; once those are gone (credit-support depletion) each group's part of what is left goes
 * to its seniors pro rata by balance, and where those are gone as well, to every other senior class pro rata. Principal
 * a group's interest could not spare for an advance counts as a loss of that group. A group's loss beyond that coverage (its excess loss) goes to every class pro
 * rata: the group's senior percentage of it to its seniors, the rest to the subordinate classes, each pro rata by
 * balance.
 */
final class Losses {

    private Losses() {
    }

    static void apply(Period p) {
        ResolvedDeal deal = p.deal;
        Rounding cents = p.conv.principal();
        BigDecimal[] ordered = new BigDecimal[p.nGroups];
        for (int g = 0; g < p.nGroups; g++) {
            p.groupLoss[g] = p.groups[g].realizedLoss().add(p.principalHeldBack[g]);
            ordered[g] = p.groups[g].orderedLoss().add(p.principalHeldBack[g]);
        }
        BigDecimal total = Period.sum(ordered);
        if (total.signum() == 0 && Period.sum(p.groupLoss).signum() == 0) {
            return;
        }
        BigDecimal[] room = roomAfterPrincipal(p);
        BigDecimal unallocated = total.subtract(Allocation.sequential(total, deal.lossOrder(), room, p.loss, null));
        if (unallocated.signum() > 0) {
            BigDecimal[] groupShare = ProRata.allocate(unallocated, ordered, cents, RemainderRule.LARGEST_ABSORBS);
            BigDecimal left = unallocated;
            for (int g = 0; g < p.nGroups; g++) {
                left = left.subtract(Allocation.proRataCapped(p, groupShare[g], groupShare[g], deal.seniorsOf(g), roomAfterPrincipal(p),
                        p.loss, null, cents, RemainderRule.LARGEST_ABSORBS));
            }
            if (left.signum() > 0) {
                // a group whose seniors are gone too: its loss goes to the other groups' seniors, pro rata by balance
                Allocation.proRataCapped(p, left, left, deal.allSeniors(), roomAfterPrincipal(p), p.loss, null, cents,
                        RemainderRule.LARGEST_ABSORBS);
            }
        }
        for (int g = 0; g < p.nGroups; g++) {
            BigDecimal excess = p.groups[g].realizedLoss().subtract(ordered[g]);
            if (excess.signum() > 0) {
                BigDecimal toSeniors = cents.product(p.sp[g], excess);
                Allocation.proRataCapped(p, toSeniors, toSeniors, deal.seniorsOf(g), roomAfterPrincipal(p), p.loss, null, cents,
                        RemainderRule.LARGEST_ABSORBS);
                BigDecimal toSubs = excess.subtract(toSeniors);
                Allocation.proRataCapped(p, toSubs, toSubs, deal.subordinates(), roomAfterPrincipal(p), p.loss, null, cents,
                        RemainderRule.LARGEST_ABSORBS);
            }
        }
    }

    private static BigDecimal[] roomAfterPrincipal(Period p) {
        BigDecimal[] room = new BigDecimal[p.nClasses];
        for (int c = 0; c < p.nClasses; c++) {
            room[c] = p.deal.isInterestOnly(c) ? BigDecimal.ZERO : p.remaining(c);
        }
        return room;
    }
}
