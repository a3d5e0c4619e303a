package org.waterfall.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.money.Exact128;
import org.waterfall.money.Rounding;

/**
 * Step 5, each group's Senior Principal Distribution Amount: SP x scheduled principal + SPP x prepayments + the lesser
 * of SP x the liquidated balance and SPP x the net recoveries, with SP the seniors' share of the group's beginning
 * balance and SPP = SP + (1 - SP) x the shift. It is at most the principal collected and at most the seniors' balance;
 * what the seniors cannot take because they are retired is kept apart for cross-collateralization. The rest of the
 * group's principal is the group's part of the subordinate principal. On a final distribution the seniors are due
 * their whole balance.
 */
final class SeniorPrincipal {

    private SeniorPrincipal() {
    }

    static void apply(Period p) {
        Rounding cents = p.conv.principal();
        for (int g = 0; g < p.nGroups; g++) {
            GroupCollateral gc = p.groups[g];
            BigDecimal b = gc.beginningBalance();
            BigDecimal sp = b.signum() == 0 ? BigDecimal.ZERO
                    : p.conv.workingPrecision().divide(p.seniorBalance[g], b).min(BigDecimal.ONE);
            BigDecimal spp = sp.add(BigDecimal.ONE.subtract(sp).multiply(p.shiftFraction));
            p.sp[g] = sp;
            p.spp[g] = spp;
            BigDecimal collected = gc.principalCollected();
            if (p.finalDistribution()) {
                p.seniorAmount[g] = p.seniorBalance[g];
                p.seniorExact[g] = p.seniorBalance[g];
                p.subordinateAmount[g] = collected.subtract(p.seniorBalance[g].min(collected));
                p.subordinateScheduled[g] = BigDecimal.ZERO;
                continue;
            }
            BigDecimal rounded;
            BigDecimal unrounded = null;
            boolean liquidations = gc.liquidatedBalance().signum() != 0 || gc.netRecoveries().signum() != 0;
            if (liquidations) {
                unrounded = sp.multiply(gc.scheduledPrincipal()).add(spp.multiply(gc.prepayments()));
                if (liquidations) {
                    unrounded = unrounded.add(sp.multiply(gc.liquidatedBalance()).min(spp.multiply(gc.netRecoveries())));
                }
                rounded = cents.apply(unrounded);
            } else {
                // the same sum rounded once, without forming it (Exact128)
                rounded = cents.sumOfProducts(sp, gc.scheduledPrincipal(), spp, gc.prepayments());
            }
            BigDecimal formula = rounded.min(collected);
            p.seniorAmount[g] = formula.min(p.seniorBalance[g]);
            p.seniorExact[g] = !p.unroundedPrincipal || p.seniorAmount[g].compareTo(rounded) != 0 ? p.seniorAmount[g]
                    : unrounded != null ? unrounded.setScale(Rounding.WORKING_SCALE, RoundingMode.HALF_EVEN)
                    : Exact128.sumOfProducts(sp, gc.scheduledPrincipal(), spp, gc.prepayments(), Rounding.WORKING_SCALE, RoundingMode.HALF_EVEN);
            p.excessSenior[g] = formula.subtract(p.seniorAmount[g]);
            p.subordinateAmount[g] = collected.subtract(formula);
            p.subordinateScheduled[g] = cents.product(BigDecimal.ONE.subtract(sp), gc.scheduledPrincipal());
        }
    }
}
