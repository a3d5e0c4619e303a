package org.waterfall.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Root command: {@code waterfall verify | render | parse | project | price}. */
@Command(
        name = "waterfall",
        mixinStandardHelpOptions = true,
        version = "waterfall 0.1.0",
        description = "Cash-flow waterfall simulator and trustee-statement verifier for RMBS pass-through deals.",
        subcommands = {VerifyCommand.class, RenderCommand.class, ParseCommand.class, ProjectCommand.class, PriceCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success; for verify, every printed figure ties out",
            "1:verify found figures that do not tie out",
            "2:trouble: bad input (unreadable file, invalid deal or statement) or an internal error"
        })
public final class WaterfallCommand implements Runnable {

    @Option(names = "--debug", description = "Show stack traces for errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

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
            boolean showTrace = root.debug;
            String message = ex instanceof UserInputException || ex instanceof org.waterfall.InputException
                    ? ex.getMessage()
                    : "internal error: " + ex;
            commandLine.getErr().println("waterfall: " + message);
            if (showTrace) {
                ex.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return ExitCode.TROUBLE.code();
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("waterfall: " + ex.getMessage());
            e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            e.flush();
            return ExitCode.TROUBLE.code();
        });
        return cli;
    }
}
