package org.waterfall.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.waterfall.money.ProRata;
import org.waterfall.money.RemainderRule;
import org.waterfall.money.Rounding;

/**
 * Pays an amount through a {@link PrincipalRule} on one distribution date, to the {@link Payees} an engine supplies.
 * A split's shares and a NAS share are rounded to the cent by the payees' {@link Payees#shareRounding()}, the last share
 * of a split taking the cent left over; a pro-rata rule is paid as the payees round it. Stateless apart from the
 * payees: one date's working state, not thread-safe, not kept.
 */
public final class PrincipalDistributor {

    private final Payees to;

    public PrincipalDistributor(Payees to) {
        this.to = to;
    }

    /**
     * The REMIC engine's distributor: classes are paid from working balances to the cent half up
     * ({@link Rounding#CENTS_HALF_UP}), the largest class of a pro-rata allocation taking the cent left over.
     *
     * @param balances the classes' working balances, reduced as principal is paid
     * @param principal each class's principal so far this date, increased as it is paid
     */
    public PrincipalDistributor(BigDecimal[] balances, BigDecimal[] principal, int period, YearMonth month) {
        this(new WorkingBalances(balances, principal, period, month));
    }

    /** Pays up to {@code amount} by the rule; returns what it could not use. */
    public BigDecimal pay(PrincipalRule rule, BigDecimal amount) {
        if (amount.signum() <= 0) {
            return amount;
        }
        if (rule instanceof PrincipalRule.Pay p) {
            return payClass(p.classIndex(), amount);
        } else if (rule instanceof PrincipalRule.Sequential s) {
            return paySequential(s.steps(), amount);
        } else if (rule instanceof PrincipalRule.ProRata r) {
            return to.payProRata(r.classes(), amount);
        } else if (rule instanceof PrincipalRule.Split s) {
            return paySplit(s.shares(), amount);
        } else if (rule instanceof PrincipalRule.ToTarget t) {
            return payToTarget(t, amount);
        } else if (rule instanceof PrincipalRule.Lockout l) {
            return to.period() < l.firstPeriod() ? amount : pay(l.rule(), amount);
        } else if (rule instanceof PrincipalRule.Nas n) {
            return payNas(n, amount);
        }
        throw new IllegalStateException("unknown rule " + rule);
    }

    private BigDecimal payClass(int c, BigDecimal amount) {
        BigDecimal paid = amount.min(to.balance(c));
        to.pay(c, paid);
        return amount.subtract(paid);
    }

    private BigDecimal paySequential(List<PrincipalRule> steps, BigDecimal amount) {
        BigDecimal left = amount;
        for (int i = 0; i < steps.size(); i++) {
            left = pay(steps.get(i), left);
        }
        return left;
    }

    /** Each share its percentage (the last share the cent left over); what a side cannot use goes to the others in order. */
    private BigDecimal paySplit(List<PrincipalRule.Share> shares, BigDecimal amount) {
        BigDecimal unused = BigDecimal.ZERO;
        BigDecimal allotted = BigDecimal.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            BigDecimal share = i == shares.size() - 1 ? amount.subtract(allotted)
                    : to.shareRounding().apply(amount.multiply(shares.get(i).percent()).movePointLeft(2));
            allotted = allotted.add(share);
            unused = unused.add(pay(shares.get(i).rule(), share));
        }
        for (int i = 0; i < shares.size(); i++) {
            unused = pay(shares.get(i).rule(), unused);
        }
        return unused;
    }

    private BigDecimal payToTarget(PrincipalRule.ToTarget t, BigDecimal amount) {
        BigDecimal room = balanceOf(t.classes()).subtract(t.schedule().target(to.month())).max(BigDecimal.ZERO);
        BigDecimal allowed = amount.min(room);
        BigDecimal unused = pay(t.rule(), allowed);
        return amount.subtract(allowed).add(unused);
    }

    /** The NAS share of the amount, to the cent, to the NAS rule; the rest is left for the steps after. */
    private BigDecimal payNas(PrincipalRule.Nas n, BigDecimal amount) {
        BigDecimal share = amount.multiply(n.percent(to.period())).movePointLeft(2);
        if (!n.pool().isEmpty()) {
            BigDecimal pool = balanceOf(n.pool());
            share = pool.signum() == 0 ? BigDecimal.ZERO : share.multiply(balanceOf(n.nasClasses())).divide(pool, Rounding.INTERMEDIATE);
        }
        BigDecimal nas = to.shareRounding().apply(share).min(amount);
        return amount.subtract(nas).add(pay(n.rule(), nas));
    }

    private BigDecimal balanceOf(List<Integer> classes) {
        BigDecimal b = BigDecimal.ZERO;
        for (int i = 0; i < classes.size(); i++) {
            b = b.add(to.balance(classes.get(i)));
        }
        return b;
    }

    /** Classes as two arrays, working balances and principal paid, rounded to the cent half up (the REMIC engine's). */
    private record WorkingBalances(BigDecimal[] balances, BigDecimal[] principal, int period, YearMonth month) implements Payees {

        @Override
        public BigDecimal balance(int c) {
            return balances[c];
        }

        @Override
        public void pay(int c, BigDecimal amount) {
            balances[c] = balances[c].subtract(amount);
            principal[c] = principal[c].add(amount);
        }

        @Override
        public BigDecimal payProRata(int[] classes, BigDecimal amount) {
            BigDecimal total = BigDecimal.ZERO;
            for (int c : classes) {
                total = total.add(balances[c]);
            }
            if (amount.compareTo(total) >= 0) {
                for (int c : classes) {
                    pay(c, balances[c]);
                }
                return amount.subtract(total);
            }
            BigDecimal[] weights = new BigDecimal[classes.length];
            for (int i = 0; i < classes.length; i++) {
                weights[i] = balances[classes[i]];
            }
            BigDecimal[] shares = ProRata.allocate(amount, weights, Rounding.CENTS_HALF_UP, RemainderRule.LARGEST_ABSORBS);
            for (int i = 0; i < shares.length; i++) {
                int c = classes[i];
                pay(c, shares[i].min(balances[c]));
            }
            return BigDecimal.ZERO;
        }

        @Override
        public Rounding shareRounding() {
            return Rounding.CENTS_HALF_UP;
        }
    }
}
