package org.waterfall.remic;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A regular class of a REMIC: a balance paid by the group's principal rules, or a notional on other classes.
 *
 * @param name the class name
 * @param group the collateral group it belongs to
 * @param original original balance, dollars (for a notional class its original notional)
 * @param interest how its coupon is set
 * @param notional for an interest-only class, what its notional is; null for a class with a balance
 * @param accrual an accrual (Z) class: its interest is added to its balance (the accrual amount), not paid
 * @param delay a delay class (interest accrues over the calendar month before the distribution date); a no-delay
 *     class accrues from the previous distribution date to the day before this one. Cash flows are the same; the
 *     accrual period matters for accrued interest when pricing
 */
public record RemicClass(String name, String group, BigDecimal original, InterestRule interest, Notional notional,
        boolean accrual, boolean delay) {

    /**
     * A notional balance: {@code percent} of the sum of the named classes' balances.
     *
     * @param classes indexes of the classes, in the deal's class order
     * @param percent percent of their balance
     */
    public record Notional(List<Integer> classes, BigDecimal percent) {
        public Notional {
            classes = List.copyOf(classes);
            Objects.requireNonNull(percent, "percent");
            if (classes.isEmpty()) {
                throw new IllegalArgumentException("a notional needs at least one class");
            }
            if (percent.signum() <= 0) {
                throw new IllegalArgumentException("notional percent must be positive: " + percent.toPlainString());
            }
        }
    }

    public RemicClass {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(interest, "interest");
        if (original.signum() < 0) {
            throw new IllegalArgumentException("original must not be negative: " + original.toPlainString());
        }
        if (notional != null && accrual) {
            throw new IllegalArgumentException("a notional class cannot be an accrual class");
        }
        if (accrual && interest instanceof InterestRule.PrincipalOnly) {
            throw new IllegalArgumentException("a principal-only class accrues nothing: it cannot be an accrual class");
        }
    }

    public boolean isNotional() {
        return notional != null;
    }
}
