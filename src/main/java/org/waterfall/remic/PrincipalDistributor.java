package org.waterfall.remic;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.waterfall.money.ProRata;
import org.waterfall.money.RemainderRule;
import org.waterfall.money.Rounding;

/**
 * Pays an amount through a {@link PrincipalRule} on one distribution date, reducing the working balances and adding
 * to each class's principal. Amounts are cents; a split's shares and a pro-rata allocation are rounded to the cent
 * half up ({@link Rounding#CENTS_HALF_UP}), the last share of a split and the largest class of a pro-rata allocation
 * taking the cent left over. Working state for one date only: not thread-safe, not kept.
 */
final class PrincipalDistributor {

    private final BigDecimal[] balances;
    private final BigDecimal[] principal;
    private final int period;
    private final YearMonth month;

    /**
     * @param balances the classes' working balances, reduced as principal is paid
     * @param principal each class's principal so far this date, increased as it is paid
     */
    PrincipalDistributor(BigDecimal[] balances, BigDecimal[] principal, int period, YearMonth month) {
        this.balances = balances;
        this.principal = principal;
        this.period = period;
        this.month = month;
    }

    /** Pays up to {@code amount} by the rule; returns what it could not use. */
    BigDecimal pay(PrincipalRule rule, BigDecimal amount) {
        if (amount.signum() <= 0) {
            return amount;
        }
        if (rule instanceof PrincipalRule.Pay p) {
            return payClass(p.classIndex(), amount);
        } else if (rule instanceof PrincipalRule.Sequential s) {
            return paySequential(s.steps(), amount);
        } else if (rule instanceof PrincipalRule.ProRata r) {
            return payProRata(r.classes(), amount);
        } else if (rule instanceof PrincipalRule.Split s) {
            return paySplit(s.shares(), amount);
        } else if (rule instanceof PrincipalRule.ToTarget t) {
            return payToTarget(t, amount);
        } else if (rule instanceof PrincipalRule.Lockout l) {
            return period < l.firstPeriod() ? amount : pay(l.rule(), amount);
        } else if (rule instanceof PrincipalRule.Nas n) {
            return payNas(n, amount);
        }
        throw new IllegalStateException("unknown rule " + rule);
    }

    private BigDecimal payClass(int c, BigDecimal amount) {
        BigDecimal paid = amount.min(balances[c]);
        balances[c] = balances[c].subtract(paid);
        principal[c] = principal[c].add(paid);
        return amount.subtract(paid);
    }

    private BigDecimal paySequential(List<PrincipalRule> steps, BigDecimal amount) {
        BigDecimal left = amount;
        for (PrincipalRule step : steps) {
            left = pay(step, left);
        }
        return left;
    }

    private BigDecimal payProRata(List<Integer> classes, BigDecimal amount) {
        BigDecimal total = balanceOf(classes);
        if (amount.compareTo(total) >= 0) {
            classes.forEach(c -> payClass(c, balances[c]));
            return amount.subtract(total);
        }
        BigDecimal[] weights = classes.stream().map(c -> balances[c]).toArray(BigDecimal[]::new);
        BigDecimal[] shares = ProRata.allocate(amount, weights, Rounding.CENTS_HALF_UP, RemainderRule.LARGEST_ABSORBS);
        for (int i = 0; i < shares.length; i++) {
            payClass(classes.get(i), shares[i]);
        }
        return BigDecimal.ZERO;
    }

    /** Each share its percentage (the last share the cent left over); what a side cannot use goes to the others in order. */
    private BigDecimal paySplit(List<PrincipalRule.Share> shares, BigDecimal amount) {
        BigDecimal unused = BigDecimal.ZERO;
        BigDecimal allotted = BigDecimal.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            BigDecimal share = i == shares.size() - 1 ? amount.subtract(allotted)
                    : Rounding.CENTS_HALF_UP.apply(amount.multiply(shares.get(i).percent()).movePointLeft(2));
            allotted = allotted.add(share);
            unused = unused.add(pay(shares.get(i).rule(), share));
        }
        for (PrincipalRule.Share s : shares) {
            unused = pay(s.rule(), unused);
        }
        return unused;
    }

    private BigDecimal payToTarget(PrincipalRule.ToTarget t, BigDecimal amount) {
        BigDecimal room = aboveTarget(t);
        BigDecimal allowed = amount.min(room);
        BigDecimal unused = pay(t.rule(), allowed);
        return amount.subtract(allowed).add(unused);
    }

    /** The NAS share of the amount, to the cent half up, to the NAS rule; the rest is left for the steps after. */
    private BigDecimal payNas(PrincipalRule.Nas n, BigDecimal amount) {
        BigDecimal share = amount.multiply(n.percent(period)).movePointLeft(2);
        if (!n.pool().isEmpty()) {
            BigDecimal pool = balanceOf(n.pool());
            share = pool.signum() == 0 ? BigDecimal.ZERO : share.multiply(balanceOf(n.nasClasses())).divide(pool, Rounding.INTERMEDIATE);
        }
        BigDecimal nas = Rounding.CENTS_HALF_UP.apply(share).min(amount);
        return amount.subtract(nas).add(pay(n.rule(), nas));
    }

    private BigDecimal aboveTarget(PrincipalRule.ToTarget t) {
        return balanceOf(t.classes()).subtract(t.schedule().target(month)).max(BigDecimal.ZERO);
    }

    private BigDecimal balanceOf(List<Integer> classes) {
        BigDecimal b = BigDecimal.ZERO;
        for (int c : classes) {
            b = b.add(balances[c]);
        }
        return b;
    }
}
