package org.waterfall.projection;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One what-if: the assumptions for every loan group (deal-wide, with optional per-group overrides) and the
 * optional clean-up call.
 *
 * @param name how outputs name the scenario, e.g. {@code 10 CPR}
 * @param assumptions the deal-wide assumptions
 * @param groupOverrides assumptions replacing the deal-wide ones for a group, by group id (may be empty)
 * @param cleanUpCallPercent the call is exercised on the first distribution date when the pool's beginning balance
 *     is at or below this percent of the original pool balance (the classes' original balances); {@code null}
 *     for no call (the default)
 */
public record Scenario(String name, GroupAssumptions assumptions, Map<String, GroupAssumptions> groupOverrides,
        BigDecimal cleanUpCallPercent) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(assumptions, "assumptions");
        groupOverrides = groupOverrides == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groupOverrides));
        if (cleanUpCallPercent != null
                && (cleanUpCallPercent.signum() <= 0 || cleanUpCallPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("clean-up call must be a percentage in (0, 100]: " + cleanUpCallPercent.toPlainString());
        }
    }

    /** A scenario with deal-wide assumptions only, no call, named after them. */
    public static Scenario of(GroupAssumptions assumptions) {
        return new Scenario(assumptions.label(), assumptions, Map.of(), null);
    }

    /** The assumptions in force for a group. */
    public GroupAssumptions assumptionsFor(String group) {
        return groupOverrides.getOrDefault(group, assumptions);
    }

    public Scenario withCleanUpCall(BigDecimal percent) {
        return new Scenario(name, assumptions, groupOverrides, percent);
    }
}
