package org.waterfall.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the CLI in-process, as {@code waterfall ARGS} would do it, with what it wrote to each stream.
 *
 * @param exit the exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exit, String out, String err) {

    static final String DEAL = "deals/boams-2002-k/deal.yaml";
    static final String STATEMENT = "deals/boams-2002-k/statements/2003-11-20.txt";

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = WaterfallCommand.mainWithoutExit(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }
}
