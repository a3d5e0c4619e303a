package org.waterfall.projection;

/** Where a loan group's remaining term comes from. */
public enum TermMethod {
    /**
     * Implied from the last observed month: the level payment M = S + rB (scheduled principal S, beginning balance
     * B, monthly rate r = gross WAC / 1200) amortizes B over n = -ln(1 - rB / M) / ln(1 + r) months, rounded.
     * Falls back to {@link #CONTRACTUAL} when the month has no scheduled principal.
     */
    IMPLIED,
    /** The deal's original term of the group's loans less the distribution dates elapsed. */
    CONTRACTUAL
}
