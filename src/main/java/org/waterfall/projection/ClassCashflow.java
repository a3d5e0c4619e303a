package org.waterfall.projection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One class on one projected distribution date, as the engine computed it. Dollars to the cent. For an
 * interest-only class the balances are its notional and principal is zero.
 *
 * @param date the distribution date
 * @param beginningBalance balance (or notional) before the distribution
 * @param rate the pass-through rate, percent, as the trustee would print it (6 decimals)
 * @param interest interest paid (accrued less shortfalls, plus interest owed from earlier dates, as far as the
 *     available funds go)
 * @param principal principal paid
 * @param loss realized losses allocated by the engine
 * @param writedown balance written off because the certificates exceed the collateral after the distribution (the
 *     deal's monthly write-down, or on the last date when the collateral is exhausted; see
 *     {@link ClassProjection#writedown()})
 * @param endingBalance balance (or notional) after the distribution, losses and any writedown
 * @param factor ending balance as a fraction of the original balance (the engine's factor per $1,000 / 1,000)
 * @param unpaidInterest interest owed after the date that the available funds could not pay
 */
public record ClassCashflow(
        LocalDate date,
        BigDecimal beginningBalance,
        BigDecimal rate,
        BigDecimal interest,
        BigDecimal principal,
        BigDecimal loss,
        BigDecimal writedown,
        BigDecimal endingBalance,
        BigDecimal factor,
        BigDecimal unpaidInterest) {

    /** Losses and writedown together: what the holder lost on the date. */
    public BigDecimal totalLoss() {
        return loss.add(writedown);
    }
}
