package org.waterfall.verify;

/** What the verifier concluded about one printed figure. */
public enum Status {
    /** Recomputed, and equal to the printed figure exactly or within a tolerance a named convention justifies. */
    TIED_OUT,
    /** Recomputed, and different beyond any justified tolerance; or the statement's own arithmetic fails. */
    DISCREPANCY,
    /** Used as an input to the recomputation (or to infer an unprinted input): not an independent confirmation. */
    INPUT,
    /** Printed, read, but not something the engine models; the reason says why. */
    NOT_RECOMPUTED
}
