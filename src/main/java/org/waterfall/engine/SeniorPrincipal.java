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
            // sp x scheduled + spp x prepayments + the smaller of sp x liquidated and spp x net recoveries, rounded once: the
            // smaller joins the product whose percentage it shares (sp x a + sp x b is sp x (a + b)), so the formula is one
            // sum of two products, formed without a BigInteger (Exact128)
            BigDecimal atSp = gc.scheduledPrincipal();
            BigDecimal atSpp = gc.prepayments();
            if (gc.liquidatedBalance().signum() != 0 || gc.netRecoveries().signum() != 0) {
                if (Exact128.compareProducts(sp, gc.liquidatedBalance(), spp, gc.netRecoveries()) <= 0) {
                    atSp = atSp.add(gc.liquidatedBalance());
                } else {
                    atSpp = atSpp.add(gc.netRecoveries());
                }
            }
            BigDecimal rounded = cents.sumOfProducts(sp, atSp, spp, atSpp);
            BigDecimal formula = rounded.min(collected);
            p.seniorAmount[g] = formula.min(p.seniorBalance[g]);
            p.seniorExact[g] = !p.unroundedPrincipal || p.seniorAmount[g].compareTo(rounded) != 0 ? p.seniorAmount[g]
                    : Exact128.sumOfProducts(sp, atSp, spp, atSpp, Rounding.WORKING_SCALE, RoundingMode.HALF_EVEN);
            p.excessSenior[g] = formula.subtract(p.seniorAmount[g]);
            p.subordinateAmount[g] = collected.subtract(formula);
            p.subordinateScheduled[g] = cents.product(BigDecimal.ONE.subtract(sp), gc.scheduledPrincipal());
        }
    }
}
