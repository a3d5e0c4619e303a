package org.waterfall.projection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every combination of prepayment speeds, default speeds and severities, in input order: prepayment outermost,
 * then default, then severity. The other assumptions (recovery lag, delinquency, per-group prepayment overrides,
 * the clean-up call) are the same in every scenario.
 */
public final class ScenarioGrid {

    private ScenarioGrid() {
    }

    /**
     * @param prepayments prepayment speeds (at least one)
     * @param defaults default speeds (at least one)
     * @param severities severities, percent (at least one)
     * @param base supplies the recovery lag and delinquency
     * @param groupPrepayments per-group prepayment speeds replacing the scenario's for that group (may be empty)
     * @param cleanUpCallPercent the clean-up call, or null
     */
    public static List<Scenario> combine(List<Speed> prepayments, List<Speed> defaults, List<BigDecimal> severities,
            GroupAssumptions base, Map<String, Speed> groupPrepayments, BigDecimal cleanUpCallPercent) {
        Objects.requireNonNull(base, "base");
        if (prepayments.isEmpty() || defaults.isEmpty() || severities.isEmpty()) {
            throw new IllegalArgumentException("a grid needs at least one prepayment speed, default speed and severity");
        }
        List<Scenario> out = new ArrayList<>(prepayments.size() * defaults.size() * severities.size());
        for (Speed p : prepayments) {
            for (Speed d : defaults) {
                for (BigDecimal sev : severities) {
                    GroupAssumptions a = base.withPrepayment(p).withDefaults(d).withSeverity(sev);
                    Map<String, GroupAssumptions> overrides = new LinkedHashMap<>();
                    for (Map.Entry<String, Speed> e : groupPrepayments.entrySet()) {
                        overrides.put(e.getKey(), a.withPrepayment(e.getValue()));
                    }
                    out.add(new Scenario(name(a, overrides, cleanUpCallPercent), a, overrides, cleanUpCallPercent));
                }
            }
        }
        return out;
    }

    /**
     * A scenario's name from its assumptions: {@code 10 CPR, 2 CDR, 40% severity, 12-month lag, group 3 40 CPR, 10% call}.
     * A group override that changes only the prepayment speed is named by that speed, any other by its whole label.
     */
    public static String name(GroupAssumptions a, Map<String, GroupAssumptions> overrides, BigDecimal cleanUpCallPercent) {
        StringBuilder name = new StringBuilder(a.label());
        for (Map.Entry<String, GroupAssumptions> e : overrides.entrySet()) {
            GroupAssumptions g = e.getValue();
            name.append(", group ").append(e.getKey()).append(' ')
                    .append(g.equals(a.withPrepayment(g.prepayment())) ? g.prepayment().label() : "(" + g.label() + ")");
        }
        if (cleanUpCallPercent != null) {
            name.append(", ").append(cleanUpCallPercent.stripTrailingZeros().toPlainString()).append("% call");
        }
        return name.toString();
    }
}
