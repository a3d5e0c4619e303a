package org.waterfall.remic;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a group's collateral as the pricing assumptions describe it: a single level-pay loan.
 *
 * @param name how outputs name the line
 * @param balance principal balance at settlement, dollars
 * @param loanRate the loan (gross) rate that amortizes the line, percent per annum
 * @param passThroughRate the rate the certificates receive on the line's balance, percent per annum
 * @param originalTerm months
 * @param remainingTerm months left at settlement, 1..originalTerm
 * @param age months since origination at settlement: in the first distribution period the loan is at month
 *     {@code age + 1} of the PSA ramp
 */
public record LoanLine(String name, BigDecimal balance, BigDecimal loanRate, BigDecimal passThroughRate, int originalTerm,
        int remainingTerm, int age) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public LoanLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(loanRate, "loanRate");
        Objects.requireNonNull(passThroughRate, "passThroughRate");
        if (balance.signum() <= 0) {
            throw new IllegalArgumentException("balance must be positive: " + balance.toPlainString());
        }
        requireRate("loanRate", loanRate);
        requireRate("passThroughRate", passThroughRate);
        if (originalTerm < 1 || originalTerm > 600) {
            throw new IllegalArgumentException("originalTerm must be 1..600 months: " + originalTerm);
        }
        if (remainingTerm < 1 || remainingTerm > originalTerm) {
            throw new IllegalArgumentException("remainingTerm must be 1..originalTerm (" + originalTerm + "): " + remainingTerm);
        }
        if (age < 0 || age > originalTerm) {
            throw new IllegalArgumentException("age must be 0..originalTerm (" + originalTerm + "): " + age);
        }
    }

    private static void requireRate(String what, BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(HUNDRED) >= 0) {
            throw new IllegalArgumentException(what + " must be a percentage in [0, 100): " + rate.toPlainString());
        }
    }
}
