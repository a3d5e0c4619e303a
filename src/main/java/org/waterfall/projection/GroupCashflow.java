package org.waterfall.projection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One loan group's collateral on one projected distribution date. Dollars to the cent.
 *
 * @param date the distribution date
 * @param beginningBalance pool balance at the start of the month (performing loans and defaulted loans awaiting
 *     liquidation)
 * @param grossWac the weighted average loan rate of the month, percent
 * @param scheduledPrincipal scheduled principal of the performing loans
 * @param prepayments prepayments in full and in part
 * @param defaults performing balance that defaulted this month (liquidated after the recovery lag)
 * @param liquidatedBalance defaulted balance liquidated this month
 * @param recoveries net recoveries: liquidation proceeds ((1 - severity) x liquidated balance) after the servicer's
 *     interest advances on those loans are repaid from them, at most the liquidated balance
 * @param loss realized loss: liquidated balance less net recoveries
 * @param interest gross interest on the beginning balance at the gross WAC, 30/360 (interest on defaulted loans
 *     awaiting liquidation is taken as advanced)
 * @param fees servicing, sub-servicing and trustee fees, as the engine computes them
 * @param endingBalance pool balance after the month
 * @param advancesReimbursed the servicer's interest advances on the liquidated loans repaid this month (from their
 *     proceeds first, then from the group's other collections)
 * @param availableFunds what the group provided for the certificates: interest less fees, shortfalls and any advance
 *     the proceeds could not repay, plus principal collected and net recoveries
 * @param paidToSeniors what its senior classes were paid out of it, interest and principal (the rest pools for the
 *     subordinate classes)
 */
public record GroupCashflow(
        LocalDate date,
        BigDecimal beginningBalance,
        BigDecimal grossWac,
        BigDecimal scheduledPrincipal,
        BigDecimal prepayments,
        BigDecimal defaults,
        BigDecimal liquidatedBalance,
        BigDecimal recoveries,
        BigDecimal loss,
        BigDecimal interest,
        BigDecimal fees,
        BigDecimal endingBalance,
        BigDecimal advancesReimbursed,
        BigDecimal availableFunds,
        BigDecimal paidToSeniors) {

    /** Principal the classes receive from the group: scheduled, prepaid and recovered. */
    public BigDecimal principalCollected() {
        return scheduledPrincipal.add(prepayments).add(recoveries);
    }
}
