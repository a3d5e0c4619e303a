package org.waterfall.remic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.waterfall.deal.DealValidationException;
import org.waterfall.deal.DealValidationException.Violation;
import org.waterfall.rules.PrincipalRule;

/**
 * A REMIC defined by payment rules: collateral groups of loan lines, classes with interest rules, each group's
 * accretion and principal rules, and exchangeable combinations. Immutable and checked where it is built: a deal that
 * builds pays every balance class from its own group, names no class twice, and issues exactly its collateral.
 *
 * @param id short id, e.g. {@code fnr-2006-018}
 * @param name the trust's name
 * @param settlement the settlement (closing) date: lives and decrement years count from it
 * @param firstDistribution the first distribution date
 * @param paymentDay day of the month of every distribution date
 * @param groups the collateral, by group
 * @param classes the regular classes, in the deal's order
 * @param waterfalls one per group
 * @param exchangeables the RCR classes
 */
public record RemicDeal(String id, String name, LocalDate settlement, LocalDate firstDistribution, int paymentDay,
        List<CollateralGroup> groups, List<RemicClass> classes, List<GroupWaterfall> waterfalls, List<Exchangeable> exchangeables) {

    public RemicDeal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(firstDistribution, "firstDistribution");
        groups = List.copyOf(groups);
        classes = List.copyOf(classes);
        waterfalls = List.copyOf(waterfalls);
        exchangeables = List.copyOf(exchangeables);
        List<Violation> v = new ArrayList<>();
        if (!firstDistribution.isAfter(settlement)) {
            v.add(new Violation("calendar.firstDistributionDate", "must be after the settlement date " + settlement));
        }
        if (paymentDay < 1 || paymentDay > 28 || firstDistribution.getDayOfMonth() != paymentDay) {
            v.add(new Violation("calendar.paymentDay", "must be 1..28 and the first distribution date's day"));
        }
        if (groups.isEmpty()) {
            v.add(new Violation("collateral", "a deal needs at least one collateral group"));
        }
        if (classes.isEmpty()) {
            v.add(new Violation("classes", "a deal needs at least one class"));
        }
        checkNames(classes, exchangeables, v);
        checkGroups(groups, classes, waterfalls, v);
        if (!v.isEmpty()) {
            throw new DealValidationException(v);
        }
    }

    private static void checkNames(List<RemicClass> classes, List<Exchangeable> exchangeables, List<Violation> v) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < classes.size(); i++) {
            if (!names.add(classes.get(i).name())) {
                v.add(new Violation("classes[" + i + "].name", "class " + classes.get(i).name() + " is defined twice"));
            }
        }
        for (int i = 0; i < exchangeables.size(); i++) {
            if (!names.add(exchangeables.get(i).name())) {
                v.add(new Violation("exchangeable[" + i + "].name", "class " + exchangeables.get(i).name() + " is defined twice"));
            }
        }
    }

    private static void checkGroups(List<CollateralGroup> groups, List<RemicClass> classes, List<GroupWaterfall> waterfalls,
            List<Violation> v) {
        for (int g = 0; g < groups.size(); g++) {
            CollateralGroup group = groups.get(g);
            if (waterfalls.stream().noneMatch(w -> w.group().equals(group.id()))) {
                v.add(new Violation("waterfall", "group " + group.id() + " has no waterfall"));
            }
            BigDecimal issued = BigDecimal.ZERO;
            for (RemicClass c : classes) {
                if (c.group().equals(group.id()) && !c.isNotional()) {
                    issued = issued.add(c.original());
                }
            }
            if (issued.compareTo(group.balance()) != 0) {
                v.add(new Violation("collateral[" + g + "]", "group " + group.id() + "'s classes total " + issued.toPlainString()
                        + " but its lines total " + group.balance().toPlainString() + ": a REMIC issues exactly its collateral"));
            }
        }
        for (int i = 0; i < classes.size(); i++) {
            RemicClass c = classes.get(i);
            int index = i;
            boolean paid = waterfalls.stream().anyMatch(w -> w.group().equals(c.group())
                    && PrincipalRule.classesPaid(w.principal()).contains(index));
            if (!c.isNotional() && !paid) {
                v.add(new Violation("classes[" + i + "]", "class " + c.name() + " has a balance but its group's principal rule never pays it"));
            }
        }
        for (int i = 0; i < classes.size(); i++) {
            String id = classes.get(i).group();
            if (groups.stream().noneMatch(g -> g.id().equals(id))) {
                v.add(new Violation("classes[" + i + "].group", "no collateral group '" + classes.get(i).group() + "'"));
            }
        }
    }

    /** The waterfall of a group, or null. */
    public GroupWaterfall waterfall(String group) {
        for (GroupWaterfall w : waterfalls) {
            if (w.group().equals(group)) {
                return w;
            }
        }
        return null;
    }

    /** Index of a group by id, or -1. */
    public int groupIndex(String id) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of a regular class by name, or -1. */
    public int classIndex(String name) {
        for (int i = 0; i < classes.size(); i++) {
            if (classes.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index level the deal's first-period rates imply: (first-period rate - constant) / multiplier of the first
     * index-linked class that has one (the level the supplement's tables start from); zero when there is none.
     */
    public IndexRate impliedIndex() {
        for (RemicClass c : classes) {
            if (c.interest() instanceof InterestRule.IndexLinked f && f.firstRate() != null && f.multiplier().signum() != 0) {
                return IndexRate.constant(f.firstRate().subtract(f.constant()).divide(f.multiplier(), java.math.MathContext.DECIMAL64)
                        .stripTrailingZeros());
            }
        }
        return IndexRate.ZERO;
    }

    /** Whether any class's coupon is set on the index. */
    public boolean hasIndexLinkedClasses() {
        return classes.stream().anyMatch(c -> c.interest() instanceof InterestRule.IndexLinked);
    }

    /** Every class as reported: the regular classes, then the exchangeable ones. */
    public List<String> reportedClassNames() {
        List<String> n = new ArrayList<>();
        classes.forEach(c -> n.add(c.name()));
        exchangeables.forEach(e -> n.add(e.name()));
        return n;
    }
}
