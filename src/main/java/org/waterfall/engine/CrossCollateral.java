package org.waterfall.engine;

import java.math.BigDecimal;
import org.waterfall.deal.ShiftingInterest;
import org.waterfall.money.ProRata;
import org.waterfall.money.RemainderRule;
import org.waterfall.money.Sums;

/**
 * Step 7, cross-collateralization. A group whose seniors are retired sends the principal they could not take to the
 * other groups' seniors (pro rata by the groups' senior balances, then within each group by its senior principal
 * rule), while the deal's condition allows it (see
 * {@link ShiftingInterestState#retiredGroupCrossCollateralization()}); otherwise the subordinate classes keep it.
 * Then every group's remaining funds pool for the subordinate classes, and a group whose seniors exceed its collateral
 * after their principal takes from that pool, up to the subordinate principal (paid by its senior principal rule), before
 * any subordinate class is paid.
 */
final class CrossCollateral {

    private CrossCollateral() {
    }

    static void apply(Period p) {
        ShiftingInterest.CrossCollateralization rules = p.deal.shiftingInterest().crossCollateralization();
        BigDecimal pool = Period.sum(p.subordinateAmount);
        for (int g = 0; g < p.nGroups; g++) {
            BigDecimal excess = p.excessSenior[g];
            if (excess.signum() <= 0) {
                continue;
            }
            BigDecimal paid = p.shifting.retiredGroupCrossCollateralization() ? payOtherSeniors(p, g, excess.min(p.principalLeft[g]))
                    : BigDecimal.ZERO;
            p.principalLeft[g] = p.principalLeft[g].subtract(paid);
            pool = pool.add(excess.subtract(paid));
        }
        p.subordinateInterest = Period.sum(p.interestLeft);
        p.subordinatePrincipalFunds = Period.sum(p.principalLeft);
        if (rules.undercollateralized()) {
            for (int g = 0; g < p.nGroups; g++) {
                BigDecimal seniorEnding = p.remainingTotal(p.deal.seniorsOf(g));
                BigDecimal gap = seniorEnding.subtract(p.groups[g].endingBalance());
                BigDecimal paid = gap.min(pool).min(p.subordinatePrincipalFunds);
                if (paid.signum() > 0) {
                    paid = paySeniors(p, g, paid);
                    pool = pool.subtract(paid);
                    p.subordinatePrincipalFunds = p.subordinatePrincipalFunds.subtract(paid);
                    p.seniorAmount[g] = p.seniorAmount[g].add(paid);
                }
            }
        }
        p.subordinatePool = pool;
    }

    /** Pays {@code amount} to the seniors of every group but {@code g}, pro rata by what they still owe. */
    private static BigDecimal payOtherSeniors(Period p, int g, BigDecimal amount) {
        BigDecimal[] room = new BigDecimal[p.nGroups];
        for (int h = 0; h < p.nGroups; h++) {
            room[h] = BigDecimal.ZERO;
            if (h != g) {
                for (int c : p.deal.seniorsOf(h)) {
                    room[h] = room[h].add(p.remaining(c));
                }
            }
        }
        BigDecimal paid = amount.min(Period.sum(room));
        BigDecimal[] shares = ProRata.allocate(paid, room, p.conv.principal(), RemainderRule.LARGEST_ABSORBS);
        BigDecimal placed = BigDecimal.ZERO;
        for (int h = 0; h < p.nGroups; h++) {
            BigDecimal got = paySeniors(p, h, shares[h]);
            p.seniorAmount[h] = p.seniorAmount[h].add(got);
            placed = placed.add(got);
        }
        return placed;
    }

    /**
     * Pays principal to a group's seniors by the group's senior principal rule (the priority of its Senior Principal
     * Distribution Amount), each class's unrounded twin being the amount paid; returns what was paid.
     */
    private static BigDecimal paySeniors(Period p, int g, BigDecimal amount) {
        if (amount.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return p.seniorPayees.payRounded(g, amount);
    }
}
