package org.waterfall.deal.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.waterfall.InputProblem;
import org.waterfall.rules.PlannedBalances;
import org.waterfall.rules.PrincipalRule;

/**
 * Reads the principal-rule vocabulary ({@link RuleDoc}) into {@link PrincipalRule}s, for both kinds of deal file:
 * class names resolved by the caller (who knows which classes the rule may pay), schedules by id. Every problem is
 * added to the caller's list as {@code file:line: key.path: message}; a rule with a problem reads as null.
 */
final class RuleReader {

    /** Resolves a class a rule pays: its index, or null after adding a problem at {@code at}. */
    interface Payable {
        Integer resolve(String at, String name);
    }

    private final YamlBinder.Bound<?> bound;
    private final List<InputProblem> problems;
    private final Map<String, PlannedBalances> schedules;

    RuleReader(YamlBinder.Bound<?> bound, List<InputProblem> problems, Map<String, PlannedBalances> schedules) {
        this.bound = bound;
        this.problems = problems;
        this.schedules = schedules;
    }

    PrincipalRule rule(String at, RuleDoc r, Payable payable) {
        if (r == null) {
            problems.add(bound.problem(at, "is required"));
            return null;
        }
        int keys = (r.pay() == null ? 0 : 1) + (r.sequential() == null ? 0 : 1) + (r.proRata() == null ? 0 : 1)
                + (r.split() == null ? 0 : 1) + (r.toTarget() == null ? 0 : 1) + (r.lockout() == null ? 0 : 1)
                + (r.nas() == null ? 0 : 1);
        if (keys != 1) {
            problems.add(bound.problem(at, "a rule is a class name or exactly one of sequential, proRata, split, toTarget, lockout, nas"
                    + " (found " + keys + ")"));
            return null;
        }
        if (r.pay() != null) {
            Integer c = payable.resolve(at, r.pay());
            return c == null ? null : new PrincipalRule.Pay(c);
        } else if (r.sequential() != null) {
            List<PrincipalRule> steps = new ArrayList<>();
            for (int i = 0; i < r.sequential().size(); i++) {
                steps.add(rule(at + ".sequential[" + i + "]", r.sequential().get(i), payable));
            }
            return steps.contains(null) ? null : attempt(at + ".sequential", () -> new PrincipalRule.Sequential(steps));
        } else if (r.proRata() != null) {
            if (new java.util.HashSet<>(r.proRata()).size() != r.proRata().size()) {
                problems.add(bound.problem(at + ".proRata", "a class is named twice"));
                return null;
            }
            List<Integer> c = classes(at + ".proRata", r.proRata(), payable);
            return c == null ? null : attempt(at + ".proRata", () -> new PrincipalRule.ProRata(c));
        } else if (r.split() != null) {
            return split(at, r.split(), payable);
        } else if (r.toTarget() != null) {
            return toTarget(at + ".toTarget", r.toTarget(), payable);
        } else if (r.nas() != null) {
            return nas(at + ".nas", r.nas(), payable);
        }
        PrincipalRule inner = rule(at + ".lockout.pay", r.lockout().pay(), payable);
        return inner == null ? null : attempt(at + ".lockout", () -> new PrincipalRule.Lockout(r.lockout().firstPeriod(), inner));
    }

    /** The classes named, each resolved; null if any is not payable. */
    List<Integer> classes(String at, List<String> names, Payable payable) {
        List<Integer> idx = new ArrayList<>();
        for (String n : names) {
            Integer c = payable.resolve(at, n);
            if (c == null) {
                return null;
            }
            idx.add(c);
        }
        return idx;
    }

    private PrincipalRule split(String at, List<RuleDoc.ShareDoc> docs, Payable payable) {
        List<PrincipalRule.Share> shares = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < docs.size(); i++) {
            String sat = at + ".split[" + i + "]";
            RuleDoc.ShareDoc s = docs.get(i);
            PrincipalRule inner = rule(sat + ".pay", s.pay(), payable);
            PrincipalRule.Share share = inner == null ? null : attempt(sat, () -> new PrincipalRule.Share(s.percent(), inner));
            ok &= share != null;
            shares.add(share);
        }
        return ok ? attempt(at + ".split", () -> new PrincipalRule.Split(shares)) : null;
    }

    private PrincipalRule nas(String at, RuleDoc.NasDoc n, Payable payable) {
        List<PrincipalRule.Nas.Step> steps = new ArrayList<>();
        for (int i = 0; i < n.steps().size(); i++) {
            RuleDoc.NasStepDoc step = n.steps().get(i);
            steps.add(attempt(at + ".steps[" + i + "]", () -> new PrincipalRule.Nas.Step(step.fromPeriod(), step.percent())));
        }
        List<Integer> nasClasses = n.classes() == null ? List.of() : classes(at + ".classes", n.classes(), payable);
        List<Integer> pool = n.pool() == null ? List.of() : classes(at + ".pool", n.pool(), payable);
        PrincipalRule inner = rule(at + ".pay", n.pay(), payable);
        if (steps.contains(null) || nasClasses == null || pool == null || inner == null) {
            return null;
        }
        return attempt(at, () -> new PrincipalRule.Nas(steps, nasClasses, pool, inner));
    }

    private PrincipalRule toTarget(String at, RuleDoc.TargetDoc t, Payable payable) {
        PlannedBalances schedule = schedules.get(t.schedule());
        if (schedule == null) {
            problems.add(bound.problem(at + ".schedule", "no schedule '" + t.schedule() + "'"
                    + (schedules.isEmpty() ? " (the deal defines no schedules)" : "; schedules: " + String.join(", ", schedules.keySet()))));
        }
        PrincipalRule inner = rule(at + ".pay", t.pay(), payable);
        List<Integer> aggregate = t.classes() == null ? (inner == null ? null : PrincipalRule.classesPaid(inner))
                : classes(at + ".classes", t.classes(), payable);
        if (schedule == null || inner == null || aggregate == null) {
            return null;
        }
        return attempt(at, () -> new PrincipalRule.ToTarget(schedule, aggregate, inner));
    }

    /** Builds a rule; its validation failure becomes a problem at {@code at}. */
    private <T> T attempt(String at, Supplier<T> build) {
        try {
            return build.get();
        } catch (NullPointerException e) {
            problems.add(bound.problem(at, "is required"));
        } catch (IllegalArgumentException e) {
            problems.add(bound.problem(at, e.getMessage()));
        }
        return null;
    }
}
