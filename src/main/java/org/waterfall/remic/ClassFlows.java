package org.waterfall.remic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One class's projected payments, one entry per distribution date of the run.
 *
 * @param name the class
 * @param original original balance, or original notional
 * @param notional whether the class is interest-only on a notional
 * @param rates the coupon each date, percent
 * @param interest interest paid in cash
 * @param accrual interest added to the balance (accrual classes; an exchangeable class containing one)
 * @param principal principal paid in cash
 * @param ending balance (or notional) after each date
 */
public record ClassFlows(String name, BigDecimal original, boolean notional, List<BigDecimal> rates, List<BigDecimal> interest,
        List<BigDecimal> accrual, List<BigDecimal> principal, List<BigDecimal> ending) {

    public ClassFlows {
        Objects.requireNonNull(name, "name");
        rates = List.copyOf(rates);
        interest = List.copyOf(interest);
        accrual = List.copyOf(accrual);
        principal = List.copyOf(principal);
        ending = List.copyOf(ending);
    }

    /** Cash paid on date {@code k}: interest plus principal. */
    public BigDecimal cash(int k) {
        return interest.get(k).add(principal.get(k));
    }

    public BigDecimal totalPrincipal() {
        return principal.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalInterest() {
        return interest.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Weighted average life in years from settlement: cash principal only (an accrual class's accretion is not
     * principal), each payment at its distribution date's distance from settlement in 30/360 years; {@code null}
     * when the class receives no principal (a notional class: its life is the notional's, see
     * {@link #notionalLife}).
     */
    public Double wal(LocalDate settlement, List<LocalDate> dates) {
        return RemicLife.weightedAverageLife(settlement, dates, principal);
    }

    /** The life of a notional class: the reduction of its notional weighted by time from settlement. */
    public Double notionalLife(LocalDate settlement, List<LocalDate> dates) {
        java.util.ArrayList<BigDecimal> falls = new java.util.ArrayList<>();
        BigDecimal before = original;
        for (BigDecimal e : ending) {
            falls.add(before.subtract(e).max(BigDecimal.ZERO));
            before = e;
        }
        return RemicLife.weightedAverageLife(settlement, dates, falls);
    }
}
