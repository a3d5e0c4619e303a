package org.waterfall.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.waterfall.analytics.Cashflows;
import org.waterfall.analytics.PricingInput;

/**
 * One class over a scenario: its summary, and its monthly cash flows when the projection kept them.
 *
 * @param name class name
 * @param interestOnly whether balances are a notional
 * @param original original balance (or notional), dollars
 * @param startingBalance balance (or notional) at the start
 * @param totalPrincipal principal paid over the run
 * @param totalInterest interest paid over the run
 * @param totalLoss realized losses allocated by the engine over the run
 * @param writedown balance left when the collateral was exhausted and written off on the last date (the
 *     certificates exceeded the collateral: e.g. cents the trustee's rounding left over); zero normally
 * @param wal weighted average life, years, 30/360 from the start date, weighted by principal paid (for an
 *     interest-only class by notional reduction); null when nothing was paid
 * @param firstPrincipalDate first date with principal (notional reduction for an IO class), or null
 * @param lastPrincipalDate last date with principal (notional reduction for an IO class), or null
 * @param finalDate the date the balance (notional) reached zero, or null if it did not in the run
 * @param anniversaryBalances balance (notional) after the distribution on each anniversary of the start date,
 *     while it was outstanding
 * @param firstCoupon pass-through rate of the first projected month, percent, unrounded (for accrued interest)
 * @param cashflows the monthly cash flows, or an empty list when the projection kept summaries only. A projection's
 *     list is a read-only view of its run's columns ({@link CashflowColumns}) that builds a month's record, its printed rate
 *     and factor derived then, on each {@code get}: a caller reading a month twice may keep the record
 */
public record ClassProjection(
        String name,
        boolean interestOnly,
        BigDecimal original,
        BigDecimal startingBalance,
        BigDecimal totalPrincipal,
        BigDecimal totalInterest,
        BigDecimal totalLoss,
        BigDecimal writedown,
        Double wal,
        LocalDate firstPrincipalDate,
        LocalDate lastPrincipalDate,
        LocalDate finalDate,
        List<BigDecimal> anniversaryBalances,
        BigDecimal firstCoupon,
        List<ClassCashflow> cashflows) {

    public ClassProjection {
        Objects.requireNonNull(name, "name");
        anniversaryBalances = List.copyOf(anniversaryBalances);
        cashflows = CashflowColumns.isView(cashflows) ? cashflows : List.copyOf(cashflows);
    }

    /** Whether the class has anything to show: a starting balance or interest. */
    public boolean isActive() {
        return startingBalance.signum() != 0 || totalInterest.signum() != 0;
    }

    /** Losses and writedown together. */
    public BigDecimal totalLossAndWritedown() {
        return totalLoss.add(writedown);
    }

    /**
     * What a price or yield of the class is computed from, settling on {@code settlement} (any date from the start
     * on): the buyer receives the payments for the accrual months from settlement's month on (interest accrues over
     * the calendar month before each distribution date), so the face is the balance (notional for an IO class) at
     * the start of settlement's month, the coupon that month's, and interest accrues from its first day.
     *
     * @throws IllegalArgumentException if the class pays nothing after settlement or has no balance then
     */
    public PricingInput pricingInput(LocalDate settlement) {
        requireCashflows();
        LocalDate monthEnd = settlement.withDayOfMonth(settlement.lengthOfMonth());
        int first = 0;
        while (first < cashflows.size() && !cashflows.get(first).date().isAfter(monthEnd)) {
            first++;
        }
        if (first == cashflows.size()) {
            throw new IllegalArgumentException("class " + name + " has no payments for accrual months from " + settlement.withDayOfMonth(1));
        }
        ClassCashflow f = cashflows.get(first);
        if (f.beginningBalance().signum() == 0) {
            throw new IllegalArgumentException("class " + name + " has no balance or notional on " + settlement);
        }
        BigDecimal coupon = first == 0 ? firstCoupon : f.rate();
        return new PricingInput(f.beginningBalance().doubleValue(), coupon.doubleValue(), settlement.withDayOfMonth(1), settlement,
                payments(first));
    }

    /** The first day of the accrual period of the first projected payment (the calendar month before it). */
    public LocalDate accrualStart() {
        requireCashflows();
        return cashflows.get(0).date().minusMonths(1).withDayOfMonth(1);
    }

    private void requireCashflows() {
        if (cashflows.isEmpty()) {
            throw new IllegalStateException("the projection kept no cash flows for class " + name);
        }
    }

    /** The holder's payments (principal + interest) by date, for pricing; needs the kept cash flows. */
    public Cashflows payments() {
        if (cashflows.isEmpty() && (totalPrincipal.signum() != 0 || totalInterest.signum() != 0)) {
            throw new IllegalStateException("the projection kept no cash flows for class " + name);
        }
        return payments(0);
    }

    private Cashflows payments(int from) {
        List<LocalDate> dates = new ArrayList<>(cashflows.size() - from);
        double[] amounts = new double[cashflows.size() - from];
        for (int i = from; i < cashflows.size(); i++) {
            ClassCashflow f = cashflows.get(i);
            dates.add(f.date());
            amounts[i - from] = f.principal().add(f.interest()).doubleValue();
        }
        return new Cashflows(dates, amounts);
    }
}
