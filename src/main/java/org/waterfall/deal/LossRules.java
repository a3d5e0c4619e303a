package org.waterfall.deal;

import java.util.List;

/**
 * How realized losses and interest shortfalls are allocated.
 *
 * @param lossOrder the classes that absorb realized losses, in order (most junior first); when they are
 *     exhausted (credit-support depletion) a group's losses go to its senior classes pro rata by balance
 * @param shortfallAllocation how interest shortfalls reduce the classes' interest
 */
public record LossRules(List<String> lossOrder, ShortfallAllocation shortfallAllocation) {

    public LossRules {
        lossOrder = List.copyOf(lossOrder);
    }

    public enum ShortfallAllocation {
        /**
         * Net prepayment interest shortfalls and Relief Act shortfalls reduce every class's interest pro rata
         * to its accrued interest.
         */
        PRO_RATA_ACCRUED_INTEREST
    }
}
