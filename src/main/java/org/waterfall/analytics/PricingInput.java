package org.waterfall.analytics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a price or yield is computed from: the class at settlement and its projected payments.
 *
 * @param face the class's face at settlement: its current balance, or for an interest-only class its current
 *     notional, dollars; prices are in percent of this
 * @param couponPercent the pass-through rate of the accrual period in progress, percent per annum
 * @param accrualStart first day of the accrual period in progress (interest accrues 30/360 over the calendar
 *     month before the distribution date, so this is the first of the settlement month)
 * @param settlement the settlement date; only payments after it count
 * @param flows the payments, dollars
 */
public record PricingInput(double face, double couponPercent, LocalDate accrualStart, LocalDate settlement, Cashflows flows) {

    public PricingInput {
        Objects.requireNonNull(accrualStart, "accrualStart");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(flows, "flows");
        if (!(face > 0)) {
            throw new IllegalArgumentException("face must be positive: " + face);
        }
        if (settlement.isBefore(accrualStart)) {
            throw new IllegalArgumentException("settlement " + settlement + " is before the accrual start " + accrualStart);
        }
        if (!flows.dates().isEmpty() && !flows.dates().get(0).isAfter(settlement)) {
            throw new IllegalArgumentException("the first payment " + flows.dates().get(0) + " is not after settlement " + settlement);
        }
    }
}
