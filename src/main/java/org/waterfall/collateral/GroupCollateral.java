package org.waterfall.collateral;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One loan group's collateral for one period: what the servicer reports. Dollars to the cent; rates in
 * percent per annum.
 *
 * @param group the group id, as the deal names it
 * @param beginningBalance aggregate stated principal balance at the start of the period
 * @param scheduledPrincipal scheduled principal due in the period
 * @param prepayments principal prepaid in full and in part (curtailments)
 * @param liquidatedBalance stated balance of loans liquidated in the period
 * @param liquidationProceeds net liquidation proceeds of those loans (allocable to principal)
 * @param grossWac weighted average loan rate at the start of the period, percent (the statement's
 *     "Avg loan rate")
 * @param prepaymentInterestShortfall interest lost to prepayments in the month (before compensating interest)
 * @param compensatingInterest what the servicer pays to cover it
 * @param reliefActShortfall interest lost to the Servicemembers Civil Relief Act
 */
public record GroupCollateral(
        String group,
        BigDecimal beginningBalance,
        BigDecimal scheduledPrincipal,
        BigDecimal prepayments,
        BigDecimal liquidatedBalance,
        BigDecimal liquidationProceeds,
        BigDecimal grossWac,
        BigDecimal prepaymentInterestShortfall,
        BigDecimal compensatingInterest,
        BigDecimal reliefActShortfall) {

    public GroupCollateral {
        Objects.requireNonNull(group, "group");
        requireNonNegative("beginningBalance", beginningBalance);
        requireNonNegative("scheduledPrincipal", scheduledPrincipal);
        requireNonNegative("prepayments", prepayments);
        requireNonNegative("liquidatedBalance", liquidatedBalance);
        requireNonNegative("liquidationProceeds", liquidationProceeds);
        requireNonNegative("grossWac", grossWac);
        requireNonNegative("prepaymentInterestShortfall", prepaymentInterestShortfall);
        requireNonNegative("compensatingInterest", compensatingInterest);
        requireNonNegative("reliefActShortfall", reliefActShortfall);
        if (scheduledPrincipal.add(prepayments).add(liquidatedBalance).compareTo(beginningBalance) > 0) {
            throw new IllegalArgumentException("group " + group + ": principal reductions exceed the beginning balance");
        }
    }

    /** A period with only scheduled principal and prepayments: no liquidations, no interest shortfalls. */
    public static GroupCollateral simple(String group, BigDecimal beginningBalance, BigDecimal scheduledPrincipal,
            BigDecimal prepayments, BigDecimal grossWac) {
        BigDecimal zero = BigDecimal.ZERO;
        return new GroupCollateral(group, beginningBalance, scheduledPrincipal, prepayments, zero, zero, grossWac,
                zero, zero, zero);
    }

    /** Beginning balance less scheduled principal, prepayments and liquidated balances. */
    public BigDecimal endingBalance() {
        return beginningBalance.subtract(scheduledPrincipal).subtract(prepayments).subtract(liquidatedBalance);
    }

    /** Liquidated balance not recovered by the proceeds (never negative). */
    public BigDecimal realizedLoss() {
        BigDecimal loss = liquidatedBalance.subtract(liquidationProceeds);
        return loss.signum() > 0 ? loss : BigDecimal.ZERO;
    }

    /** Principal actually collected: scheduled, prepaid, and liquidation proceeds up to the liquidated balance. */
    public BigDecimal principalCollected() {
        return scheduledPrincipal.add(prepayments).add(liquidationProceeds.min(liquidatedBalance));
    }

    /** Prepayment interest shortfall not covered by compensating interest, plus Relief Act shortfall. */
    public BigDecimal netInterestShortfall() {
        BigDecimal ppis = prepaymentInterestShortfall.subtract(compensatingInterest);
        return (ppis.signum() > 0 ? ppis : BigDecimal.ZERO).add(reliefActShortfall);
    }

    private static void requireNonNegative(String field, BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value.toPlainString());
        }
    }
}
