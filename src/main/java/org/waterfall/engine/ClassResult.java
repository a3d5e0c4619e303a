package org.waterfall.engine;

import java.math.BigDecimal;

/**
 * One class's figures for one distribution date. Dollars to the cent; rates in percent; factors per $1,000
 * of original balance (or notional) to 6 decimals.
 *
 * @param name class name
 * @param beginningBalance beginning balance; for an IO class its beginning notional
 * @param rate the coupon in percent, unrounded, at which interest accrued (for a WAC strip, the
 *     notional-weighted excess)
 * @param printedRate the rate as the trustee prints it (6 decimals; an IO strip's from its rounded interest)
 * @param accruedInterest interest accrued before shortfalls
 * @param interestShortfall shortfalls allocated to the class
 * @param interest interest distributed: accrued less shortfalls
 * @param totalDistribution principal + interest as the trustee prints it (from the rounded amounts, or
 *     rounded from the unrounded ones, per the deal's derived-figure basis)
 * @param principal principal distributed
 * @param loss realized losses allocated
 * @param endingBalance ending balance; for an IO class its ending notional
 * @param principalFactor principal per $1,000 of original
 * @param interestFactor interest per $1,000 of original
 * @param endingFactor ending balance per $1,000 of original
 * @param principalUnrounded the class's principal before rounding (its exact pro-rata share), working precision
 * @param interestUnrounded its interest before rounding, working precision
 */
public record ClassResult(
        String name,
        BigDecimal beginningBalance,
        BigDecimal rate,
        BigDecimal printedRate,
        BigDecimal accruedInterest,
        BigDecimal interestShortfall,
        BigDecimal interest,
        BigDecimal totalDistribution,
        BigDecimal principal,
        BigDecimal loss,
        BigDecimal endingBalance,
        BigDecimal principalFactor,
        BigDecimal interestFactor,
        BigDecimal endingFactor,
        BigDecimal principalUnrounded,
        BigDecimal interestUnrounded) {
}
