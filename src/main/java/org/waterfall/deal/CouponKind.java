package org.waterfall.deal;

/** The kinds of coupon rule a class can have, as the engine switches on them (see {@link Coupon}). */
public enum CouponKind {
    /** A fixed rate, optionally capped at its group's net WAC and optionally becoming that net WAC after a date. */
    FIXED,
    /** The net WAC of a loan group. */
    GROUP_NET_WAC,
    /** An interest-only strip of a group's net WAC over the rates of other classes, floored at zero. */
    WAC_EXCESS_STRIP,
    /** The subordinate rate (net WACs weighted by subordinate components) less a strip. */
    SUBORDINATE_NET_WAC,
    /** A fixed-rate strip on another class's balance. */
    FIXED_STRIP
}
