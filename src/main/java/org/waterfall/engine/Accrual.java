package org.waterfall.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.waterfall.deal.CouponKind;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.TrusteeConventions;
import org.waterfall.money.Exact128;
import org.waterfall.money.Rounding;
import org.waterfall.money.Sums;

/**
 * Step 1, accrual: each group's net WAC, the subordinate rate, each class's coupon for the date and the interest it
 * accrues (30/360, one month: balance x rate / 1200, to the cent by the deal's interest convention).
 *
 * <p>Coupons that follow the loans: a fixed coupon with a cap pays at most its group's net WAC, and after its
 * {@code fixedThroughDate} pays that net WAC; a WAC-excess strip is the sum of each stripped class's excess, each
 * floored at zero, and ends (notional and interest zero) after its {@code throughDate}.
 */
final class Accrual {

    private static final BigDecimal ZERO_AT_WORKING_SCALE = BigDecimal.ZERO.setScale(Rounding.WORKING_SCALE);

    private Accrual() {
    }

    static void apply(Period p) {
        ResolvedDeal deal = p.deal;
        for (int g = 0; g < p.nGroups; g++) {
            p.seniorBalance[g] = Period.sum(p.begin, deal.seniorsOf(g));
            p.netWac[g] = p.groups[g].grossWac().subtract(deal.groupFeeRate(g));
            p.netWacCoupon[g] = couponRounded(p.conv, p.netWac[g]); // once a group: every class on the group's WAC reads it
        }
        p.subordinateRate = subordinateRate(p);
        for (int c = 0; c < p.nClasses; c++) {
            p.rate[c] = coupon(p, c);
        }
        boolean exactBasis = p.unroundedInterest
                && p.conv.derivedFigureBasis() == TrusteeConventions.DerivedFigureBasis.UNROUNDED_AMOUNTS;
        for (int c = 0; c < p.nClasses; c++) {
            if (deal.couponKind(c) == CouponKind.WAC_EXCESS_STRIP) {
                accrueStrip(p, c, exactBasis);
            } else {
                BigDecimal base = deal.couponKind(c) == CouponKind.FIXED_STRIP ? p.begin[deal.stripOf(c)] : p.begin[c];
                accrue(p, c, base, p.rate[c], exactBasis);
            }
        }
    }

    /** The class's coupon for the date, percent, never negative; null for a WAC strip (set from its interest). */
    private static BigDecimal coupon(Period p, int c) {
        ResolvedDeal deal = p.deal;
        BigDecimal written = deal.couponRate(c);
        BigDecimal rate = switch (deal.couponKind(c)) {
            case FIXED -> fixed(p, c, written);
            case GROUP_NET_WAC -> p.netWacCoupon[deal.couponGroup(c)];
            case SUBORDINATE_NET_WAC -> Sums.minus(couponRounded(p.conv, p.subordinateRate), written);
            case FIXED_STRIP -> written;
            case WAC_EXCESS_STRIP -> null;
        };
        return rate != null && rate.signum() < 0 ? BigDecimal.ZERO : rate;
    }

    private static BigDecimal fixed(Period p, int c, BigDecimal written) {
        int capGroup = p.deal.couponCapGroup(c);
        if (capGroup < 0) {
            return written;
        }
        BigDecimal groupRate = p.netWacCoupon[capGroup];
        return p.deal.couponAsWritten(c, p.dateNumber) ? written.min(groupRate) : groupRate;
    }

    private static void accrueStrip(Period p, int c, boolean exactBasis) {
        ResolvedDeal deal = p.deal;
        if (!deal.couponAsWritten(c, p.dateNumber)) {
            p.begin[c] = BigDecimal.ZERO;
            p.rate[c] = BigDecimal.ZERO;
            accrue(p, c, BigDecimal.ZERO, exactBasis);
            return;
        }
        BigDecimal wac = p.netWacCoupon[deal.couponGroup(c)];
        // sum of balance x excess rate, percent-dollars per annum, over the classes below the WAC
        BigDecimal[] balances = p.productScratch[0];
        BigDecimal[] excess = p.productScratch[1];
        int n = 0;
        for (int k : deal.stripOver(c)) {
            if (wac.compareTo(p.rate[k]) > 0) { // a class on the WAC itself has no excess
                balances[n] = p.begin[k];
                excess[n++] = wac.subtract(p.rate[k]);
            }
        }
        BigDecimal excessDollars = Exact128.sumOfProducts(balances, excess, n);
        accrue(p, c, excessDollars, exactBasis);
        p.stripDollars[c] = excessDollars;
        p.rate[c] = p.begin[c].signum() == 0 ? BigDecimal.ZERO : null; // divided out when asked for (Period.rate)
    }

    /** Interest on {@code base} at {@code ratePercent} for the month: the product over 1,200, rounded once. */
    private static void accrue(Period p, int c, BigDecimal base, BigDecimal ratePercent, boolean exactBasis) {
        if (base.signum() == 0 || ratePercent.signum() == 0) {
            accrue(p, c, BigDecimal.ZERO, exactBasis);
            return;
        }
        p.accrued[c] = p.conv.interest().productOver(base, ratePercent, Period.TWELVE_HUNDRED);
        p.accruedExact[c] = exactBasis
                ? Exact128.multiplyDivide(base, ratePercent, Period.TWELVE_HUNDRED, Rounding.WORKING_SCALE, RoundingMode.HALF_EVEN)
                : p.accrued[c];
    }

    private static void accrue(Period p, int c, BigDecimal percentDollars, boolean exactBasis) {
        if (percentDollars.signum() == 0) {
            p.accrued[c] = p.conv.interest().zero();
            p.accruedExact[c] = exactBasis ? ZERO_AT_WORKING_SCALE : p.accrued[c];
            return;
        }
        p.accrued[c] = p.conv.interest().divide(percentDollars, Period.TWELVE_HUNDRED);
        p.accruedExact[c] = exactBasis
                ? percentDollars.divide(Period.TWELVE_HUNDRED, Rounding.WORKING_SCALE, RoundingMode.HALF_EVEN) : p.accrued[c];
    }

    static BigDecimal couponRounded(TrusteeConventions conv, BigDecimal ratePercent) {
        return conv.couponRate() == null ? ratePercent : conv.couponRate().apply(ratePercent);
    }

    /**
     * The groups' net WACs weighted by their subordinate components (beginning balance less the seniors'
     * beginning balance, never negative); by beginning balance when every component is zero. At the deal's working
     * precision.
     */
    static BigDecimal subordinateRate(Period p) {
        BigDecimal[] weights = p.productScratch[0];
        BigDecimal[] rates = p.productScratch[1];
        int n = 0;
        for (int g = 0; g < p.nGroups; g++) {
            BigDecimal component = p.groups[g].beginningBalance().subtract(p.seniorBalance[g]);
            if (component.signum() > 0) {
                weights[n] = component;
                rates[n++] = p.netWac[g];
            }
        }
        if (n == 0) {
            for (int g = 0; g < p.nGroups; g++) {
                weights[n] = p.groups[g].beginningBalance();
                rates[n++] = p.netWac[g];
            }
        }
        BigDecimal weighted = Exact128.sumOfProducts(weights, rates, n);
        BigDecimal total = Sums.total(weights, n);
        return total.signum() == 0 ? BigDecimal.ZERO : p.conv.workingPrecision().divide(weighted, total);
    }
}
