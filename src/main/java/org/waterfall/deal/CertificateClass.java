package org.waterfall.deal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One certificate class as the deal defines it.
 *
 * @param name the class name as printed on the statement (e.g. {@code A1})
 * @param cusip the CUSIP, 9 characters
 * @param group the loan group backing it; {@code null} for classes backed by all groups (subordinates, BIO)
 * @param role senior, residual or subordinate
 * @param original original balance in dollars, or original notional for an interest-only class; the base of
 *     the class's factors (0 when the statement prints no factors for it)
 * @param notionalOf for an interest-only class, the classes whose balances sum to its notional; empty for
 *     a principal class
 * @param printsNotional whether the statement prints the IO notional as the class balance (BIO's is printed
 *     as zero, with a zero rate)
 * @param coupon the coupon rule
 */
public record CertificateClass(
        String name,
        String cusip,
        String group,
        ClassRole role,
        BigDecimal original,
        List<String> notionalOf,
        boolean printsNotional,
        Coupon coupon) {

    public CertificateClass {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(coupon, "coupon");
        notionalOf = notionalOf == null ? List.of() : List.copyOf(notionalOf);
        if (original.signum() < 0) {
            throw new DealValidationException("original", "must not be negative: " + original.toPlainString());
        }
    }

    public boolean isInterestOnly() {
        return !notionalOf.isEmpty();
    }
}
