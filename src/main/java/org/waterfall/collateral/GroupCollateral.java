package org.waterfall.collateral;

import java.math.BigDecimal;
import java.util.Objects;
import org.waterfall.money.Exact128;
import org.waterfall.money.Sums;

/**
 * One loan group's collateral for one period: what the servicer reports. Dollars to the cent; rates in
 * percent per annum.
 *
 * <p>An immutable value with a record's accessors, equality and text; a class rather than a record so that the amounts
 * derived from the reported ones (the ending balance, the net recoveries, the realized loss, the principal collected)
 * are computed once, when it is built, not on every call: the engine reads each several times a date.
 */
public final class GroupCollateral {

    private final String group;
    private final BigDecimal beginningBalance;
    private final BigDecimal scheduledPrincipal;
    private final BigDecimal prepayments;
    private final BigDecimal liquidatedBalance;
    private final BigDecimal liquidationProceeds;
    private final BigDecimal grossWac;
    private final BigDecimal prepaymentInterestShortfall;
    private final BigDecimal compensatingInterest;
    private final BigDecimal reliefActShortfall;
    private final BigDecimal advancesOnLiquidated;
    private final BigDecimal excessLoss;
    private final BigDecimal interestCollected;

    // derived once
    private final BigDecimal endingBalance;
    private final BigDecimal advancesFromProceeds;
    private final BigDecimal netRecoveries;
    private final BigDecimal realizedLoss;
    private final BigDecimal orderedLoss;
    private final BigDecimal principalCollected;

    /**
     * One group's reported figures.
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
     * @param advancesOnLiquidated the servicer's outstanding advances on the loans liquidated in the period: reimbursed
     *     from those loans' liquidation proceeds before anything reaches the certificates, and from the group's other
     *     collections where the proceeds fall short (a nonrecoverable advance)
     * @param excessLoss the part of the realized loss beyond the special hazard, fraud and bankruptcy coverage
     *     (allocated to every class pro rata, not in the loss order)
     * @param interestCollected the group's gross interest for the period (interest advanced on delinquent loans
     *     included, before fees and shortfalls) when it is known; null to take it as beginning balance x gross WAC / 1200
     * @throws IllegalArgumentException if a figure is missing or negative, or the principal reductions exceed the
     *     beginning balance
     */
    public GroupCollateral(String group, BigDecimal beginningBalance, BigDecimal scheduledPrincipal, BigDecimal prepayments,
            BigDecimal liquidatedBalance, BigDecimal liquidationProceeds, BigDecimal grossWac, BigDecimal prepaymentInterestShortfall,
            BigDecimal compensatingInterest, BigDecimal reliefActShortfall, BigDecimal advancesOnLiquidated, BigDecimal excessLoss,
            BigDecimal interestCollected) {
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
        requireNonNegative("advancesOnLiquidated", advancesOnLiquidated);
        requireNonNegative("excessLoss", excessLoss);
        if (interestCollected != null) {
            requireNonNegative("interestCollected", interestCollected);
        }
        this.group = group;
        this.beginningBalance = beginningBalance;
        this.scheduledPrincipal = scheduledPrincipal;
        this.prepayments = prepayments;
        this.liquidatedBalance = liquidatedBalance;
        this.liquidationProceeds = liquidationProceeds;
        this.grossWac = grossWac;
        this.prepaymentInterestShortfall = prepaymentInterestShortfall;
        this.compensatingInterest = compensatingInterest;
        this.reliefActShortfall = reliefActShortfall;
        this.advancesOnLiquidated = advancesOnLiquidated;
        this.excessLoss = excessLoss;
        this.interestCollected = interestCollected;
        endingBalance = Sums.minus(beginningBalance, scheduledPrincipal, prepayments, liquidatedBalance);
        if (endingBalance.signum() < 0) {
            throw new IllegalArgumentException("group " + group + ": principal reductions exceed the beginning balance");
        }
        advancesFromProceeds = advancesOnLiquidated.min(liquidationProceeds);
        netRecoveries = minus(liquidationProceeds, advancesFromProceeds).min(liquidatedBalance);
        BigDecimal loss = minus(liquidatedBalance, netRecoveries);
        realizedLoss = loss.signum() > 0 ? loss : BigDecimal.ZERO;
        orderedLoss = minus(realizedLoss, excessLoss.min(realizedLoss));
        principalCollected = plus(plus(scheduledPrincipal, prepayments), netRecoveries);
    }

    /** a - b; a itself when b is a zero that would not change a's scale (most months have no liquidations). */
    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 && b.scale() <= a.scale() ? a : a.subtract(b);
    }

    /** a + b; a itself when b is a zero that would not change a's scale. */
    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 && b.scale() <= a.scale() ? a : a.add(b);
    }

    /** A period without advances on liquidated loans or losses beyond the special coverage. */
    public GroupCollateral(String group, BigDecimal beginningBalance, BigDecimal scheduledPrincipal, BigDecimal prepayments,
            BigDecimal liquidatedBalance, BigDecimal liquidationProceeds, BigDecimal grossWac, BigDecimal prepaymentInterestShortfall,
            BigDecimal compensatingInterest, BigDecimal reliefActShortfall) {
        this(group, beginningBalance, scheduledPrincipal, prepayments, liquidatedBalance, liquidationProceeds, grossWac,
                prepaymentInterestShortfall, compensatingInterest, reliefActShortfall, BigDecimal.ZERO, BigDecimal.ZERO, null);
    }

    /** The same figures with the group's gross interest for the period known. */
    public GroupCollateral withInterestCollected(BigDecimal interest) {
        return new GroupCollateral(group, beginningBalance, scheduledPrincipal, prepayments, liquidatedBalance, liquidationProceeds,
                grossWac, prepaymentInterestShortfall, compensatingInterest, reliefActShortfall, advancesOnLiquidated, excessLoss,
                interest);
    }

    /**
     * A group's gross interest as far as a printed average loan rate can tell (NET_WAC_PRINTED_PRECISION): the rate is
     * printed rounded, so the interest the loans paid is known only within balance x half a unit of its last decimal /
     * 1200. This takes the top of that range, rounded up to the cent, so that the engine's available-funds limit binds
     * in a verification only where it binds beyond doubt.
     */
    public static BigDecimal interestAtTopOfPrintedWac(BigDecimal balance, BigDecimal printedWac) {
        BigDecimal halfUnit = BigDecimal.valueOf(5, printedWac.scale() + 1);
        return Exact128.multiplyDivide(balance, printedWac.add(halfUnit), BigDecimal.valueOf(1200), 2,
                java.math.RoundingMode.CEILING);
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
        return endingBalance;
    }

    /** The advances reimbursed from the liquidated loans' own proceeds. */
    public BigDecimal advancesFromProceeds() {
        return advancesFromProceeds;
    }

    /** Advances the proceeds could not cover: reimbursed from the group's other collections (nonrecoverable). */
    public BigDecimal advancesFromCollections() {
        return advancesOnLiquidated.subtract(advancesFromProceeds());
    }

    /** Net recoveries: liquidation proceeds after reimbursing the advances, at most the liquidated balance. */
    public BigDecimal netRecoveries() {
        return netRecoveries;
    }

    /** Liquidated balance not recovered by the net recoveries (never negative). */
    public BigDecimal realizedLoss() {
        return realizedLoss;
    }

    /** Realized loss within the loss order: all of it but the excess loss. */
    public BigDecimal orderedLoss() {
        return orderedLoss;
    }

    /** Principal actually collected: scheduled, prepaid, and net recoveries. */
    public BigDecimal principalCollected() {
        return principalCollected;
    }

    /**
     * Prepayment interest shortfall not covered by compensating interest, plus Relief Act shortfall. The compensating
     * interest counts at most up to {@code compensatingCap} (null: no cap).
     */
    public BigDecimal netInterestShortfall(BigDecimal compensatingCap) {
        BigDecimal compensating = compensatingCap == null ? compensatingInterest : compensatingInterest.min(compensatingCap);
        BigDecimal ppis = prepaymentInterestShortfall.subtract(compensating);
        return (ppis.signum() > 0 ? ppis : BigDecimal.ZERO).add(reliefActShortfall);
    }

    /** Net interest shortfall with the compensating interest as reported. */
    public BigDecimal netInterestShortfall() {
        return netInterestShortfall(null);
    }

    public String group() {
        return group;
    }

    public BigDecimal beginningBalance() {
        return beginningBalance;
    }

    public BigDecimal scheduledPrincipal() {
        return scheduledPrincipal;
    }

    public BigDecimal prepayments() {
        return prepayments;
    }

    public BigDecimal liquidatedBalance() {
        return liquidatedBalance;
    }

    public BigDecimal liquidationProceeds() {
        return liquidationProceeds;
    }

    public BigDecimal grossWac() {
        return grossWac;
    }

    public BigDecimal prepaymentInterestShortfall() {
        return prepaymentInterestShortfall;
    }

    public BigDecimal compensatingInterest() {
        return compensatingInterest;
    }

    public BigDecimal reliefActShortfall() {
        return reliefActShortfall;
    }

    public BigDecimal advancesOnLiquidated() {
        return advancesOnLiquidated;
    }

    public BigDecimal excessLoss() {
        return excessLoss;
    }

    /** The group's gross interest for the period, or null when it is taken as beginning balance x gross WAC / 1200. */
    public BigDecimal interestCollected() {
        return interestCollected;
    }

    /** Equal when every reported figure is equal (as a record's components: {@link BigDecimal#equals}, scale included). */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof GroupCollateral other && group.equals(other.group)
                && beginningBalance.equals(other.beginningBalance) && scheduledPrincipal.equals(other.scheduledPrincipal)
                && prepayments.equals(other.prepayments) && liquidatedBalance.equals(other.liquidatedBalance)
                && liquidationProceeds.equals(other.liquidationProceeds) && grossWac.equals(other.grossWac)
                && prepaymentInterestShortfall.equals(other.prepaymentInterestShortfall)
                && compensatingInterest.equals(other.compensatingInterest) && reliefActShortfall.equals(other.reliefActShortfall)
                && advancesOnLiquidated.equals(other.advancesOnLiquidated) && excessLoss.equals(other.excessLoss)
                && Objects.equals(interestCollected, other.interestCollected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, beginningBalance, scheduledPrincipal, prepayments, liquidatedBalance, liquidationProceeds, grossWac,
                prepaymentInterestShortfall, compensatingInterest, reliefActShortfall, advancesOnLiquidated, excessLoss, interestCollected);
    }

    @Override
    public String toString() {
        return "GroupCollateral[group=" + group + ", beginningBalance=" + beginningBalance + ", scheduledPrincipal=" + scheduledPrincipal
                + ", prepayments=" + prepayments + ", liquidatedBalance=" + liquidatedBalance + ", liquidationProceeds="
                + liquidationProceeds + ", grossWac=" + grossWac + ", prepaymentInterestShortfall=" + prepaymentInterestShortfall
                + ", compensatingInterest=" + compensatingInterest + ", reliefActShortfall=" + reliefActShortfall
                + ", advancesOnLiquidated=" + advancesOnLiquidated + ", excessLoss=" + excessLoss + ", interestCollected="
                + interestCollected + "]";
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
