package org.waterfall.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A rule that pays an amount of principal (a REMIC group's principal or an accrual amount, a shifting-interest
 * group's Senior Principal Distribution Amount) to classes. Rules nest: a group's principal waterfall is one rule,
 * usually a {@link Sequential} of the others. Classes are indexes into the deal's class list; neither engine knows a
 * class by name. {@link PrincipalDistributor} pays an amount by a rule; each engine supplies its {@link Payees}.
 */
public sealed interface PrincipalRule {

    /** The classes a rule can pay, in the order it names them, each once. */
    static List<Integer> classesPaid(PrincipalRule rule) {
        java.util.LinkedHashSet<Integer> out = new java.util.LinkedHashSet<>();
        if (rule instanceof Pay p) {
            out.add(p.classIndex());
        } else if (rule instanceof Sequential s) {
            s.steps().forEach(x -> out.addAll(classesPaid(x)));
        } else if (rule instanceof ProRata r) {
            for (int c : r.classes()) {
                out.add(c);
            }
        } else if (rule instanceof Split s) {
            s.shares().forEach(x -> out.addAll(classesPaid(x.rule())));
        } else if (rule instanceof ToTarget t) {
            out.addAll(classesPaid(t.rule()));
        } else if (rule instanceof Lockout l) {
            out.addAll(classesPaid(l.rule()));
        } else if (rule instanceof Nas n) {
            out.addAll(classesPaid(n.rule()));
        }
        return List.copyOf(out);
    }

    /**
     * The classes a rule pays whatever the period and the balances: those it names outside any lockout, NAS share or
     * schedule. A group whose every class is among them pays out its whole amount until they are all retired.
     */
    static List<Integer> classesAlwaysPaid(PrincipalRule rule) {
        java.util.LinkedHashSet<Integer> out = new java.util.LinkedHashSet<>();
        if (rule instanceof Pay p) {
            out.add(p.classIndex());
        } else if (rule instanceof Sequential s) {
            s.steps().forEach(x -> out.addAll(classesAlwaysPaid(x)));
        } else if (rule instanceof ProRata r) {
            for (int c : r.classes()) {
                out.add(c);
            }
        } else if (rule instanceof Split s) {
            s.shares().forEach(x -> out.addAll(classesAlwaysPaid(x.rule())));
        }
        return List.copyOf(out);
    }

    /** To one class until retired. */
    record Pay(int classIndex) implements PrincipalRule {
        public Pay {
            if (classIndex < 0) {
                throw new IllegalArgumentException("class index must not be negative: " + classIndex);
            }
        }
    }

    /** Each step in order, the next taking what the one before could not use. */
    record Sequential(List<PrincipalRule> steps) implements PrincipalRule {
        public Sequential {
            steps = List.copyOf(steps);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("sequential: at least one step");
            }
        }
    }

    /**
     * To the classes concurrently, in proportion to their balances before the payment, until retired. The classes are
     * held as an index array so that an engine can pay them every date without converting (the accessor returns that
     * array: callers must not modify it).
     */
    record ProRata(int[] classes) implements PrincipalRule {
        public ProRata {
            classes = classes.clone();
            if (classes.length == 0) {
                throw new IllegalArgumentException("proRata: at least one class");
            }
            for (int c : classes) {
                if (c < 0) {
                    throw new IllegalArgumentException("class index must not be negative: " + c);
                }
            }
        }

        public ProRata(List<Integer> classes) {
            this(classes.stream().mapToInt(Integer::intValue).toArray());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ProRata r && java.util.Arrays.equals(classes, r.classes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(classes);
        }

        @Override
        public String toString() {
            return "ProRata" + java.util.Arrays.toString(classes);
        }
    }

    /**
     * Fixed percentages to parallel rules; what one side cannot use (it is retired, or reached its target) goes to
     * the others, in order.
     */
    record Split(List<Share> shares) implements PrincipalRule {
        public Split {
            shares = List.copyOf(shares);
            if (shares.size() < 2) {
                throw new IllegalArgumentException("split: at least two shares");
            }
            BigDecimal total = BigDecimal.ZERO;
            for (Share s : shares) {
                total = total.add(s.percent());
            }
            if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
                throw new IllegalArgumentException("split: the percentages total " + total.toPlainString() + ", not 100");
            }
        }
    }

    /** One side of a {@link Split}: a percentage of the amount, paid by a rule. */
    record Share(BigDecimal percent, PrincipalRule rule) {
        public Share {
            Objects.requireNonNull(percent, "percent");
            Objects.requireNonNull(rule, "rule");
            if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new IllegalArgumentException("a share must be a percentage in (0, 100): " + percent.toPlainString());
            }
        }
    }

    /**
     * Pays {@code rule} only until the aggregate of {@code classes} reaches the schedule's balance for the date
     * (a PAC or TAC): at most the aggregate's balance less its planned balance.
     */
    record ToTarget(PlannedBalances schedule, List<Integer> classes, PrincipalRule rule) implements PrincipalRule {
        public ToTarget {
            Objects.requireNonNull(schedule, "schedule");
            classes = List.copyOf(classes);
            Objects.requireNonNull(rule, "rule");
            if (classes.isEmpty()) {
                throw new IllegalArgumentException("toTarget: at least one class in the aggregate");
            }
        }
    }

    /** Pays nothing before distribution period {@code firstPeriod} (a lockout), then {@code rule}. */
    record Lockout(int firstPeriod, PrincipalRule rule) implements PrincipalRule {
        public Lockout {
            Objects.requireNonNull(rule, "rule");
            if (firstPeriod < 1) {
                throw new IllegalArgumentException("lockout: the first paying period must be 1 or more: " + firstPeriod);
            }
        }
    }

    /**
     * A non-accelerating (NAS) share: of the amount offered, {@code percent(period)} x the NAS classes' share of the
     * pool ({@code nasClasses}' balance over {@code pool}'s, before the payment) goes to {@code rule}; the rest, and
     * anything the rule cannot use, is left for the steps after. With no pool the share is the percentage alone.
     *
     * @param steps the percentage from each period on (e.g. 0% through period 60, 45% from 61), ascending
     * @param nasClasses the NAS classes (the numerator), or empty
     * @param pool the classes whose balance is the denominator, or empty
     * @param rule how the NAS share is paid
     */
    record Nas(List<Step> steps, List<Integer> nasClasses, List<Integer> pool, PrincipalRule rule) implements PrincipalRule {
        /** From {@code fromPeriod} on, {@code percent}. */
        public record Step(int fromPeriod, BigDecimal percent) {
            public Step {
                Objects.requireNonNull(percent, "percent");
                if (fromPeriod < 1) {
                    throw new IllegalArgumentException("fromPeriod must be 1 or more: " + fromPeriod);
                }
                if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new IllegalArgumentException("a NAS percentage must be 0..100: " + percent.toPlainString());
                }
            }
        }

        public Nas {
            steps = List.copyOf(steps);
            nasClasses = List.copyOf(nasClasses);
            pool = List.copyOf(pool);
            Objects.requireNonNull(rule, "rule");
            if (steps.isEmpty() || steps.get(0).fromPeriod() != 1) {
                throw new IllegalArgumentException("nas: the steps start at period 1");
            }
            for (int i = 1; i < steps.size(); i++) {
                if (steps.get(i).fromPeriod() <= steps.get(i - 1).fromPeriod()) {
                    throw new IllegalArgumentException("nas: the steps' periods must ascend");
                }
            }
            if (nasClasses.isEmpty() != pool.isEmpty()) {
                throw new IllegalArgumentException("nas: give both the NAS classes and the pool, or neither");
            }
        }

        /** The percentage in force in a period. */
        public BigDecimal percent(int period) {
            BigDecimal p = steps.get(0).percent();
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).fromPeriod() <= period) {
                    p = steps.get(i).percent();
                }
            }
            return p;
        }
    }
}
