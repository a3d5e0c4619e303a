package org.waterfall.money;

/**
 * Who absorbs the cents lost or gained when an amount is split pro rata and each share is rounded.
 */
public enum RemainderRule {
    /** Each share is rounded on its own; the shares may miss the total by a few cents. */
    NONE,
    /** The share with the largest weight takes the difference (the first such share on a tie). */
    LARGEST_ABSORBS,
    /** The last share (the last class listed) takes the difference. */
    LAST_ABSORBS
}
