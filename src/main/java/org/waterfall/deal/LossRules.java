package org.waterfall.deal;

import java.math.BigDecimal;
import java.util.List;

/**
 * How realized losses, interest shortfalls and undercollateralization are allocated.
 *
 * @param lossOrder the classes that absorb realized losses, in order (most junior first); when they are
 *     exhausted (credit-support depletion) a group's losses go to its senior classes pro rata by balance
 * @param shortfallAllocation how interest shortfalls reduce the classes' interest
 * @param unpaidInterest whether interest the available funds could not pay is owed on later dates
 * @param compensatingInterestCapPercent the most compensating interest the servicer pays for a group's prepayment
 *     interest shortfall, percent per annum of the group's beginning balance (for one month: / 1200); null: no cap
 * @param writeDownExcessOverCollateral whether, after each distribution, the most junior class outstanding is
 *     written down by the amount the certificates exceed the collateral
 */
public record LossRules(List<String> lossOrder, ShortfallAllocation shortfallAllocation, UnpaidInterest unpaidInterest,
        BigDecimal compensatingInterestCapPercent, boolean writeDownExcessOverCollateral) {

    public LossRules {
        lossOrder = List.copyOf(lossOrder);
        java.util.Objects.requireNonNull(shortfallAllocation, "shortfallAllocation");
        java.util.Objects.requireNonNull(unpaidInterest, "unpaidInterest");
        if (compensatingInterestCapPercent != null && compensatingInterestCapPercent.signum() < 0) {
            throw new DealValidationException("compensatingInterestCap", "must not be negative: "
                    + compensatingInterestCapPercent.toPlainString());
        }
    }

    /** Loss order and shortfall allocation only: unpaid interest carried forward, no cap, no write-down of an excess. */
    public LossRules(List<String> lossOrder, ShortfallAllocation shortfallAllocation) {
        this(lossOrder, shortfallAllocation, UnpaidInterest.CARRY_FORWARD, null, false);
    }

    public enum ShortfallAllocation {
        /**
         * Net prepayment interest shortfalls and Relief Act shortfalls reduce every class's interest pro rata
         * to its accrued interest.
         */
        PRO_RATA_ACCRUED_INTEREST,
        /**
         * A group's net prepayment interest and Relief Act shortfalls reduce the interest of the classes that group
         * backs, pro rata to accrued interest: its senior classes, and the subordinate classes in the proportion of
         * the group's subordinate component.
         */
        WITHIN_GROUP_PRO_RATA_ACCRUED_INTEREST
    }

    public enum UnpaidInterest {
        /** Interest the available funds could not pay is owed on later dates (without interest on it). */
        CARRY_FORWARD,
        /** It is lost. */
        NOT_CARRIED
    }
}
