package org.waterfall.cli;

import java.io.PrintWriter;
import org.waterfall.InputException;
import org.waterfall.InputProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Root command: {@code waterfall verify | render | parse | project | price | breakeven}. */
@Command(
        name = "waterfall",
        mixinStandardHelpOptions = true,
        version = "waterfall 0.1.0",
        description = "Cash-flow waterfall simulator and trustee-statement verifier for RMBS pass-through deals.",
        subcommands = {VerifyCommand.class, RenderCommand.class, ParseCommand.class, ProjectCommand.class, PriceCommand.class,
            BreakevenCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success; for verify, every printed figure ties out",
            "1:verify found figures that do not tie out",
            "2:trouble: bad input (unreadable file, invalid deal or statement) or an internal error"
        })
public final class WaterfallCommand implements Runnable {

    @Option(names = "--debug", description = "Show stack traces for errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @Option(names = "--all-problems", description = "List every problem found in an input file, one per line (by default the "
            + "first, and how many more).", scope = CommandLine.ScopeType.INHERIT)
    boolean allProblems;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    public static void main(String[] args) {
        System.exit(mainWithoutExit(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI without calling {@link System#exit}, writing to the given streams; for tests and embedding. */
    public static int mainWithoutExit(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = newCommandLine(out, err);
        return cli.execute(args);
    }

    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        WaterfallCommand root = new WaterfallCommand();
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(t -> ExitCode.TROUBLE.code());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof InputException input && root.allProblems) {
                for (InputProblem p : input.problems()) {
                    e.println("waterfall: " + p);
                }
            } else if (ex instanceof InputException input) {
                e.println("waterfall: " + input.getMessage() + (input.problems().size() > 1 ? "; --all-problems lists them" : ""));
            } else if (ex instanceof UserInputException) {
                e.println("waterfall: " + ex.getMessage());
            } else {
                // never Java's exception text: the class name and message of an internal failure mean nothing to a user
                e.println("waterfall: internal error; please report it with the command line (--debug shows the details)");
            }
            if (root.debug) {
                ex.printStackTrace(e);
            }
            e.flush();
            return ExitCode.TROUBLE.code();
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("waterfall: " + parameterMessage(ex));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
            e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            e.flush();
            return ExitCode.TROUBLE.code();
        });
        return cli;
    }

    /**
     * A bad option's message: {@code --cpr: CPR must not be negative: -5} for a value a converter refused (picocli's
     * own wording is "Invalid value for option '--cpr' (LIST): ..."), picocli's message otherwise.
     */
    static String parameterMessage(CommandLine.ParameterException ex) {
        if (ex.getCause() instanceof CommandLine.TypeConversionException tce && ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o) {
            return o.longestName() + ": " + tce.getMessage();
        }
        return ex.getMessage();
    }
}
