package org.waterfall.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;

/**
 * Projections to check the cash invariants on, each built from a seed so that a failure can be rerun: random small
 * deals written as deal YAML (1-3 groups, fixed seniors capped at their group's net WAC or not, or turning into
 * net-WAC classes after a date on which their WAC-excess strip ends, net-WAC seniors, WAC-excess and fixed IO strips,
 * 1-4 subordinates, 2002-K's shifting-interest rules, the monthly write-down of the
 * certificates' excess over the collateral or not, sometimes one group whose seniors are all but retired), and BoAMS
 * 2002-K after November 2003 (as printed, or with one group's seniors all but retired); rate paths that cross every
 * coupon up and down (WAC vectors and index + margin resets); CPR and PSA speeds, CDR 0-20 and SDA defaults,
 * severity 0-100, recovery lag 0-24, with and without the clean-up call.
 */
final class InvariantCases {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InvariantCases() {
    }

    /**
     * One projection and how it was made.
     *
     * @param description the deal, start, rate paths and scenario in words (the YAML for a random deal)
     */
    record ProjectionCase(String description, ResolvedDeal deal, StartState start, ProjectionOptions options, Scenario scenario) {

        ScenarioResult run() {
            return new Projector(deal, start, options).run(scenario);
        }

        /** The same deal, start and rate paths under another scenario. */
        ProjectionCase with(Scenario other) {
            return new ProjectionCase(description.replace(scenarioLine(scenario), scenarioLine(other)), deal, start, options, other);
        }

        BigDecimal startingCarry() {
            return start.certificateBalance().subtract(start.collateralBalance());
        }
    }

    /** A random small deal, its start, rate paths and a scenario (with a call when {@code call} is true). */
    static ProjectionCase randomDeal(long seed, Boolean call) {
        Random rnd = new Random(seed);
        int groups = 1 + rnd.nextInt(3);
        int retired = groups > 1 && rnd.nextInt(3) == 0 ? rnd.nextInt(groups) : -1;
        StringBuilder yaml = new StringBuilder("id: random\ncalendar: { firstDistributionDate: 2002-10-20, paymentDay: 20 }\ngroups:\n");
        StringBuilder classes = new StringBuilder("classes:\n");
        List<BigDecimal> balances = new ArrayList<>();
        List<GroupStart> starts = new ArrayList<>();
        int startDate = 1 + rnd.nextInt(100);
        BigDecimal subordinateTotal = BigDecimal.ZERO;
        for (int g = 1; g <= groups; g++) {
            BigDecimal fee = BigDecimal.valueOf(20 + rnd.nextInt(31), 2);
            int term = 24 + rnd.nextInt(12) * 12;
            yaml.append(String.format(Locale.ROOT, "  - { id: \"%d\", servicingFeeRate: %s, originalTermMonths: %d }%n", g, fee.toPlainString(),
                    term + startDate + 12));
            BigDecimal pool = dollars(rnd, 1_000_000, 40_000_000);
            BigDecimal seniorShare = BigDecimal.valueOf(85 + rnd.nextInt(13), 2);
            BigDecimal seniors = cents(pool.multiply(seniorShare));
            if (g - 1 == retired) {
                seniors = dollars(rnd, 0, 2_000);
            }
            subordinateTotal = subordinateTotal.add(pool.subtract(seniors));
            int n = 1 + rnd.nextInt(3);
            // one group in three: the fixed classes become net-WAC classes, and their strip ends, after a date
            int through = rnd.nextInt(3) == 0 ? startDate + 1 + rnd.nextInt(60) : 0;
            List<String> fixed = new ArrayList<>();
            BigDecimal left = seniors;
            for (int s = 0; s < n; s++) {
                BigDecimal b = s == n - 1 ? left : cents(left.multiply(BigDecimal.valueOf(0.2 + 0.6 * rnd.nextDouble())));
                left = left.subtract(b);
                String name = "A" + g + s;
                String coupon;
                if (rnd.nextInt(3) > 0) {
                    coupon = "{ fixed: " + BigDecimal.valueOf(200 + rnd.nextInt(600), 2).toPlainString()
                            + (through > 0 ? ", cap: groupNetWac, fixedThroughDate: " + through + " }" : rnd.nextBoolean() ? ", cap: groupNetWac }" : " }");
                    fixed.add(name);
                } else {
                    coupon = "{ groupNetWac: \"" + g + "\" }";
                }
                classes.append(String.format(Locale.ROOT, "  - { name: %s, group: \"%d\", role: senior, original: %s, coupon: %s }%n", name, g,
                        original(rnd, b).toPlainString(), coupon));
                balances.add(b);
            }
            if (!fixed.isEmpty() && rnd.nextBoolean()) {
                String over = String.join(", ", fixed);
                classes.append(String.format(Locale.ROOT, "  - { name: IO%d, group: \"%d\", role: senior, original: 1000000, notionalOf: [%s], "
                        + "coupon: { wacExcessStrip: { group: \"%d\", over: [%s]%s } } }%n", g, g, over, g, over,
                        through > 0 ? ", throughDate: " + through : ""));
                balances.add(BigDecimal.ZERO);
            }
            BigDecimal wac = BigDecimal.valueOf(300 + rnd.nextInt(600), 2);
            starts.add(new GroupStart(String.valueOf(g), pool, wac, term, 12 + startDate, "given"));
        }
        int subs = 1 + rnd.nextInt(4);
        boolean strip = rnd.nextBoolean();
        BigDecimal stripRate = BigDecimal.valueOf(25 + rnd.nextInt(100), 2);
        BigDecimal left = subordinateTotal;
        List<String> lossOrder = new ArrayList<>();
        if (strip) {
            classes.append("  - { name: BIO, role: subordinate, original: 0, notionalOf: [B1], printsNotional: false, coupon: { fixedStrip: { of: B1, rate: ")
                    .append(stripRate.toPlainString()).append(" } } }\n");
            balances.add(BigDecimal.ZERO);
        }
        for (int s = 1; s <= subs; s++) {
            BigDecimal b = s == subs ? left : cents(left.multiply(BigDecimal.valueOf(0.3 + 0.4 * rnd.nextDouble())));
            left = left.subtract(b);
            String minus = s == 1 && strip ? stripRate.toPlainString() : "0";
            classes.append(String.format(Locale.ROOT, "  - { name: B%d, role: subordinate, original: %s, coupon: { subordinateNetWac: { minus: %s } } }%n",
                    s, original(rnd, b).toPlainString(), minus));
            balances.add(b);
            lossOrder.add(0, "B" + s);
        }
        boolean trigger = rnd.nextBoolean();
        yaml.append(classes).append(ProjectionFixtures.SHIFTING_INTEREST_YAML.formatted(trigger))
                .append(String.format(Locale.ROOT, "losses: { order: [%s], writeDownExcessOverCollateral: %s }%n",
                        String.join(", ", lossOrder), rnd.nextBoolean()))
                .append(ProjectionFixtures.CONVENTIONS_YAML);
        // every other seed at the bounded working precision (ratios at 12 decimals, the collateral carried at 10 a step),
        // apart from the deal's other draws so that each seed's deal is otherwise what it was
        if (seed % 2 == 0) {
            yaml.append("  workingPrecision: DECIMALS_12\n");
        }
        ResolvedDeal deal = DealYamlReader.read("random-" + seed + ".yaml", yaml.toString()).resolve();
        LocalDate asOf = deal.deal().calendar().distributionDate(startDate);
        StartState start = new StartState(asOf, startDate, balances, starts, BigDecimal.ZERO, "random", "given", List.of());
        Map<String, RatePath> paths = new LinkedHashMap<>();
        for (GroupStart g : starts) {
            RatePath p = ratePath(rnd, g.grossWac());
            if (p != null) {
                paths.put(g.group(), p);
            }
        }
        Scenario scenario = scenario(rnd, starts.size() > 1 ? "1" : null, call);
        String description = "random deal, seed " + seed + (retired >= 0 ? ", group " + (retired + 1) + "'s seniors all but retired" : "")
                + ", start date " + startDate + "\n" + startLine(start) + ratePathLines(paths) + scenarioLine(scenario) + yaml;
        return new ProjectionCase(description, deal, start, new ProjectionOptions(paths, true), scenario);
    }

    /**
     * BoAMS 2002-K after the November 2003 distribution: as printed or (one case in three) with one group's seniors all
     * but retired (their balances cut to a few dollars and the group's collateral by as much, so the start's carry of the
     * certificates over the collateral is unchanged); random rate paths and a random scenario.
     */
    static ProjectionCase boams(long seed, Boolean call) {
        Random rnd = new Random(seed);
        ResolvedDeal deal = ProjectionFixtures.boams();
        StartState start = ProjectionFixtures.boamsStart();
        String startText = "BoAMS 2002-K after 2003-11-20 as printed";
        if (rnd.nextInt(3) == 0) {
            int g = rnd.nextInt(deal.groupCount());
            start = withSeniorsRetired(deal, start, g, rnd);
            startText = "BoAMS 2002-K after 2003-11-20 with group " + deal.group(g).id() + "'s seniors all but retired";
        }
        Map<String, RatePath> paths = new LinkedHashMap<>();
        for (GroupStart g : start.groups()) {
            RatePath p = ratePath(rnd, g.grossWac());
            if (p != null) {
                paths.put(g.group(), p);
            }
        }
        Scenario scenario = scenario(rnd, "1", call);
        String description = startText + ", seed " + seed + "\n" + startLine(start) + ratePathLines(paths) + scenarioLine(scenario);
        return new ProjectionCase(description, deal, start, new ProjectionOptions(paths, true), scenario);
    }

    /**
     * The NAS test deal ({@link ProjectionFixtures#nasDeal()}: a NAS class, a sequential pair and a lockout class, written
     * as a composition) from its first date: random rate paths and a random scenario (speeds, defaults, severity, lag,
     * sometimes delinquency, group 2's own speed, a call).
     */
    static ProjectionCase nasDeal(long seed) {
        Random rnd = new Random(seed);
        ResolvedDeal deal = ProjectionFixtures.nasDeal();
        StartState start = ProjectionFixtures.nasStart(deal);
        Map<String, RatePath> paths = new LinkedHashMap<>();
        for (GroupStart g : start.groups()) {
            RatePath p = ratePath(rnd, g.grossWac());
            if (p != null) {
                paths.put(g.group(), p);
            }
        }
        Scenario scenario = scenario(rnd, "2", null);
        String description = "NAS test deal from its first date, seed " + seed + "\n" + startLine(start) + ratePathLines(paths) + scenarioLine(scenario);
        return new ProjectionCase(description, deal, start, new ProjectionOptions(paths, true), scenario);
    }

    /** The bundled start under constant WACs and a given scenario (the commands). */
    static ProjectionCase boams(Scenario scenario) {
        StartState start = ProjectionFixtures.boamsStart();
        return new ProjectionCase("BoAMS 2002-K after 2003-11-20 as printed, constant WACs\n" + startLine(start) + scenarioLine(scenario),
                ProjectionFixtures.boams(), start, ProjectionOptions.defaults(), scenario);
    }

    /** Group {@code g}'s senior classes cut to 0-500 dollars each, and its collateral by as much. */
    static StartState withSeniorsRetired(ResolvedDeal deal, StartState start, int g, Random rnd) {
        List<BigDecimal> balances = new ArrayList<>(start.classBalances());
        BigDecimal cut = BigDecimal.ZERO;
        for (int c : deal.seniorsOf(g)) {
            BigDecimal was = balances.get(c);
            BigDecimal now = was.min(dollars(rnd, 0, 500));
            balances.set(c, now);
            cut = cut.add(was.subtract(now));
        }
        List<GroupStart> groups = new ArrayList<>(start.groups());
        GroupStart gs = groups.get(g);
        groups.set(g, new GroupStart(gs.group(), gs.balance().subtract(cut), gs.grossWac(), gs.remainingTermMonths(), gs.loanAgeMonths(),
                gs.termBasis()));
        return new StartState(start.asOf(), start.asOfDateNumber(), balances, groups, start.cumulativeLosses(), start.source(),
                start.classBalanceBasis(), start.notes());
    }

    /**
     * A group's rate path: constant (one in five); a WAC vector of 2-6 steps alternating below 4% and above 7% gross
     * (so every coupon of 2-8% is crossed both ways, with 0.25-0.50% fees); a random walk; or index + margin resets
     * (first reset in month 1-60, every 1, 6 or 12 months, periodic cap 1-5, lifetime cap 9-13, floor 0 or the margin).
     */
    static RatePath ratePath(Random rnd, BigDecimal startWac) {
        switch (rnd.nextInt(5)) {
            case 0:
                return null;
            case 1: {
                List<BigDecimal> w = new ArrayList<>();
                boolean low = rnd.nextBoolean();
                int steps = 2 + rnd.nextInt(5);
                for (int s = 0; s < steps; s++, low = !low) {
                    BigDecimal rate = low ? BigDecimal.valueOf(50 + rnd.nextInt(350), 2) : BigDecimal.valueOf(700 + rnd.nextInt(400), 2);
                    int months = 1 + rnd.nextInt(36);
                    for (int m = 0; m < months; m++) {
                        w.add(rate);
                    }
                }
                return new RatePath.WacVector(w);
            }
            case 2: {
                List<BigDecimal> w = new ArrayList<>();
                BigDecimal rate = startWac;
                int months = 12 + rnd.nextInt(120);
                for (int m = 0; m < months; m++) {
                    if (rnd.nextInt(6) == 0) {
                        rate = rate.add(BigDecimal.valueOf(rnd.nextInt(501) - 250, 2)).max(BigDecimal.valueOf(25, 2)).min(BigDecimal.valueOf(1400, 2));
                    }
                    w.add(rate);
                }
                return new RatePath.WacVector(w);
            }
            default: {
                List<BigDecimal> index = new ArrayList<>();
                int points = 1 + rnd.nextInt(60);
                for (int m = 0; m < points; m++) {
                    index.add(BigDecimal.valueOf(25 + rnd.nextInt(750), 2));
                }
                BigDecimal margin = BigDecimal.valueOf(150 + rnd.nextInt(150), 2);
                int[] every = {1, 6, 12};
                BigDecimal cap = BigDecimal.valueOf(1 + rnd.nextInt(5));
                return indexMargin(index, margin, 1 + rnd.nextInt(60), every[rnd.nextInt(3)], cap,
                        BigDecimal.valueOf(9 + rnd.nextInt(5)), rnd.nextBoolean() ? BigDecimal.ZERO : margin);
            }
        }
    }

    /**
     * A random scenario: CPR 0-60, PSA 0-600 or a CPR vector; CDR 0-20 or SDA 0-1500 (none one time in four); severity
     * 0-100; lag 0-24; sometimes delinquency and a prepayment speed of its own for {@code overrideGroup}; a clean-up
     * call at 1-25% when {@code call} is true, none when false, either when null.
     */
    static Scenario scenario(Random rnd, String overrideGroup, Boolean call) {
        Speed prepayment = switch (rnd.nextInt(3)) {
            case 0 -> Speed.of(Speed.Kind.CPR, rnd.nextInt(601) / 10.0);
            case 1 -> Speed.of(Speed.Kind.PSA, rnd.nextInt(601));
            default -> {
                double[] v = new double[1 + rnd.nextInt(24)];
                for (int i = 0; i < v.length; i++) {
                    v[i] = rnd.nextInt(601) / 10.0;
                }
                yield new Speed(Speed.Kind.CPR, v);
            }
        };
        Speed defaults = switch (rnd.nextInt(4)) {
            case 0 -> Speed.ZERO_CDR;
            case 1 -> Speed.of(Speed.Kind.SDA, rnd.nextInt(1501));
            default -> Speed.of(Speed.Kind.CDR, rnd.nextInt(2001) / 100.0);
        };
        BigDecimal severity = BigDecimal.valueOf(rnd.nextInt(1001), 1);
        int lag = rnd.nextInt(25);
        BigDecimal delinquency = rnd.nextInt(4) == 0 ? BigDecimal.valueOf(rnd.nextInt(201), 1) : BigDecimal.ZERO;
        GroupAssumptions a = new GroupAssumptions(prepayment, defaults, severity, lag, delinquency);
        Map<String, GroupAssumptions> overrides = new LinkedHashMap<>();
        String name = a.label();
        if (overrideGroup != null && rnd.nextInt(4) == 0) {
            Speed own = Speed.of(Speed.Kind.CPR, rnd.nextInt(801) / 10.0);
            overrides.put(overrideGroup, a.withPrepayment(own));
            name += ", group " + overrideGroup + " " + own.label();
        }
        boolean called = call == null ? rnd.nextBoolean() : call;
        BigDecimal callPercent = called ? BigDecimal.valueOf(1 + rnd.nextInt(25)) : null;
        return new Scenario(called ? name + ", call " + callPercent : name, a, overrides, callPercent);
    }

    /** The scenario with a constant CDR in place of its default speed. */
    static Scenario withCdr(Scenario s, double cdr) {
        Speed d = Speed.of(Speed.Kind.CDR, cdr);
        Map<String, GroupAssumptions> overrides = new LinkedHashMap<>();
        s.groupOverrides().forEach((g, a) -> overrides.put(g, a.withDefaults(d)));
        GroupAssumptions a = s.assumptions().withDefaults(d);
        String name = a.label() + (overrides.isEmpty() ? "" : ", group overrides " + overrides.keySet())
                + (s.cleanUpCallPercent() == null ? "" : ", call " + s.cleanUpCallPercent());
        return new Scenario(name, a, overrides, s.cleanUpCallPercent());
    }

    static String scenarioLine(Scenario s) {
        return "scenario: " + s.name() + "\n";
    }

    private static String startLine(StartState s) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "start %s (date %d): certificates %,.2f, collateral %,.2f;", s.asOf(),
                s.asOfDateNumber(), s.certificateBalance(), s.collateralBalance()));
        for (GroupStart g : s.groups()) {
            b.append(String.format(Locale.ROOT, " group %s %,.2f at %s%%, %d months left;", g.group(), g.balance(), g.grossWac().toPlainString(),
                    g.remainingTermMonths()));
        }
        return b.append('\n').toString();
    }

    /** One ARM cohort for the whole group: index + margin unrounded, one cap for every reset, an absolute lifetime cap. */
    static RatePath indexMargin(List<BigDecimal> index, BigDecimal margin, int first, int every, BigDecimal cap, BigDecimal lifetime,
            BigDecimal floor) {
        return new RatePath.Cohorts(List.of(new ArmCohort(BigDecimal.valueOf(100), null, index, margin, first, every, cap, cap,
                ArmCohort.LifetimeCap.absolute(lifetime), floor, ArmRounding.NONE)));
    }

    private static String ratePathLines(Map<String, RatePath> paths) {
        StringBuilder b = new StringBuilder();
        paths.forEach((g, p) -> {
            String label = p.label();
            b.append("rate path group ").append(g).append(": ").append(label.length() > 300 ? label.substring(0, 300) + "..." : label);
            if (p instanceof RatePath.Cohorts arm) {
                b.append(", index ").append(arm.cohorts().get(0).index());
            }
            b.append('\n');
        });
        return b.toString();
    }

    private static BigDecimal dollars(Random rnd, long min, long max) {
        return BigDecimal.valueOf(min * 100 + (long) (rnd.nextDouble() * (max - min) * 100), 2);
    }

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal original(Random rnd, BigDecimal balance) {
        return cents(balance.multiply(BigDecimal.valueOf(1 + rnd.nextDouble()))).max(BigDecimal.ONE).add(HUNDRED);
    }
}
