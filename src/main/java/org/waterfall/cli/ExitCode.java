package org.waterfall.cli;

/**
 * Process exit codes, in the manner of {@code diff(1)}: a verifier's "found differences" is not a failure
 * of the tool, so it gets its own code, distinct from trouble.
 */
public enum ExitCode {
    /** The command did its work; for {@code verify}, every figure ties out. */
    OK(0),
    /** {@code verify} found at least one figure that does not tie out. */
    DIFFERENCES(1),
    /** Trouble: bad input (a file that cannot be read or parsed, an invalid deal) or an internal error. */
    TROUBLE(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
