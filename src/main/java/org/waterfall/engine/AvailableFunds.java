package org.waterfall.engine;

import java.math.BigDecimal;
import org.waterfall.collateral.GroupCollateral;

/**
 * Step 3, available funds: what each group's loans provide for the certificates on the date. Interest: the gross
 * interest on the group's beginning balance (balance x WAC / 1200, to the cent; interest on delinquent loans is
 * advanced by the servicer and so included) less the servicing, sub-servicing and trustee fees, less the group's net
 * interest shortfall, less any advance on a liquidated loan its proceeds could not repay. Principal: scheduled
 * principal, prepayments and net recoveries (liquidation proceeds after the servicer's advances on those loans are
 * repaid). The certificates are never paid more than this.
 */
final class AvailableFunds {

    private AvailableFunds() {
    }

    static void apply(Period p) {
        for (int g = 0; g < p.nGroups; g++) {
            GroupCollateral gc = p.groups[g];
            BigDecimal b = gc.beginningBalance();
            p.grossInterest[g] = gc.interestCollected() != null ? gc.interestCollected()
                    : p.conv.interest().divide(b.multiply(gc.grossWac()), Period.TWELVE_HUNDRED);
            p.fees[g] = monthlyFee(p, b, p.deal.group(g).servicingFeeRate())
                    .add(monthlyFee(p, b, p.deal.group(g).subServicingFeeRate()))
                    .add(monthlyFee(p, b, p.deal.group(g).trusteeFeeRate()));
            BigDecimal funds = p.grossInterest[g].subtract(p.fees[g]).subtract(p.groupShortfall[g])
                    .subtract(gc.advancesFromCollections()).add(gc.principalCollected());
            p.availableFunds[g] = funds.signum() > 0 ? funds : BigDecimal.ZERO;
            p.fundsLeft[g] = p.availableFunds[g];
        }
    }

    /** A group's monthly fee: beginning balance x annual rate (percent) / 1200, to the cent. */
    static BigDecimal monthlyFee(Period p, BigDecimal balance, BigDecimal ratePercent) {
        return p.conv.interest().divide(balance.multiply(ratePercent), Period.TWELVE_HUNDRED);
    }
}
