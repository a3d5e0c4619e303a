package org.waterfall.remic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.waterfall.money.Rounding;
import org.waterfall.rules.PrincipalDistributor;
import org.waterfall.rules.PrincipalRule;

/**
 * One distribution date of a {@link RemicDeal}, as a pure function of the deal and the date's inputs. The steps, in
 * the order every agency REMIC pays them:
 * <ol>
 *   <li>{@link #coupons}: each class's rate for the period (fixed, index-linked, net WAC, none);
 *   <li>{@link #accruedInterest}: one month's interest (30/360) on the balance or notional before the date, to the
 *       cent half up;
 *   <li>{@link #accrete}: an accrual class's interest is added to its balance instead of being paid;
 *   <li>{@link #payAccrualAmounts}: each accrual amount is paid as principal by its accretion-directed rule; what the
 *       rule cannot use is paid to the accrual class itself, so that every dollar of the collateral's interest is paid
 *       (the accrual class's balance grows by what its rule pays to others);
 *   <li>{@link #payGroupPrincipal}: each group's collateral principal by the group's principal rule.
 * </ol>
 * The engine holds no class names: rules carry class indexes.
 */
public final class RemicEngine {

    private static final BigDecimal MONTHS_PERCENT = BigDecimal.valueOf(1200);

    private RemicEngine() {
    }

    /**
     * One group's collateral on the date.
     *
     * @param principal scheduled and prepaid principal passed through, dollars
     * @param interest interest passed through (at the lines' pass-through rates), dollars
     * @param netRate the group's weighted average pass-through rate before the date, percent (for net-WAC coupons)
     */
    public record GroupCash(BigDecimal principal, BigDecimal interest, BigDecimal netRate) {
        public GroupCash {
            Objects.requireNonNull(principal, "principal");
            Objects.requireNonNull(interest, "interest");
            Objects.requireNonNull(netRate, "netRate");
        }
    }

    /**
     * What a date needs.
     *
     * @param period 1 for the first distribution date
     * @param date the distribution date
     * @param balances each regular class's balance before the date (notional classes: zero, unused)
     * @param collateral by group, in the deal's group order
     * @param index the index path floating rates reset on
     */
    public record PeriodInput(int period, LocalDate date, List<BigDecimal> balances, List<GroupCash> collateral, IndexRate index) {
        public PeriodInput {
            balances = List.copyOf(balances);
            collateral = List.copyOf(collateral);
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(index, "index");
        }
    }

    /**
     * The date's result.
     *
     * @param rates each class's coupon, percent
     * @param beginning each class's balance, or a notional class's notional, before the date
     * @param interest interest paid in cash (zero for an accrual class while it accrues)
     * @param accrual interest added to an accrual class's balance
     * @param principal principal paid in cash
     * @param ending each class's balance after the date (notional classes: their notional after the date)
     * @param residualInterest by group: collateral interest less the classes' interest and accrual (what no class
     *     is owed, e.g. the interest of classes outside the modelled group, and rounding)
     * @param residualPrincipal by group: collateral principal no rule could pay (classes retired)
     */
    public record PeriodOutcome(BigDecimal[] rates, BigDecimal[] beginning, BigDecimal[] interest, BigDecimal[] accrual,
            BigDecimal[] principal, BigDecimal[] ending, BigDecimal[] residualInterest, BigDecimal[] residualPrincipal) {
    }

    /** Runs the date. */
    public static PeriodOutcome distribute(RemicDeal deal, PeriodInput in) {
        int n = deal.classes().size();
        if (in.balances().size() != n || in.collateral().size() != deal.groups().size()) {
            throw new IllegalArgumentException("one balance per class and one collateral entry per group");
        }
        BigDecimal[] beginning = beginningBalances(deal, in.balances());
        BigDecimal[] rates = coupons(deal, in);
        BigDecimal[] accrued = accruedInterest(beginning, rates);
        BigDecimal[] balances = in.balances().toArray(BigDecimal[]::new);
        BigDecimal[] accrual = accrete(deal, accrued, balances);
        BigDecimal[] principal = zeros(n);
        PrincipalDistributor distributor = new PrincipalDistributor(balances, principal, in.period(), YearMonth.from(in.date()));
        payAccrualAmounts(deal, accrual, distributor);
        BigDecimal[] residualPrincipal = payGroupPrincipal(deal, in.collateral(), distributor);
        BigDecimal[] interest = new BigDecimal[n];
        for (int c = 0; c < n; c++) {
            interest[c] = accrued[c].subtract(accrual[c]);
        }
        BigDecimal[] ending = beginningBalances(deal, Arrays.asList(balances));
        BigDecimal[] residualInterest = residualInterest(deal, in.collateral(), accrued);
        return new PeriodOutcome(rates, beginning, interest, accrual, principal, ending, residualInterest, residualPrincipal);
    }

    /** Balances, with each notional class's notional: its percent of the classes it is notional on, to the cent half up. */
    static BigDecimal[] beginningBalances(RemicDeal deal, List<BigDecimal> balances) {
        BigDecimal[] b = new BigDecimal[balances.size()];
        for (int c = 0; c < b.length; c++) {
            RemicClass rc = deal.classes().get(c);
            if (rc.isNotional()) {
                BigDecimal on = BigDecimal.ZERO;
                for (int k : rc.notional().classes()) {
                    on = on.add(balances.get(k));
                }
                b[c] = Rounding.CENTS_HALF_UP.apply(on.multiply(rc.notional().percent()).movePointLeft(2));
            } else {
                b[c] = balances.get(c);
            }
        }
        return b;
    }

    /** Step 1: each class's coupon for the period, percent. */
    static BigDecimal[] coupons(RemicDeal deal, PeriodInput in) {
        BigDecimal[] r = new BigDecimal[deal.classes().size()];
        for (int c = 0; c < r.length; c++) {
            RemicClass rc = deal.classes().get(c);
            BigDecimal net = in.collateral().get(deal.groupIndex(rc.group())).netRate();
            r[c] = rc.interest().rate(in.period(), in.index(), net);
        }
        return r;
    }

    /** Step 2: one month's interest, 30/360, on the balance or notional: the exact amount rounded once, to the cent half up. */
    static BigDecimal[] accruedInterest(BigDecimal[] beginning, BigDecimal[] rates) {
        BigDecimal[] i = new BigDecimal[beginning.length];
        for (int c = 0; c < i.length; c++) {
            i[c] = Rounding.CENTS_HALF_UP.divide(beginning[c].multiply(rates[c]), MONTHS_PERCENT);
        }
        return i;
    }

    /** Step 3: each accrual class's interest is added to its balance; returns the accrual amounts. */
    static BigDecimal[] accrete(RemicDeal deal, BigDecimal[] accrued, BigDecimal[] balances) {
        BigDecimal[] a = zeros(accrued.length);
        for (int c = 0; c < a.length; c++) {
            if (deal.classes().get(c).accrual() && balances[c].signum() > 0) {
                a[c] = accrued[c];
                balances[c] = balances[c].add(a[c]);
            }
        }
        return a;
    }

    /**
     * Step 4: each accrual amount paid as principal by its accretion-directed rule; what the rule cannot use is paid
     * to the accrual class itself. An accrual class without a rule is paid its own accrual amount (it pays current
     * interest, as principal).
     */
    static void payAccrualAmounts(RemicDeal deal, BigDecimal[] accrual, PrincipalDistributor distributor) {
        boolean[] directed = new boolean[accrual.length];
        for (GroupWaterfall w : deal.waterfalls()) {
            for (GroupWaterfall.Accretion a : w.accretion()) {
                int z = a.accrualClass();
                directed[z] = true;
                distributor.pay(new PrincipalRule.Pay(z), distributor.pay(a.rule(), accrual[z]));
            }
        }
        for (int z = 0; z < accrual.length; z++) {
            if (!directed[z]) {
                distributor.pay(new PrincipalRule.Pay(z), accrual[z]);
            }
        }
    }

    /** Step 5: each group's principal by its rule; returns what each group could not pay (classes retired). */
    static BigDecimal[] payGroupPrincipal(RemicDeal deal, List<GroupCash> collateral, PrincipalDistributor distributor) {
        BigDecimal[] left = new BigDecimal[deal.groups().size()];
        for (int g = 0; g < left.length; g++) {
            GroupWaterfall w = deal.waterfall(deal.groups().get(g).id());
            left[g] = distributor.pay(w.principal(), collateral.get(g).principal());
        }
        return left;
    }

    private static BigDecimal[] residualInterest(RemicDeal deal, List<GroupCash> collateral, BigDecimal[] accrued) {
        BigDecimal[] r = new BigDecimal[deal.groups().size()];
        for (int g = 0; g < r.length; g++) {
            r[g] = collateral.get(g).interest();
        }
        for (int c = 0; c < accrued.length; c++) {
            int g = deal.groupIndex(deal.classes().get(c).group());
            r[g] = r[g].subtract(accrued[c]);
        }
        return r;
    }

    /** Zero dollars, to the cent. */
    private static BigDecimal[] zeros(int n) {
        BigDecimal[] z = new BigDecimal[n];
        Arrays.fill(z, BigDecimal.ZERO.setScale(2));
        return z;
    }
}
