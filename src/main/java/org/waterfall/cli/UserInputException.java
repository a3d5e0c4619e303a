package org.waterfall.cli;

/**
 * A mistake in what the user gave us (a file, an option). Reported as one line, exit code 2, no stack trace.
 * Library packages throw their own exceptions; commands translate them into this one or let
 * {@link WaterfallCommand} map them.
 */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
