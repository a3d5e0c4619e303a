package org.waterfall.engine;

import java.math.BigDecimal;

/**
 * One loan group's figures for one distribution date. Percentages are fractions (0..1) at working precision.
 *
 * @param group group id
 * @param beginningBalance collateral at the start of the period
 * @param endingBalance collateral at the end
 * @param grossWac the period's weighted average loan rate, percent
 * @param scheduledPrincipal scheduled principal of the period
 * @param prepayments prepayments of the period
 * @param liquidatedBalance balance of loans liquidated in the period
 * @param netWac gross WAC less fees, percent
 * @param seniorPercentage SP: the seniors' beginning balance over the group's beginning balance, at most 1
 * @param seniorPrepaymentPercentage SPP applied this date
 * @param seniorPrincipal principal paid to the group's seniors (after cross-collateralization)
 * @param subordinatePrincipal principal from the group left for the subordinate classes (before
 *     cross-collateralization)
 * @param realizedLoss realized losses of the group
 * @param servicingFee master servicing fee
 * @param subServicingFee sub-servicer fee
 * @param trusteeFee trustee fee
 * @param grossInterest interest on the beginning balance at the gross WAC, to the cent (advanced interest included)
 * @param netInterestShortfall prepayment interest shortfall net of (capped) compensating interest, plus Relief Act
 * @param advancesReimbursed the servicer's advances on liquidated loans repaid this date (from their proceeds first)
 * @param netRecoveries liquidation proceeds after those advances, at most the liquidated balance
 * @param availableFunds what the group provides for the certificates: net interest and principal collected
 * @param paidToSeniors what its seniors were paid from it, interest and principal
 */
public record GroupResult(
        String group,
        BigDecimal beginningBalance,
        BigDecimal endingBalance,
        BigDecimal grossWac,
        BigDecimal scheduledPrincipal,
        BigDecimal prepayments,
        BigDecimal liquidatedBalance,
        BigDecimal netWac,
        BigDecimal seniorPercentage,
        BigDecimal seniorPrepaymentPercentage,
        BigDecimal seniorPrincipal,
        BigDecimal subordinatePrincipal,
        BigDecimal realizedLoss,
        BigDecimal servicingFee,
        BigDecimal subServicingFee,
        BigDecimal trusteeFee,
        BigDecimal grossInterest,
        BigDecimal netInterestShortfall,
        BigDecimal advancesReimbursed,
        BigDecimal netRecoveries,
        BigDecimal availableFunds,
        BigDecimal paidToSeniors) {
}
