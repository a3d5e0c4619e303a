package org.waterfall.deal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.waterfall.deal.DealValidationException.Violation;
import org.waterfall.rules.PrincipalRule;

/**
 * A shifting-interest deal's composition, as its deal file writes it: the engine's steps in the order of payments,
 * each group's rule for paying its Senior Principal Distribution Amount to its seniors, and the subordinate classes in
 * order of seniority (each paid its interest and then its share of the subordinate principal before the next; losses
 * go the other way, by {@link LossRules#lossOrder()}). Rules name classes by their index in the deal's class list.
 *
 * @param steps every {@link WaterfallStep}, in order
 * @param seniorPrincipal each group's rule, by group id
 * @param subordinates the subordinate principal classes, most senior first
 */
public record Waterfall(List<WaterfallStep> steps, Map<String, PrincipalRule> seniorPrincipal, List<Integer> subordinates) {

    public Waterfall {
        steps = List.copyOf(steps);
        seniorPrincipal = Map.copyOf(seniorPrincipal);
        subordinates = List.copyOf(subordinates);
    }

    /**
     * The composition a deal file without a {@code waterfall} block gets: each group's residual classes one after
     * another, then its other seniors pro rata by balance; the subordinate classes in the order the deal lists them.
     */
    public static Waterfall standard(List<LoanGroup> groups, List<CertificateClass> classes) {
        Map<String, PrincipalRule> rules = new java.util.HashMap<>();
        for (LoanGroup g : groups) {
            List<PrincipalRule> steps = new ArrayList<>();
            List<Integer> regular = new ArrayList<>();
            for (int c = 0; c < classes.size(); c++) {
                CertificateClass k = classes.get(c);
                if (k.role().isSenior() && !k.isInterestOnly() && g.id().equals(k.group())) {
                    if (k.role() == ClassRole.RESIDUAL) {
                        steps.add(new PrincipalRule.Pay(c));
                    } else {
                        regular.add(c);
                    }
                }
            }
            if (!regular.isEmpty()) {
                steps.add(new PrincipalRule.ProRata(regular));
            }
            if (!steps.isEmpty()) {
                rules.put(g.id(), steps.size() == 1 ? steps.get(0) : new PrincipalRule.Sequential(steps));
            }
        }
        List<Integer> subs = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            if (!classes.get(c).role().isSenior() && !classes.get(c).isInterestOnly()) {
                subs.add(c);
            }
        }
        return new Waterfall(Arrays.asList(WaterfallStep.values()), rules, subs);
    }

    /**
     * Why a group's senior principal rule cannot pay a class, or null when it can: only a senior (or residual) principal
     * class of that group.
     */
    public static String whyNotPayable(CertificateClass c, String group) {
        if (c.isInterestOnly()) {
            return "class " + c.name() + " is interest-only: it has no principal";
        }
        if (!c.role().isSenior()) {
            return "class " + c.name() + " is a subordinate class: it is paid its share of the subordinate principal, not a group's"
                    + " senior principal";
        }
        if (!Objects.equals(c.group(), group)) {
            return "class " + c.name() + " is a senior of group " + c.group() + ", not of group " + group;
        }
        return null;
    }

    /** What is wrong with the composition for these groups and classes; empty when it is sound. */
    List<Violation> validate(List<LoanGroup> groups, List<CertificateClass> classes) {
        List<Violation> v = new ArrayList<>();
        if (!steps.equals(Arrays.asList(WaterfallStep.values()))) {
            v.add(new Violation("waterfall.steps", "the steps must be " + titles() + ", in that order"));
        }
        int[] paidBy = new int[classes.size()];
        Arrays.fill(paidBy, -1);
        for (int g = 0; g < groups.size(); g++) {
            String id = groups.get(g).id();
            PrincipalRule rule = seniorPrincipal.get(id);
            String at = "waterfall.groups";
            if (rule == null) {
                v.add(new Violation("waterfall.groups", "no senior principal rule for group " + id));
                continue;
            }
            List<Integer> always = PrincipalRule.classesAlwaysPaid(rule);
            for (int c : PrincipalRule.classesPaid(rule)) {
                if (c >= classes.size()) {
                    v.add(new Violation(at, "no class " + c));
                    continue;
                }
                String why = whyNotPayable(classes.get(c), id);
                if (why != null) {
                    v.add(new Violation(at, why));
                }
                if (always.contains(c)) {
                    paidBy[c] = g;
                }
            }
        }
        for (String id : seniorPrincipal.keySet()) {
            if (groups.stream().noneMatch(g -> g.id().equals(id))) {
                v.add(new Violation("waterfall.groups", "no group '" + id + "'"));
            }
        }
        for (int c = 0; c < classes.size(); c++) {
            CertificateClass k = classes.get(c);
            if (k.role().isSenior() && !k.isInterestOnly() && paidBy[c] < 0) {
                v.add(new Violation("waterfall.groups", "senior class " + k.name() + " is not always paid by the rule of group "
                        + k.group() + " (named nowhere, or only under a lockout, NAS share or schedule)"));
            }
        }
        List<Integer> expected = standard(groups, classes).subordinates();
        if (subordinates.size() != expected.size() || !subordinates.containsAll(expected)) {
            v.add(new Violation("waterfall.subordinates", "must list every subordinate principal class once: " + names(expected, classes)));
        }
        return v;
    }

    private static String titles() {
        List<String> t = new ArrayList<>();
        for (WaterfallStep s : WaterfallStep.values()) {
            t.add(s.title());
        }
        return String.join(", ", t);
    }

    private static String names(List<Integer> idx, List<CertificateClass> classes) {
        List<String> n = new ArrayList<>();
        for (int c : idx) {
            n.add(classes.get(c).name());
        }
        return String.join(", ", n);
    }
}
