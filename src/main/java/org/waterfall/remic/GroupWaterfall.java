package org.waterfall.remic;

import java.util.List;
import java.util.Objects;
import org.waterfall.rules.PrincipalRule;

/**
 * A group's payment rules, run each distribution date in this order: each accrual class's accrual amount by its
 * accretion-directed rule (what the rule does not use is paid to the accrual class itself), then the group's
 * principal.
 *
 * @param group the collateral group
 * @param accretion the accrual classes' rules, in the order the deal pays them
 * @param principal how the principal passed through on the collateral is paid
 */
public record GroupWaterfall(String group, List<Accretion> accretion, PrincipalRule principal) {

    /** An accrual class's accrual amount, paid as principal by a rule. */
    public record Accretion(int accrualClass, PrincipalRule rule) {
        public Accretion {
            Objects.requireNonNull(rule, "rule");
        }
    }

    public GroupWaterfall {
        Objects.requireNonNull(group, "group");
        accretion = List.copyOf(accretion);
        Objects.requireNonNull(principal, "principal");
    }
}
