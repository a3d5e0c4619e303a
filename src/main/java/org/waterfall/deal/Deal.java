package org.waterfall.deal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.waterfall.deal.DealValidationException.Violation;

/**
 * A deal definition as written: calendar, loan groups, certificate classes and their rules. A {@code Deal}
 * that builds has been checked for consistency (every reference resolves); {@link #resolve()} turns it into
 * the indexed form the engine runs on.
 *
 * @param id short id, e.g. {@code boams-2002-k}
 * @param name full name as the statement prints it
 * @param series the series as printed on the statement, e.g. {@code 2002-K}
 * @param waterfall the composition: steps, each group's senior principal rule, the subordinates' order
 *     ({@link Waterfall#standard} when the file writes none)
 */
public record Deal(
        String id,
        String name,
        String series,
        DealCalendar calendar,
        List<LoanGroup> groups,
        List<CertificateClass> classes,
        ShiftingInterest shiftingInterest,
        LossRules losses,
        TrusteeConventions conventions,
        Waterfall waterfall) {

    /** A deal with the standard composition ({@link Waterfall#standard}). */
    public Deal(String id, String name, String series, DealCalendar calendar, List<LoanGroup> groups, List<CertificateClass> classes,
            ShiftingInterest shiftingInterest, LossRules losses, TrusteeConventions conventions) {
        this(id, name, series, calendar, groups, classes, shiftingInterest, losses, conventions, null);
    }

    public Deal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(shiftingInterest, "shiftingInterest");
        Objects.requireNonNull(losses, "losses");
        Objects.requireNonNull(conventions, "conventions");
        groups = List.copyOf(groups);
        classes = List.copyOf(classes);
        List<Violation> violations = validate(groups, classes, losses);
        if (waterfall == null) {
            waterfall = Waterfall.standard(groups, classes);
        }
        if (violations.isEmpty()) {
            violations = waterfall.validate(groups, classes);
        }
        if (!violations.isEmpty()) {
            throw new DealValidationException(violations);
        }
    }

    public ResolvedDeal resolve() {
        return new ResolvedDeal(this);
    }

    private static List<Violation> validate(List<LoanGroup> groups, List<CertificateClass> classes, LossRules losses) {
        List<Violation> v = new ArrayList<>();
        if (groups.isEmpty()) {
            v.add(new Violation("groups", "at least one loan group is required"));
        }
        if (classes.isEmpty()) {
            v.add(new Violation("classes", "at least one class is required"));
        }
        Set<String> groupIds = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            if (!groupIds.add(groups.get(i).id())) {
                v.add(new Violation("groups[" + i + "].id", "duplicate group '" + groups.get(i).id() + "'"));
            }
        }
        Map<String, CertificateClass> byName = new HashMap<>();
        Set<String> cusips = new HashSet<>();
        for (int i = 0; i < classes.size(); i++) {
            CertificateClass c = classes.get(i);
            if (byName.putIfAbsent(c.name(), c) != null) {
                v.add(new Violation("classes[" + i + "].name", "duplicate class '" + c.name() + "'"));
            }
            if (c.cusip() != null && !cusips.add(c.cusip())) {
                v.add(new Violation("classes[" + i + "].cusip", "duplicate CUSIP '" + c.cusip() + "'"));
            }
        }
        Set<String> groupsWithSeniors = new HashSet<>();
        for (int i = 0; i < classes.size(); i++) {
            CertificateClass c = classes.get(i);
            String at = "classes[" + i + "]";
            if (c.role().isSenior()) {
                if (c.group() == null) {
                    v.add(new Violation(at + ".group", "senior class '" + c.name() + "' needs a loan group"));
                } else if (!groupIds.contains(c.group())) {
                    v.add(new Violation(at + ".group", "class '" + c.name() + "' refers to unknown group '" + c.group() + "'"));
                } else if (!c.isInterestOnly()) {
                    groupsWithSeniors.add(c.group());
                }
            } else if (c.group() != null && !groupIds.contains(c.group())) {
                v.add(new Violation(at + ".group", "class '" + c.name() + "' refers to unknown group '" + c.group() + "'"));
            }
            for (String ref : c.notionalOf()) {
                CertificateClass target = byName.get(ref);
                if (target == null) {
                    v.add(new Violation(at + ".notionalOf", "unknown class '" + ref + "'"));
                } else if (target.isInterestOnly()) {
                    v.add(new Violation(at + ".notionalOf", "class '" + ref + "' is itself interest-only"));
                }
            }
            validateCoupon(c, at + ".coupon", groupIds, byName, v);
        }
        for (LoanGroup g : groups) {
            if (!groupsWithSeniors.contains(g.id())) {
                v.add(new Violation("groups", "group '" + g.id() + "' backs no senior principal class"));
            }
        }
        for (int i = 0; i < losses.lossOrder().size(); i++) {
            String name = losses.lossOrder().get(i);
            CertificateClass c = byName.get(name);
            if (c == null) {
                v.add(new Violation("losses.order[" + i + "]", "unknown class '" + name + "'"));
            } else if (c.isInterestOnly()) {
                v.add(new Violation("losses.order[" + i + "]", "class '" + name + "' is interest-only and has no balance to lose"));
            }
        }
        return v;
    }

    private static void validateCoupon(CertificateClass c, String at, Set<String> groupIds,
            Map<String, CertificateClass> byName, List<Violation> v) {
        Coupon coupon = c.coupon();
        if (coupon instanceof Coupon.Fixed f) {
            if (f.ratePercent().signum() < 0) {
                v.add(new Violation(at + ".fixed", "rate must not be negative"));
            }
            if (f.capGroup() != null && !groupIds.contains(f.capGroup())) {
                v.add(new Violation(at + ".cap", "unknown group '" + f.capGroup() + "'"));
            }
        } else if (coupon instanceof Coupon.GroupNetWac g) {
            if (!groupIds.contains(g.group())) {
                v.add(new Violation(at + ".groupNetWac", "unknown group '" + g.group() + "'"));
            }
        } else if (coupon instanceof Coupon.WacExcessStrip s) {
            if (!groupIds.contains(s.group())) {
                v.add(new Violation(at + ".wacExcessStrip.group", "unknown group '" + s.group() + "'"));
            }
            if (!c.isInterestOnly()) {
                v.add(new Violation(at + ".wacExcessStrip", "class '" + c.name() + "' has a strip coupon but no notionalOf"));
            }
            for (String ref : s.over()) {
                CertificateClass target = byName.get(ref);
                if (target == null) {
                    v.add(new Violation(at + ".wacExcessStrip.over", "unknown class '" + ref + "'"));
                } else if (!(target.coupon() instanceof Coupon.Fixed)) {
                    v.add(new Violation(at + ".wacExcessStrip.over", "class '" + ref + "' must have a fixed coupon"));
                }
            }
        } else if (coupon instanceof Coupon.FixedStrip s) {
            CertificateClass target = byName.get(s.ofClass());
            if (target == null) {
                v.add(new Violation(at + ".fixedStrip.of", "unknown class '" + s.ofClass() + "'"));
            } else if (!c.isInterestOnly()) {
                v.add(new Violation(at + ".fixedStrip", "class '" + c.name() + "' has a strip coupon but no notionalOf"));
            }
        } else if (coupon instanceof Coupon.SubordinateNetWac s) {
            if (s.minusPercent().signum() < 0) {
                v.add(new Violation(at + ".subordinateNetWac.minus", "must not be negative"));
            }
        }
    }
}
