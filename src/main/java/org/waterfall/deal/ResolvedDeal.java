package org.waterfall.deal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waterfall.money.Rounding;
import org.waterfall.rules.PrincipalRule;

/**
 * A {@link Deal} indexed for the engine: classes and groups by position, each group's senior principal
 * classes, the subordinate classes in order of seniority, coupon references as indexes, and the closing
 * percentages the shifting-interest tests compare against. Built once per deal; immutable.
 *
 * <p>Arrays returned by accessors are the internal ones, for speed in the monthly loop: callers must not
 * modify them.
 */
public final class ResolvedDeal {


    private final Deal deal;
    private final CertificateClass[] classes;
    private final LoanGroup[] groups;
    private final Map<String, Integer> classIndex;
    private final Map<String, Integer> groupIndex;
    private final int[] classGroup;
    private final boolean[] interestOnly;
    private final int[][] seniorsByGroup;
    private final int[] subordinates;
    private final int[] lossOrder;
    private final int[][] notionalOf;
    private final CouponKind[] couponKind;
    /** The group whose net WAC caps a fixed coupon, or -1. */
    private final int[] couponCapGroup;
    /** The last date a fixed coupon or a WAC strip is in force as written (0: always). */
    private final int[] couponThroughDate;
    private final PrincipalRule[] seniorPrincipalByGroup;
    private final int[][] proRataPeers;
    private final WaterfallStep[] steps;
    private final int[][] seniorInterestByGroup;
    private final int[] allSeniors;
    private final int[][] subordinateInterestLevel;
    private final BigDecimal[] couponRate;
    private final int[] couponGroup;
    private final int[][] stripOver;
    private final int[] stripOf;
    private final BigDecimal[] original;
    private final BigDecimal[] groupFeeRate;
    private final BigDecimal originalTotal;
    private final BigDecimal originalSenior;
    private final BigDecimal originalSubordinate;
    /** The closing senior and subordinate fractions, taken once (every date's shifting-interest tests read them). */
    private final BigDecimal closingSeniorFraction;
    private final BigDecimal closingSubordinateFraction;
    private final BigDecimal[] originalSubordinateFromClass;

    ResolvedDeal(Deal deal) {
        this.deal = deal;
        this.classes = deal.classes().toArray(new CertificateClass[0]);
        this.groups = deal.groups().toArray(new LoanGroup[0]);
        int n = classes.length;
        int gCount = groups.length;
        Map<String, Integer> gi = new HashMap<>();
        for (int g = 0; g < gCount; g++) {
            gi.put(groups[g].id(), g);
        }
        Map<String, Integer> ci = new HashMap<>();
        for (int c = 0; c < n; c++) {
            ci.put(classes[c].name(), c);
        }
        this.groupIndex = Collections.unmodifiableMap(gi);
        this.classIndex = Collections.unmodifiableMap(ci);

        classGroup = new int[n];
        interestOnly = new boolean[n];
        notionalOf = new int[n][];
        couponKind = new CouponKind[n];
        couponCapGroup = new int[n];
        couponThroughDate = new int[n];
        couponRate = new BigDecimal[n];
        couponGroup = new int[n];
        stripOver = new int[n][];
        stripOf = new int[n];
        original = new BigDecimal[n];
        List<List<Integer>> seniors = new ArrayList<>();
        for (int g = 0; g < gCount; g++) {
            seniors.add(new ArrayList<>());
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal senior = BigDecimal.ZERO;
        for (int c = 0; c < n; c++) {
            CertificateClass k = classes[c];
            classGroup[c] = k.group() == null ? -1 : gi.get(k.group());
            interestOnly[c] = k.isInterestOnly();
            original[c] = k.original();
            notionalOf[c] = k.notionalOf().stream().mapToInt(ci::get).toArray();
            stripOf[c] = -1;
            couponGroup[c] = -1;
            stripOver[c] = new int[0];
            couponCapGroup[c] = -1;
            Coupon coupon = k.coupon();
            if (coupon instanceof Coupon.Fixed f) {
                couponKind[c] = CouponKind.FIXED;
                couponRate[c] = f.ratePercent();
                couponCapGroup[c] = f.capGroup() == null ? -1 : gi.get(f.capGroup());
                couponThroughDate[c] = f.throughDate();
            } else if (coupon instanceof Coupon.GroupNetWac w) {
                couponKind[c] = CouponKind.GROUP_NET_WAC;
                couponGroup[c] = gi.get(w.group());
            } else if (coupon instanceof Coupon.WacExcessStrip s) {
                couponKind[c] = CouponKind.WAC_EXCESS_STRIP;
                couponGroup[c] = gi.get(s.group());
                couponThroughDate[c] = s.throughDate();
                stripOver[c] = s.over().stream().mapToInt(ci::get).toArray();
            } else if (coupon instanceof Coupon.SubordinateNetWac s) {
                couponKind[c] = CouponKind.SUBORDINATE_NET_WAC;
                couponRate[c] = s.minusPercent();
            } else if (coupon instanceof Coupon.FixedStrip s) {
                couponKind[c] = CouponKind.FIXED_STRIP;
                couponRate[c] = s.ratePercent();
                stripOf[c] = ci.get(s.ofClass());
            }
            if (!k.isInterestOnly()) {
                total = total.add(k.original());
                if (k.role().isSenior()) {
                    seniors.get(classGroup[c]).add(c);
                    senior = senior.add(k.original());
                }
            }
        }
        seniorsByGroup = new int[gCount][];
        seniorPrincipalByGroup = new PrincipalRule[gCount];
        for (int g = 0; g < gCount; g++) {
            seniorsByGroup[g] = seniors.get(g).stream().mapToInt(Integer::intValue).toArray();
            seniorPrincipalByGroup[g] = deal.waterfall().seniorPrincipal().get(groups[g].id());
        }
        proRataPeers = new int[n][];
        for (int g = 0; g < gCount; g++) {
            proRataPeers(seniorPrincipalByGroup[g], proRataPeers);
        }
        for (int c = 0; c < n; c++) {
            if (proRataPeers[c] == null) {
                proRataPeers[c] = new int[0];
            }
        }
        // the subordinate classes in the order of seniority the composition gives (the deal's order by default)
        subordinates = deal.waterfall().subordinates().stream().mapToInt(Integer::intValue).toArray();
        steps = deal.waterfall().steps().toArray(new WaterfallStep[0]);
        allSeniors = java.util.stream.IntStream.range(0, n).filter(c -> !interestOnly[c] && classes[c].role().isSenior()).toArray();
        seniorInterestByGroup = new int[gCount][];
        for (int g = 0; g < gCount; g++) {
            final int group = g;
            seniorInterestByGroup[g] = java.util.stream.IntStream.range(0, n)
                    .filter(c -> classes[c].role().isSenior() && classGroup[c] == group).toArray();
        }
        // a subordinate class's interest is paid together with the subordinate interest-only classes stripped from it
        subordinateInterestLevel = new int[n][];
        for (int c : subordinates) {
            List<Integer> level = new ArrayList<>();
            level.add(c);
            for (int k = 0; k < n; k++) {
                if (interestOnly[k] && !classes[k].role().isSenior() && notionalOf[k].length > 0 && notionalOf[k][0] == c) {
                    level.add(k);
                }
            }
            subordinateInterestLevel[c] = level.stream().mapToInt(Integer::intValue).toArray();
        }
        lossOrder = deal.losses().lossOrder().stream().mapToInt(ci::get).toArray();
        groupFeeRate = new BigDecimal[gCount];
        for (int g = 0; g < gCount; g++) {
            groupFeeRate[g] = groups[g].totalFeeRate();
        }
        originalTotal = total;
        originalSenior = senior;
        originalSubordinate = total.subtract(senior);
        closingSeniorFraction = total.signum() == 0 ? BigDecimal.ZERO : originalSenior.divide(total, Rounding.INTERMEDIATE);
        closingSubordinateFraction = total.signum() == 0 ? BigDecimal.ZERO : originalSubordinate.divide(total, Rounding.INTERMEDIATE);
        // original fractional interest of each subordinate class: itself and every class junior to it
        originalSubordinateFromClass = new BigDecimal[subordinates.length];
        BigDecimal below = BigDecimal.ZERO;
        for (int i = subordinates.length - 1; i >= 0; i--) {
            below = below.add(original[subordinates[i]]);
            originalSubordinateFromClass[i] = below;
        }
    }

    public Deal deal() {
        return deal;
    }

    public int classCount() {
        return classes.length;
    }

    public int groupCount() {
        return groups.length;
    }

    public CertificateClass certificateClass(int c) {
        return classes[c];
    }

    public LoanGroup group(int g) {
        return groups[g];
    }

    public String className(int c) {
        return classes[c].name();
    }

    /** Index of a class by name, or -1. */
    public int classIndex(String name) {
        Integer i = classIndex.get(name);
        return i == null ? -1 : i;
    }

    /** Index of a group by id, or -1. */
    public int groupIndex(String id) {
        Integer i = groupIndex.get(id);
        return i == null ? -1 : i;
    }

    /** The class's group index, or -1 for a class backed by all groups. */
    public int groupOf(int c) {
        return classGroup[c];
    }

    public boolean isInterestOnly(int c) {
        return interestOnly[c];
    }

    /** The senior and residual principal classes of a group, in the order the deal lists them. */
    public int[] seniorsOf(int g) {
        return seniorsByGroup[g];
    }

    /** Every senior and residual principal class of every group, in deal order. */
    public int[] allSeniors() {
        return allSeniors;
    }

    /** How the group's Senior Principal Distribution Amount is paid to its seniors: the composition's rule. */
    public PrincipalRule seniorPrincipalRule(int g) {
        return seniorPrincipalByGroup[g];
    }

    /**
     * The classes a senior class shares its group's senior principal with pro rata (itself included): the first
     * {@code proRata} step of its group's rule that names it; empty when no such step does (a class paid on its own).
     */
    public int[] proRataPeersOf(int c) {
        return proRataPeers[c];
    }

    private static void proRataPeers(PrincipalRule rule, int[][] out) {
        if (rule instanceof PrincipalRule.ProRata r) {
            for (int c : r.classes()) {
                if (out[c] == null) {
                    out[c] = r.classes();
                }
            }
        } else if (rule instanceof PrincipalRule.Sequential s) {
            s.steps().forEach(x -> proRataPeers(x, out));
        } else if (rule instanceof PrincipalRule.Split s) {
            s.shares().forEach(x -> proRataPeers(x.rule(), out));
        } else if (rule instanceof PrincipalRule.ToTarget t) {
            proRataPeers(t.rule(), out);
        } else if (rule instanceof PrincipalRule.Lockout l) {
            proRataPeers(l.rule(), out);
        } else if (rule instanceof PrincipalRule.Nas n) {
            proRataPeers(n.rule(), out);
        }
    }

    /** The engine's steps, in the order the deal names them. */
    public WaterfallStep[] steps() {
        return steps;
    }

    /** Every class whose interest the group's funds pay first: its senior and residual classes, interest-only included. */
    public int[] seniorInterestOf(int g) {
        return seniorInterestByGroup[g];
    }

    /** For a subordinate principal class, itself and the subordinate interest-only classes stripped from it. */
    public int[] subordinateInterestLevel(int c) {
        return subordinateInterestLevel[c];
    }

    /** The subordinate principal classes, most senior first. */
    public int[] subordinates() {
        return subordinates;
    }

    /** The classes that absorb realized losses, in order. */
    public int[] lossOrder() {
        return lossOrder;
    }

    /** For an IO class, the classes whose balances make up its notional. */
    public int[] notionalOf(int c) {
        return notionalOf[c];
    }

    public CouponKind couponKind(int c) {
        return couponKind[c];
    }

    /** The group whose net WAC caps a fixed coupon, or -1 for none. */
    public int couponCapGroup(int c) {
        return couponCapGroup[c];
    }

    /**
     * Whether the class's coupon is in force as written on a date: a fixed coupon before it turns into its group's net
     * WAC, a WAC strip before it ends.
     */
    public boolean couponAsWritten(int c, int dateNumber) {
        return couponThroughDate[c] == 0 || dateNumber <= couponThroughDate[c];
    }

    /** Fixed rate, strip rate or subtracted strip, in percent, by coupon kind; null when not applicable. */
    public BigDecimal couponRate(int c) {
        return couponRate[c];
    }

    public int couponGroup(int c) {
        return couponGroup[c];
    }

    public int[] stripOver(int c) {
        return stripOver[c];
    }

    public int stripOf(int c) {
        return stripOf[c];
    }

    /** Original balance (or notional) of a class: the base of its factors. */
    public BigDecimal original(int c) {
        return original[c];
    }

    /** Servicing, sub-servicing and trustee fees together, percent per annum. */
    public BigDecimal groupFeeRate(int g) {
        return groupFeeRate[g];
    }

    /** Sum of the principal classes' original balances. */
    public BigDecimal originalTotal() {
        return originalTotal;
    }

    public BigDecimal originalSubordinate() {
        return originalSubordinate;
    }

    /** Sum of the senior principal classes' original balances. */
    public BigDecimal originalSenior() {
        return originalSenior;
    }

    /** The aggregate senior percentage at closing, as a fraction. */
    public BigDecimal closingSeniorFraction() {
        return closingSeniorFraction;
    }

    /** The aggregate subordinate percentage at closing, as a fraction. */
    public BigDecimal closingSubordinateFraction() {
        return closingSubordinateFraction;
    }

    /** Original balance of the i-th subordinate class (in seniority order) and of every class junior to it. */
    public BigDecimal originalSubordinateFrom(int i) {
        return originalSubordinateFromClass[i];
    }

    public ShiftingInterest shiftingInterest() {
        return deal.shiftingInterest();
    }

    public TrusteeConventions conventions() {
        return deal.conventions();
    }

}
