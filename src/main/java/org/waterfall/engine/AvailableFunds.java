package org.waterfall.engine;

import java.math.BigDecimal;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.money.Sums;

/**
 * Step 3, available funds: what each group's loans provide for the certificates on the date. Interest: the net
 * interest on the group's beginning balance (balance x net WAC / 1200, to the cent, NET_INTEREST_CENTS; interest on
 * delinquent loans is advanced by the servicer and so included), less the group's net interest shortfall, less any
 * advance on a liquidated loan its proceeds could not repay. The fees are each rounded to the cent and the gross
 * interest is the net interest plus the fees, so gross = net + fees to the cent. Where the period's gross interest is
 * known ({@link GroupCollateral#interestCollected()}), the net interest is that less the fees. Principal: scheduled
 * principal, prepayments and net recoveries (liquidation proceeds after the servicer's advances on those loans are
 * repaid). Interest funds pay interest and principal funds pay principal: the certificates are never paid more interest
 * than the loans' net interest, nor more principal than the collateral's principal reduction less its losses. An
 * advance the proceeds could not repay comes out of the interest funds first, then the principal funds; what it takes
 * from principal is a loss to the certificates, allocated with the realized losses.
 */
final class AvailableFunds {

    private AvailableFunds() {
    }

    static void apply(Period p) {
        for (int g = 0; g < p.nGroups; g++) {
            GroupCollateral gc = p.groups[g];
            BigDecimal b = gc.beginningBalance();
            p.servicingFee[g] = monthlyFee(p, b, p.deal.group(g).servicingFeeRate());
            p.subServicingFee[g] = monthlyFee(p, b, p.deal.group(g).subServicingFeeRate());
            p.trusteeFee[g] = monthlyFee(p, b, p.deal.group(g).trusteeFeeRate());
            p.fees[g] = p.servicingFee[g].add(p.subServicingFee[g]).add(p.trusteeFee[g]);
            BigDecimal net = gc.interestCollected() != null ? gc.interestCollected().subtract(p.fees[g])
                    : p.conv.interest().productOver(b, p.netWac[g], Period.TWELVE_HUNDRED);
            p.grossInterest[g] = net.add(p.fees[g]);
            BigDecimal interest = Sums.minus(net, p.groupShortfall[g], gc.advancesFromCollections());
            BigDecimal principal = gc.principalCollected();
            if (interest.signum() < 0) {
                p.principalHeldBack[g] = interest.negate().min(principal);
                principal = principal.subtract(p.principalHeldBack[g]);
                interest = BigDecimal.ZERO;
            }
            p.interestLeft[g] = interest;
            p.principalLeft[g] = principal;
            p.availableFunds[g] = interest.add(principal);
        }
    }

    /** A group's monthly fee: beginning balance x annual rate (percent) / 1200, to the cent. */
    static BigDecimal monthlyFee(Period p, BigDecimal balance, BigDecimal ratePercent) {
        if (ratePercent.signum() == 0) {
            return BigDecimal.ZERO.setScale(p.conv.interest().scale());
        }
        return p.conv.interest().productOver(balance, ratePercent, Period.TWELVE_HUNDRED);
    }
}
