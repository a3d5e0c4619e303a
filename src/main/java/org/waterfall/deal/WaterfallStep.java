package org.waterfall.deal;

import java.util.Locale;

/**
 * The steps of a shifting-interest deal's distribution date, in the only order the engine can run them: the order of
 * payments of a senior/subordinate pooling and servicing agreement. Each step reads what the steps before it
 * wrote (the senior principal needs the shifting-interest tests, the subordinate payments the funds the seniors left),
 * so a deal names every step, in this order.
 */
public enum WaterfallStep {
    ACCRUAL,
    INTEREST_SHORTFALLS,
    AVAILABLE_FUNDS,
    SHIFTING_INTEREST_TESTS,
    SENIOR_PRINCIPAL,
    SENIOR_PAYMENTS,
    CROSS_COLLATERAL,
    SUBORDINATE_PRINCIPAL,
    SUBORDINATE_PAYMENTS,
    LOSSES,
    WRITE_DOWNS,
    RESULTS;

    /** How a deal file names the step: {@code SeniorPayments}. */
    public String title() {
        StringBuilder b = new StringBuilder();
        for (String word : name().split("_")) {
            b.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    /** The step a deal file names, or null. */
    public static WaterfallStep ofTitle(String title) {
        for (WaterfallStep s : values()) {
            if (s.title().equals(title)) {
                return s;
            }
        }
        return null;
    }
}
