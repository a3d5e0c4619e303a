package org.waterfall.analytics;

/**
 * A price and yield that belong together, with what follows from them.
 *
 * @param cleanPrice price in percent of face, excluding accrued interest
 * @param yieldPercent cash-flow yield, percent, bond-equivalent (semi-annual compounding; see {@link CashflowYield})
 * @param accruedInterest accrued interest from the accrual start to settlement, dollars
 * @param accruedPercent the same in percent of face
 * @param modifiedDuration percentage change of the full price per unit change of the bond-equivalent yield, with
 *     the cash flows held fixed, years
 */
public record Quote(double cleanPrice, double yieldPercent, double accruedInterest, double accruedPercent,
        double modifiedDuration) {

    /** Clean price plus accrued, percent of face. */
    public double fullPrice() {
        return cleanPrice + accruedPercent;
    }
}
