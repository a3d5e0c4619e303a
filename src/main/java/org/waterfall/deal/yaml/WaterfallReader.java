package org.waterfall.deal.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waterfall.InputProblem;
import org.waterfall.deal.CertificateClass;
import org.waterfall.deal.LoanGroup;
import org.waterfall.deal.Waterfall;
import org.waterfall.deal.WaterfallStep;
import org.waterfall.deal.yaml.DealDocument.GroupRuleDoc;
import org.waterfall.deal.yaml.DealDocument.WaterfallDoc;
import org.waterfall.rules.PlannedBalances;
import org.waterfall.rules.PrincipalRule;

/**
 * Reads a shifting-interest deal's {@code waterfall} block into a {@link Waterfall}: the steps by name and in order,
 * each group's senior principal rule (a {@code toTarget} rule names one of the deal's {@code schedules}) (a class it names must be a senior principal class of that group; every such
 * class must be named), and the subordinate classes in order of seniority. Problems are added to the caller's list
 * with the key path of the element at fault.
 */
final class WaterfallReader {

    private final YamlBinder.Bound<?> bound;
    private final List<InputProblem> problems;
    private final List<LoanGroup> groups;
    private final List<CertificateClass> classes;
    private final Map<String, Integer> classIndex = new HashMap<>();

    WaterfallReader(YamlBinder.Bound<?> bound, List<InputProblem> problems, List<LoanGroup> groups, List<CertificateClass> classes) {
        this.bound = bound;
        this.problems = problems;
        this.groups = groups;
        this.classes = classes;
        for (int c = 0; c < classes.size(); c++) {
            classIndex.putIfAbsent(classes.get(c).name(), c);
        }
    }

    /** The composition, or null after adding the problems found. */
    Waterfall read(WaterfallDoc w, Map<String, PlannedBalances> schedules) {
        int before = problems.size();
        Waterfall standard = Waterfall.standard(groups, classes);
        List<WaterfallStep> steps = w.steps() == null ? standard.steps() : steps(w.steps());
        Map<String, PrincipalRule> rules = seniorPrincipal(w.groups(), schedules);
        List<Integer> subordinates = w.subordinates() == null ? standard.subordinates() : subordinates(w.subordinates(), standard.subordinates());
        return problems.size() > before ? null : new Waterfall(steps, rules, subordinates);
    }

    private List<WaterfallStep> steps(List<String> names) {
        String at = "waterfall.steps";
        List<WaterfallStep> steps = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            WaterfallStep step = WaterfallStep.ofTitle(names.get(i));
            if (step == null) {
                problems.add(bound.problem(at + "[" + i + "]", "unknown step '" + names.get(i) + "'; the steps are " + titles(WaterfallStep.values())));
                return steps;
            }
            if (steps.contains(step)) {
                problems.add(bound.problem(at + "[" + i + "]", "step " + step.title() + " is named twice"));
                return steps;
            }
            if (!steps.isEmpty() && step.ordinal() < steps.get(steps.size() - 1).ordinal()) {
                problems.add(bound.problem(at + "[" + i + "]", "step " + step.title() + " cannot come after "
                        + steps.get(steps.size() - 1).title() + ": the order of payments is " + titles(WaterfallStep.values())));
                return steps;
            }
            steps.add(step);
        }
        for (WaterfallStep s : WaterfallStep.values()) {
            if (!steps.contains(s)) {
                problems.add(bound.problem(at, "step " + s.title() + " is missing: the engine runs every step, in the order "
                        + titles(WaterfallStep.values())));
                break;
            }
        }
        return steps;
    }

    private Map<String, PrincipalRule> seniorPrincipal(List<GroupRuleDoc> docs, Map<String, PlannedBalances> schedules) {
        Map<String, PrincipalRule> rules = new LinkedHashMap<>();
        RuleReader reader = new RuleReader(bound, problems, schedules);
        java.util.Set<String> named = new java.util.HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            String at = "waterfall.groups[" + i + "]";
            String group = docs.get(i).group();
            if (groups.stream().noneMatch(g -> g.id().equals(group))) {
                problems.add(bound.problem(at + ".group", "no group '" + group + "'"));
                continue;
            }
            if (!named.add(group)) {
                problems.add(bound.problem(at + ".group", "group " + group + " has a rule already"));
                continue;
            }
            String ruleAt = at + ".seniorPrincipal";
            PrincipalRule rule = reader.rule(ruleAt, docs.get(i).seniorPrincipal(), (where, name) -> payable(where, name, group));
            if (rule != null) {
                rules.put(group, rule);
                everySeniorPaid(ruleAt, group, rule);
            }
        }
        for (LoanGroup g : groups) {
            if (!named.contains(g.id())) {
                problems.add(bound.problem("waterfall.groups", "no senior principal rule for group " + g.id()));
            }
        }
        return rules;
    }

    /** A class a group's senior principal rule can pay: a senior principal class of the group. */
    private Integer payable(String at, String name, String group) {
        Integer c = classIndex.get(name);
        if (c == null) {
            problems.add(bound.problem(at, "no class '" + name + "'"));
            return null;
        }
        String why = Waterfall.whyNotPayable(classes.get(c), group);
        if (why != null) {
            problems.add(bound.problem(at, why));
            return null;
        }
        return c;
    }

    /**
     * Every senior principal class of the group is named, and outside any lockout, NAS share or schedule at least
     * once: otherwise principal the group's seniors are due could be left unpaid.
     */
    private void everySeniorPaid(String at, String group, PrincipalRule rule) {
        List<Integer> always = PrincipalRule.classesAlwaysPaid(rule);
        for (int c = 0; c < classes.size(); c++) {
            CertificateClass k = classes.get(c);
            if (k.role().isSenior() && !k.isInterestOnly() && group.equals(k.group()) && !always.contains(c)) {
                problems.add(bound.problem(at, PrincipalRule.classesPaid(rule).contains(c)
                        ? "senior class " + k.name() + " is paid only under a lockout, NAS share or schedule: name it once more"
                                + " outside them (e.g. last in a sequential), so that the group's senior principal is always paid"
                        : "senior class " + k.name() + " of group " + group + " is paid by no step of the rule"));
            }
        }
    }

    private List<Integer> subordinates(List<String> names, List<Integer> expected) {
        String at = "waterfall.subordinates";
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Integer c = classIndex.get(names.get(i));
            String where = at + "[" + i + "]";
            if (c == null) {
                problems.add(bound.problem(where, "no class '" + names.get(i) + "'"));
            } else if (!expected.contains(c)) {
                problems.add(bound.problem(where, "class " + names.get(i) + " is not a subordinate principal class"));
            } else if (order.contains(c)) {
                problems.add(bound.problem(where, "class " + names.get(i) + " is named twice"));
            } else {
                order.add(c);
                continue;
            }
            return order;
        }
        for (int c : expected) {
            if (!order.contains(c)) {
                problems.add(bound.problem(at, "subordinate class " + classes.get(c).name() + " is missing: list every one, most senior first"));
                break;
            }
        }
        return order;
    }

    private static String titles(WaterfallStep[] steps) {
        return String.join(", ", Arrays.stream(steps).map(WaterfallStep::title).toList());
    }
}
