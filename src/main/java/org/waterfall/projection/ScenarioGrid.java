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
                    StringBuilder name = new StringBuilder(a.label());
                    for (Map.Entry<String, Speed> e : groupPrepayments.entrySet()) {
                        overrides.put(e.getKey(), a.withPrepayment(e.getValue()));
                        name.append(", group ").append(e.getKey()).append(' ').append(e.getValue().label());
                    }
                    if (cleanUpCallPercent != null) {
                        name.append(", ").append(cleanUpCallPercent.stripTrailingZeros().toPlainString()).append("% call");
                    }
                    out.add(new Scenario(name.toString(), a, overrides, cleanUpCallPercent));
                }
            }
        }
        return out;
    }
}
