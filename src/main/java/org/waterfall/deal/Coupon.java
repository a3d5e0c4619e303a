package org.waterfall.deal;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a class's pass-through rate is set each period. Rates are in percent per annum; interest accrues
 * 30/360 on the beginning balance (or notional) for one month: balance x rate / 100 / 12.
 */
public sealed interface Coupon {

    /** A fixed rate, in percent. */
    record Fixed(BigDecimal ratePercent) implements Coupon {
    }

    /** The net WAC of a loan group: its weighted average loan rate less its servicing and trustee fees. */
    record GroupNetWac(String group) implements Coupon {
    }

    /**
     * An interest-only strip of the excess of a group's net WAC over the rates of the named classes: interest =
     * sum over those classes of balance x (net WAC - class rate) / 1200. The printed rate is that interest
     * over the notional, annualized.
     */
    record WacExcessStrip(String group, List<String> over) implements Coupon {
        public WacExcessStrip {
            over = List.copyOf(over);
        }
    }

    /**
     * The subordinate rate: the groups' net WACs weighted by each group's subordinate component (beginning
     * collateral balance less its senior classes' beginning balances), less a strip in percent (0 for none).
     */
    record SubordinateNetWac(BigDecimal minusPercent) implements Coupon {
    }

    /** A fixed-rate strip paid on another class's balance (the notional is that balance), in percent. */
    record FixedStrip(String ofClass, BigDecimal ratePercent) implements Coupon {
    }
}
