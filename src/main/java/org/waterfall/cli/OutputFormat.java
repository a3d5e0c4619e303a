package org.waterfall.cli;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The output formats of every command, one enum for all; each command accepts the subset it can write and
 * refuses the others with a one-line error (not a silent fallback).
 */
public enum OutputFormat {
    /** Text tables for a terminal. */
    table,
    /** Comma-separated values. */
    csv,
    /** JSON, amounts as decimal strings. */
    json,
    /** One self-contained HTML file (no network). */
    html,
    /** An Excel workbook (numbers as numbers); needs {@code --out}. */
    xlsx;

    /** Whether the format is binary (cannot go to a terminal). */
    public boolean binary() {
        return this == xlsx;
    }

    /**
     * Refuses a format the command cannot write.
     *
     * @throws CommandLine.ParameterException naming {@code --format} and the formats the command has
     */
    public void requireOneOf(CommandSpec spec, OutputFormat... allowed) {
        Set<OutputFormat> ok = EnumSet.copyOf(Arrays.asList(allowed));
        if (!ok.contains(this)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + spec.name() + " writes "
                    + ok.stream().map(Enum::name).collect(Collectors.joining(", ")) + ", not " + name());
        }
    }

    /**
     * Refuses an option that has no effect in this format.
     *
     * @param given whether the option was given
     * @param option the option's name
     * @param applies the formats it applies to
     */
    public void refuseUnless(CommandSpec spec, boolean given, String option, OutputFormat... applies) {
        if (given && !Arrays.asList(applies).contains(this)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": applies to --format "
                    + Arrays.stream(applies).map(Enum::name).collect(Collectors.joining(" or ")) + " only, not " + name());
        }
    }
}
