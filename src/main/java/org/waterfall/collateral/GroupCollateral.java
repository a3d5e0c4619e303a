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

    /** The payments left at the start of the month that this month's scheduled principal implies; see {@link #impliedTermMonths(BigDecimal, BigDecimal, BigDecimal)}. */
    public int impliedTermMonths() {
        return impliedTermMonths(beginningBalance, scheduledPrincipal, grossWac);
    }

    /**
     * Payments left at the start of a month, treating the group as one level-payment loan, from its beginning
     * balance, scheduled principal and gross WAC (percent): n = -ln(1 - rB/(S + rB)) / ln(1 + r) with r = WAC / 1200,
     * rounded; B / S at a zero rate; at most 1,200; -1 when there is no scheduled principal (or no balance) to imply
     * a term from. A count of months, so {@code double} is fine here.
     */
    public static int impliedTermMonths(BigDecimal beginning, BigDecimal scheduled, BigDecimal grossWac) {
        double b = beginning.doubleValue();
        double s = scheduled.doubleValue();
        double r = grossWac.doubleValue() / 1200;
        if (!(s > 0) || !(b > 0)) {
            return -1;
        }
        double n = r == 0 ? b / s : -Math.log1p(-r * b / (s + r * b)) / Math.log1p(r);
        if (!Double.isFinite(n) || n < 1) {
            return -1;
        }
        return (int) Math.min(Math.round(n), 1200);
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
