package org.waterfall.deal;

/** How a certificate class takes part in the principal waterfall. */
public enum ClassRole {
    /** A senior class of one loan group: paid its group's senior principal pro rata. */
    SENIOR,
    /** A residual class: senior of its group for principal and interest; usually paid off early. */
    RESIDUAL,
    /** A subordinate class: backed by all groups, paid in order of seniority, takes losses in reverse order. */
    SUBORDINATE;

    public boolean isSenior() {
        return this != SUBORDINATE;
    }
}
