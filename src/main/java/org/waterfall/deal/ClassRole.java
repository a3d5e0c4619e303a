package org.waterfall.deal;

/** How a certificate class takes part in the principal waterfall. */
public enum ClassRole {
    /** A senior class of one loan group: paid its group's senior principal by the group's rule ({@link Waterfall}). */
    SENIOR,
    /**
     * A residual class: senior of its group for principal and interest; usually paid off early (the standard
     * composition pays a group's residuals one after another ahead of its other seniors).
     */
    RESIDUAL,
    /** A subordinate class: backed by all groups, paid in order of seniority, takes losses in reverse order. */
    SUBORDINATE;

    public boolean isSenior() {
        return this != SUBORDINATE;
    }
}
