package org.waterfall.engine;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.waterfall.money.Rounding;
import org.waterfall.rules.Payees;
import org.waterfall.rules.PrincipalDistributor;

/**
 * A group's seniors as its principal rule pays them on one date, in the engine's conventions: a class takes at most
 * its remaining balance; a pro-rata rule is {@link Allocation#proRataCapped} by remaining balance, rounded by the
 * deal's principal rounding with the senior remainder rule ({@code conventions.seniorRemainder}); split and NAS shares
 * by the principal rounding. The unrounded twins ({@link Period#principalTwins()}, for the figures derived from
 * unrounded amounts) follow the whole Senior Principal Distribution Amount: a rule step that pays all of it, nothing
 * having been paid before, carries its unrounded value (each class's exact pro-rata share of it, or all of it to one
 * class); any other payment's twin is the amount paid, as is every twin of a cross-collateralization payment
 * ({@link #payRounded}). One per {@link Period}, reused for every payment of every date.
 */
final class SeniorPayees implements Payees {

    private final Period p;
    private final PrincipalDistributor distributor = new PrincipalDistributor(this);
    /** Scratch weights by class (remaining balances), refilled for each pro-rata payment. */
    private final BigDecimal[] weights;
    /** Scratch principal by class before a pro-rata payment whose twins are the amounts paid (cross-collateralization only). */
    private BigDecimal[] before;
    private BigDecimal whole;
    private BigDecimal wholeExact;
    private boolean paidAny;

    SeniorPayees(Period p) {
        this.p = p;
        this.weights = new BigDecimal[p.nClasses];
    }

    /**
     * Pays a group's Senior Principal Distribution Amount, {@code amount} (unrounded, {@code exact}), by the group's rule;
     * returns what was paid.
     */
    BigDecimal pay(int g, BigDecimal amount, BigDecimal exact) {
        whole = amount;
        wholeExact = exact;
        paidAny = false;
        return amount.subtract(distributor.pay(p.deal.seniorPrincipalRule(g), amount));
    }

    /**
     * Pays principal with no unrounded value of its own (cross-collateralization) by the group's rule, each twin being
     * the amount paid; returns what was paid.
     */
    BigDecimal payRounded(int g, BigDecimal amount) {
        whole = null;
        wholeExact = null;
        paidAny = false;
        return amount.subtract(distributor.pay(p.deal.seniorPrincipalRule(g), amount));
    }

    @Override
    public int period() {
        return p.dateNumber;
    }

    @Override
    public YearMonth month() {
        return YearMonth.from(p.collateral.distributionDate());
    }

    @Override
    public BigDecimal balance(int c) {
        return p.remaining(c);
    }

    @Override
    public void pay(int c, BigDecimal amount) {
        if (amount.signum() <= 0) {
            return;
        }
        BigDecimal[] twins = p.principalTwins();
        if (twins != null) {
            twins[c] = twins[c].add(isWhole(amount) ? wholeExact.min(p.remaining(c)) : amount);
        }
        p.principal[c] = p.principal[c].add(amount);
        paidAny = true;
    }

    @Override
    public BigDecimal payProRata(int[] classes, BigDecimal amount) {
        for (int c : classes) {
            weights[c] = p.remaining(c);
        }
        BigDecimal[] twins = p.principalTwins();
        BigDecimal paid;
        if (whole == null && twins != null) {
            if (before == null) {
                before = new BigDecimal[p.nClasses];
            }
            for (int c : classes) {
                before[c] = p.principal[c];
            }
            paid = Allocation.proRataCapped(p, amount, amount, classes, weights, p.principal, null, p.conv.principal(), p.conv.seniorRemainder());
            for (int c : classes) {
                twins[c] = twins[c].add(p.principal[c].subtract(before[c]));
            }
        } else {
            BigDecimal exact = isWhole(amount) ? wholeExact : amount;
            paid = Allocation.proRataCapped(p, amount, exact, classes, weights, p.principal, twins, p.conv.principal(),
                    p.conv.seniorRemainder());
        }
        paidAny |= paid.signum() > 0;
        return amount.subtract(paid);
    }

    @Override
    public Rounding shareRounding() {
        return p.conv.principal();
    }

    private boolean isWhole(BigDecimal amount) {
        return whole != null && !paidAny && amount.compareTo(whole) == 0;
    }
}
