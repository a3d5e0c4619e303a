package org.waterfall.projection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waterfall.InputException;
import org.waterfall.collateral.Plausibility;
import org.waterfall.deal.LoanGroup;
import org.waterfall.deal.ResolvedDeal;

/**
 * Every group's gross WAC assumption for a run, at most one per group (groups not named keep their WAC at the
 * start). Built from {@code --wac-path}, {@code --arm} and {@code --arm-file} together, so that two assumptions for
 * one group are refused whichever options they come from.
 */
public final class RateAssumptions {

    private final Map<String, RateAssumption> byGroup;

    private RateAssumptions(Map<String, RateAssumption> byGroup) {
        this.byGroup = byGroup;
    }

    /** No rate assumption: every group keeps its WAC. */
    public static RateAssumptions none() {
        return new RateAssumptions(Map.of());
    }

    /**
     * The assumptions, in the order given.
     *
     * @throws InputException naming both places when a group is given two
     */
    public static RateAssumptions of(List<RateAssumption> assumptions) {
        Map<String, RateAssumption> byGroup = new LinkedHashMap<>();
        for (RateAssumption a : assumptions) {
            RateAssumption before = byGroup.putIfAbsent(a.group(), a);
            if (before != null) {
                String both = before.option().equals(a.option()) ? a.option() + " twice" : before.option() + " and " + a.option();
                String first = before.origin().line() > 0 ? ", the first at " + before.origin().label() : "";
                throw a.problem("group " + a.group() + " has two rate assumptions (" + both + first + "): give one per group");
            }
        }
        return new RateAssumptions(java.util.Collections.unmodifiableMap(byGroup));
    }

    /** The rate paths by group, for {@link ProjectionOptions}. */
    public Map<String, RatePath> paths() {
        Map<String, RatePath> paths = new LinkedHashMap<>();
        byGroup.forEach((g, a) -> paths.put(g, a.path()));
        return paths;
    }

    /** What a scenario's name adds for them, e.g. {@code , group 1 ARM index 1.3}; empty when there are none. */
    public String nameSuffix() {
        StringBuilder s = new StringBuilder();
        byGroup.forEach((g, a) -> s.append(", group ").append(g).append(' ').append(a.path().nameTag()));
        return s.toString();
    }

    /** The scenarios, each name followed by the rate assumptions, so that every output names them. */
    public List<Scenario> named(List<Scenario> scenarios) {
        String suffix = nameSuffix();
        if (suffix.isEmpty()) {
            return scenarios;
        }
        List<Scenario> out = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            out.add(new Scenario(s.name() + suffix, s.assumptions(), s.groupOverrides(), s.cleanUpCallPercent()));
        }
        return out;
    }

    /**
     * Checks the assumptions against the deal and the start: every group exists, and (unless
     * {@code allowImplausible}) ARM cohorts describe the group's WAC at the start ({@link Plausibility#cohortStart})
     * and every month's gross WAC is plausible ({@link Plausibility#grossWac}).
     *
     * @throws InputException naming the option (or file and line) and the group
     */
    public void check(ResolvedDeal deal, StartState start, boolean allowImplausible) {
        for (RateAssumption a : byGroup.values()) {
            int g = deal.groupIndex(a.group());
            if (g < 0) {
                throw a.problem("the deal has no group '" + a.group() + "'");
            }
            if (allowImplausible) {
                continue;
            }
            GroupStart gs = start.groups().get(g);
            if (a.path() instanceof RatePath.Cohorts cohorts) {
                String why = Plausibility.cohortStart(cohorts.startRate(gs.grossWac()), gs.grossWac());
                if (why != null) {
                    throw a.problem("group " + a.group() + ": " + why + " (" + Plausibility.OVERRIDE_OPTION + " if intended)");
                }
            }
            BigDecimal[] wacs = a.path().grossWacs(gs.grossWac(), Math.max(gs.remainingTermMonths(), 1));
            LoanGroup group = deal.group(g);
            for (int k = 0; k < wacs.length; k++) {
                String why = Plausibility.grossWac(group, wacs[k]);
                if (why != null) {
                    throw a.problem("group " + a.group() + ", projected month " + (k + 1) + ": " + why + " ("
                            + Plausibility.OVERRIDE_OPTION + " if intended)");
                }
            }
        }
    }
}
