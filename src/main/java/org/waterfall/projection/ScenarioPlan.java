package org.waterfall.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.waterfall.deal.ResolvedDeal;

/**
 * A scenario and the gross WAC paths it runs on (by group; groups not named keep their start WAC): what one line of
 * a scenario deck, or one combination of the command-line lists, asks for.
 *
 * @param scenario the assumptions
 * @param ratePaths a rate path by group id (may be empty)
 */
public record ScenarioPlan(Scenario scenario, Map<String, RatePath> ratePaths) {

    public ScenarioPlan {
        Objects.requireNonNull(scenario, "scenario");
        ratePaths = ratePaths == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ratePaths));
    }

    /** The plans without repeats, and a note for each plan dropped as the same as an earlier one. */
    public record Distinct(List<ScenarioPlan> plans, List<String> notes) {
        public Distinct {
            plans = List.copyOf(plans);
            notes = List.copyOf(notes);
        }
    }

    /**
     * What the run depends on, without the name: two plans with the same key give the same projection. Severity and
     * recovery lag only matter with defaults, so a scenario without defaults has them at the defaults'.
     */
    Object key() {
        Map<String, GroupAssumptions> overrides = new LinkedHashMap<>();
        scenario.groupOverrides().forEach((g, a) -> overrides.put(g, normalized(a)));
        return List.of(normalized(scenario.assumptions()), overrides, String.valueOf(scenario.cleanUpCallPercent() == null
                ? "no call" : scenario.cleanUpCallPercent().stripTrailingZeros().toPlainString()), ratePaths);
    }

    private static GroupAssumptions normalized(GroupAssumptions a) {
        GroupAssumptions n = a.withSeverity(a.severityPercent().stripTrailingZeros()).withDelinquency(a.delinquencyPercent().stripTrailingZeros());
        return a.defaults().isZero() ? n.withSeverity(GroupAssumptions.NONE.severityPercent()).withRecoveryLag(GroupAssumptions.NONE.recoveryLagMonths()) : n;
    }

    /** Drops each plan that would run the same projection as an earlier one (in input order). */
    public static Distinct distinct(List<ScenarioPlan> plans) {
        Map<Object, ScenarioPlan> seen = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (ScenarioPlan p : plans) {
            ScenarioPlan first = seen.putIfAbsent(p.key(), p);
            if (first != null && !first.scenario().name().equals(p.scenario().name())) {
                notes.add("scenario '" + p.scenario().name() + "' is the same as '" + first.scenario().name() + "': run once");
            }
        }
        return new Distinct(new ArrayList<>(seen.values()), notes);
    }

    /** Plans for scenarios that share the same rate paths. */
    public static List<ScenarioPlan> of(List<Scenario> scenarios, Map<String, RatePath> ratePaths) {
        return scenarios.stream().map(s -> new ScenarioPlan(s, ratePaths)).toList();
    }

    /**
     * Runs every plan, in parallel, results in input order: one {@link Projector} per distinct set of rate paths.
     *
     * @param onScenarioDone called with the number of scenarios finished so far (may be null)
     * @throws IllegalArgumentException if a rate path names a group the deal does not have
     */
    public static List<ScenarioResult> runAll(ResolvedDeal deal, StartState start, boolean keepCashflows, List<ScenarioPlan> plans,
            IntConsumer onScenarioDone) {
        Map<Map<String, RatePath>, Projector> projectors = new HashMap<>();
        List<Projector> perPlan = new ArrayList<>(plans.size());
        for (ScenarioPlan p : plans) {
            perPlan.add(projectors.computeIfAbsent(p.ratePaths(),
                    paths -> new Projector(deal, start, new ProjectionOptions(paths, keepCashflows))));
        }
        return ProjectionRunner.runAll(perPlan, plans.stream().map(ScenarioPlan::scenario).toList(),
                Runtime.getRuntime().availableProcessors(), onScenarioDone);
    }
}
