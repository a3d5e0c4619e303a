package org.waterfall.engine;

/**
 * Which of a date's derived figures the caller will ask for. The amounts are the same at every level; the engine
 * computes only the unrounded twins (the exact pro-rata shares, the unrounded interest) the asked-for figures are
 * derived from, so a grid that keeps summaries does none of that work.
 */
public enum Detail {
    /** The amounts only: no factor or total distribution is asked for (a projection's summaries, a grid). */
    AMOUNTS,
    /** The amounts, the printed rates and the ending factors (a projection's kept monthly cash flows). */
    ENDING_FACTORS,
    /** Every figure a statement prints (verify). */
    ALL;

    /** Whether the unrounded principal (the basis of the principal and ending factors) is needed. */
    boolean unroundedPrincipal() {
        return this != AMOUNTS;
    }

    /** Whether the unrounded interest (the basis of the interest factor and total distribution) is needed. */
    boolean unroundedInterest() {
        return this == ALL;
    }
}
