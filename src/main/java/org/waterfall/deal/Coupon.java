package org.waterfall.deal;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a class's pass-through rate is set each period. Rates are in percent per annum; interest accrues
 * 30/360 on the beginning balance (or notional) for one month: balance x rate / 100 / 12.
 */
public sealed interface Coupon {

    /**
     * A fixed rate, in percent. With {@code capGroup}, the rate is capped at that group's net WAC (a fixed class
     * backed by ARM collateral can never be owed more than its loans pay); with {@code throughDate} (a
     * distribution-date number, 0 for none) the class pays the group's net WAC after that date, as the classes of
     * many hybrid deals do from the loans' first rate adjustment.
     */
    record Fixed(BigDecimal ratePercent, String capGroup, int throughDate) implements Coupon {
        public Fixed {
            if (throughDate < 0) {
                throw new DealValidationException("fixedThroughDate", "must not be negative: " + throughDate);
            }
            if (throughDate > 0 && capGroup == null) {
                throw new DealValidationException("fixedThroughDate", "needs cap: groupNetWac (the rate it becomes after the date)");
            }
        }

        /** An uncapped fixed rate for the life of the class. */
        public Fixed(BigDecimal ratePercent) {
            this(ratePercent, null, 0);
        }
    }

    /** The net WAC of a loan group: its weighted average loan rate less its servicing and trustee fees. */
    record GroupNetWac(String group) implements Coupon {
    }

    /**
     * An interest-only strip of the excess of a group's net WAC over the rates of the named classes: interest =
     * sum over those classes of balance x (net WAC - class rate) / 1200. The printed rate is that interest
     * over the notional, annualized. Each class's excess is floored at zero. With {@code throughDate} (a
     * distribution-date number, 0 for none) the strip, its notional and the coupon reduction that funds it end
     * after that date.
     */
    record WacExcessStrip(String group, List<String> over, int throughDate) implements Coupon {
        public WacExcessStrip {
            over = List.copyOf(over);
            if (throughDate < 0) {
                throw new DealValidationException("throughDate", "must not be negative: " + throughDate);
            }
        }

        /** A strip for the life of the classes it strips. */
        public WacExcessStrip(String group, List<String> over) {
            this(group, over, 0);
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
