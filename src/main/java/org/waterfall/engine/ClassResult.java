package org.waterfall.engine;

import java.math.BigDecimal;
import org.waterfall.deal.TrusteeConventions;

/**
 * One class's figures for one distribution date. Dollars to the cent; rates in percent; factors per $1,000
 * of original balance (or notional) to 6 decimals.
 *
 * <p>The amounts are computed by the engine as it runs. The figures derived from them only for printing (the
 * printed rate, the total distribution and the three factors) are derived each time they are asked for, by the
 * conventions the deal names: a projection that never prints a factor never divides for one, and a figure read
 * from a verify and from a projection is the same number. Immutable.
 */
public final class ClassResult {

    private final String name;
    private final BigDecimal beginningBalance;
    private final BigDecimal rate;
    private final BigDecimal accruedInterest;
    private final BigDecimal interestShortfall;
    private final BigDecimal interest;
    private final BigDecimal principal;
    private final BigDecimal loss;
    private final BigDecimal endingBalance;
    private final BigDecimal principalUnrounded;
    private final BigDecimal interestUnrounded;
    private final BigDecimal unpaidInterest;
    private final BigDecimal writeDown;

    // what the derived figures are derived from
    private final TrusteeConventions conventions;
    private final boolean unroundedBasis;
    private final boolean rateFromInterest;
    private final BigDecimal original;
    private final BigDecimal endingUnrounded;

    /**
     * @param rateFromInterest whether the printed rate is implied from the rounded interest (an IO strip whose
     *     rate is the notional-weighted excess) rather than the coupon rounded
     * @param endingUnrounded the ending balance before rounding: beginning less the unrounded principal, the loss and
     *     the write-down (an IO class: the sum of its reference classes'; zero once its coupon has ended)
     */
    ClassResult(String name, BigDecimal beginningBalance, BigDecimal rate, BigDecimal accruedInterest,
            BigDecimal interestShortfall, BigDecimal interest, BigDecimal principal, BigDecimal loss, BigDecimal endingBalance,
            BigDecimal principalUnrounded, BigDecimal interestUnrounded, TrusteeConventions conventions, boolean rateFromInterest,
            BigDecimal original, BigDecimal endingUnrounded) {
        this(name, beginningBalance, rate, accruedInterest, interestShortfall, interest, principal, loss, endingBalance,
                principalUnrounded, interestUnrounded, conventions, rateFromInterest, original, endingUnrounded, BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    /**
     * @param unpaidInterest interest owed after this date that the available funds could not pay
     * @param writeDown the write-down of the class by the certificates' excess over the collateral
     */
    ClassResult(String name, BigDecimal beginningBalance, BigDecimal rate, BigDecimal accruedInterest,
            BigDecimal interestShortfall, BigDecimal interest, BigDecimal principal, BigDecimal loss, BigDecimal endingBalance,
            BigDecimal principalUnrounded, BigDecimal interestUnrounded, TrusteeConventions conventions, boolean rateFromInterest,
            BigDecimal original, BigDecimal endingUnrounded, BigDecimal unpaidInterest, BigDecimal writeDown) {
        this.name = name;
        this.unpaidInterest = unpaidInterest;
        this.writeDown = writeDown;
        this.beginningBalance = beginningBalance;
        this.rate = rate;
        this.accruedInterest = accruedInterest;
        this.interestShortfall = interestShortfall;
        this.interest = interest;
        this.principal = principal;
        this.loss = loss;
        this.endingBalance = endingBalance;
        this.principalUnrounded = principalUnrounded;
        this.interestUnrounded = interestUnrounded;
        this.conventions = conventions;
        this.unroundedBasis = conventions.derivedFigureBasis() == TrusteeConventions.DerivedFigureBasis.UNROUNDED_AMOUNTS;
        this.rateFromInterest = rateFromInterest;
        this.original = original;
        this.endingUnrounded = endingUnrounded;
    }

    /** Class name. */
    public String name() {
        return name;
    }

    /** Beginning balance; for an IO class its beginning notional. */
    public BigDecimal beginningBalance() {
        return beginningBalance;
    }

    /** The coupon in percent, unrounded, at which interest accrued (for a WAC strip, the notional-weighted excess). */
    public BigDecimal rate() {
        return rate;
    }

    /** Interest accrued before shortfalls. */
    public BigDecimal accruedInterest() {
        return accruedInterest;
    }

    /** Shortfalls allocated to the class. */
    public BigDecimal interestShortfall() {
        return interestShortfall;
    }

    /** Interest owed after this date that the available funds could not pay (carried to the next date where the deal says so). */
    public BigDecimal unpaidInterest() {
        return unpaidInterest;
    }

    /** The write-down by the certificates' excess over the collateral, beyond the realized losses. */
    public BigDecimal writeDown() {
        return writeDown;
    }

    /** Interest distributed: accrued less shortfalls, plus unpaid interest of earlier dates, as far as the funds go. */
    public BigDecimal interest() {
        return interest;
    }

    /** Principal distributed. */
    public BigDecimal principal() {
        return principal;
    }

    /** Realized losses allocated. */
    public BigDecimal loss() {
        return loss;
    }

    /** Ending balance (beginning less principal, losses and write-down); for an IO class its ending notional. */
    public BigDecimal endingBalance() {
        return endingBalance;
    }

    /** The class's principal before rounding (its exact pro-rata share), working precision. */
    public BigDecimal principalUnrounded() {
        return principalUnrounded;
    }

    /**
     * The ending balance before rounding, working precision: beginning less the unrounded principal, the loss and the
     * write-down (for an IO class, the sum over its reference classes). What a trustee who carries balances below the cent
     * carries; {@link #endingBalance()} is it as the engine rounds it.
     */
    public BigDecimal endingBalanceUnrounded() {
        return endingUnrounded;
    }

    /** Its interest before rounding, working precision. */
    public BigDecimal interestUnrounded() {
        return interestUnrounded;
    }

    /** The rate as the trustee prints it (6 decimals; an IO strip's implied from its rounded interest). */
    public BigDecimal printedRate() {
        return printedRate(conventions, rateFromInterest, rate, accruedInterest, beginningBalance);
    }

    /** The printed rate: the coupon rounded by the rate convention, or implied from the rounded interest. */
    static BigDecimal printedRate(TrusteeConventions conventions, boolean rateFromInterest, BigDecimal rate, BigDecimal accruedInterest,
            BigDecimal beginningBalance) {
        return rateFromInterest
                ? conventions.rate().divide(accruedInterest.multiply(Period.TWELVE_HUNDRED), beginningBalance)
                : conventions.rate().apply(rate);
    }

    /**
     * Principal + interest as the trustee prints it: from the rounded amounts, or rounded from the unrounded
     * ones, per the deal's derived-figure basis.
     */
    public BigDecimal totalDistribution() {
        return unroundedBasis ? conventions.principal().apply(principalUnrounded.add(interestUnrounded)) : principal.add(interest);
    }

    /** Principal per $1,000 of original. */
    public BigDecimal principalFactor() {
        return perThousandOfOriginal(unroundedBasis ? principalUnrounded : principal);
    }

    /** Interest per $1,000 of original. */
    public BigDecimal interestFactor() {
        return perThousandOfOriginal(unroundedBasis ? interestUnrounded : interest);
    }

    /** Ending balance per $1,000 of original. */
    public BigDecimal endingFactor() {
        return perThousandOfOriginal(unroundedBasis ? endingUnrounded : endingBalance);
    }

    private BigDecimal perThousandOfOriginal(BigDecimal amount) {
        return conventions.factor().perThousand(amount, original);
    }

    @Override
    public String toString() {
        return "ClassResult[" + name + ": begin " + beginningBalance.toPlainString() + ", interest " + interest.toPlainString()
                + ", principal " + principal.toPlainString() + ", loss " + loss.toPlainString() + ", end "
                + endingBalance.toPlainString() + "]";
    }
}
