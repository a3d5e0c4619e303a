package org.waterfall.projection;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A loan group at the start of a projection.
 *
 * @param group the group id
 * @param balance collateral balance, dollars (after the start date's distribution)
 * @param grossWac weighted average loan rate, percent
 * @param remainingTermMonths payments left on the (level-payment) loans, 1 or more while there is a balance
 * @param loanAgeMonths payments made: the first projected month is payment {@code loanAgeMonths + 1} (the PSA and
 *     SDA ramps run on it)
 * @param termBasis how the remaining term was found, for the output
 */
public record GroupStart(String group, BigDecimal balance, BigDecimal grossWac, int remainingTermMonths, int loanAgeMonths,
        String termBasis) {

    public GroupStart {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(grossWac, "grossWac");
        Objects.requireNonNull(termBasis, "termBasis");
        if (balance.signum() < 0) {
            throw new IllegalArgumentException("group " + group + ": negative balance " + balance.toPlainString());
        }
        if (remainingTermMonths < 0 || (remainingTermMonths == 0 && balance.signum() > 0)) {
            throw new IllegalArgumentException("group " + group + ": remaining term must be positive: " + remainingTermMonths);
        }
    }
}
