package org.waterfall.remic;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An exchangeable (RCR) class: a combination of regular classes in proportion to their original balances,
 * reported as a class of its own as if every component were exchanged for it. Its balance is the components'
 * balance; its principal is the fall in that balance, and everything else the components receive (their interest,
 * and principal paid out of a component's accrual amount) is its interest.
 *
 * @param name the class name
 * @param components indexes of the regular classes combined
 * @param rate its coupon, percent, as the supplement states it (for reporting)
 */
public record Exchangeable(String name, List<Integer> components, BigDecimal rate) {
    public Exchangeable {
        Objects.requireNonNull(name, "name");
        components = List.copyOf(components);
        Objects.requireNonNull(rate, "rate");
        if (components.size() < 2) {
            throw new IllegalArgumentException("an exchangeable class combines at least two classes");
        }
    }
}
