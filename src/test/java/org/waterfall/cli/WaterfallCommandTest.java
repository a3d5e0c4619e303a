package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WaterfallCommandTest {

    @Test
    void aMistypedCommandGetsASuggestion() {
        CliRun r = CliRun.of("verfy", CliRun.DEAL, CliRun.STATEMENT);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Did you mean: waterfall verify"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        CliRun r = CliRun.of("verify", CliRun.DEAL, CliRun.STATEMENT, "--breif");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("waterfall: Unknown option: '--breif'"), r.err());
        assertTrue(r.err().contains("Possible solutions: --brief"), r.err());
        assertTrue(r.err().contains("Try 'waterfall verify --help' for more information."), r.err());
    }

    @Test
    void everyProblemOfAFileIsListedOnRequest(@TempDir Path dir) throws IOException {
        String deal = Files.readString(Path.of(CliRun.DEAL)).replace("original: 1941000", "original: -1941000")
                .replace("original: 2913292", "original: -2913292");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, deal);
        CliRun first = CliRun.of("verify", broken.toString(), CliRun.STATEMENT);
        assertEquals(2, first.exit());
        assertEquals(1, first.err().strip().lines().count(), first.err());
        assertTrue(first.err().contains("(and 1 more problem); --all-problems lists them"), first.err());
        CliRun all = CliRun.of("--all-problems", "verify", broken.toString(), CliRun.STATEMENT);
        List<String> lines = all.err().strip().lines().toList();
        assertEquals(2, lines.size(), all.err());
        assertTrue(lines.get(0).startsWith("waterfall: " + broken + ":") && lines.get(1).startsWith("waterfall: " + broken + ":"), all.err());
        assertEquals(all.err(), CliRun.of("verify", broken.toString(), CliRun.STATEMENT, "--all-problems").err(),
                "the option works after the subcommand too");
    }

    /** A command that fails the way a bug would. */
    @CommandLine.Command(name = "boom")
    static final class Boom implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("java.lang.NullPointerException: Cannot invoke \"Object.toString()\"");
        }
    }

    @Test
    void anInternalErrorNeverShowsJavaText() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = WaterfallCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err));
        cli.addSubcommand("boom", new Boom());
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("boom"));
        assertEquals("waterfall: internal error; please report it with the command line (--debug shows the details)", err.toString().strip());
        assertFalse(err.toString().contains("java."), err.toString());
        StringWriter debugErr = new StringWriter();
        CommandLine debug = WaterfallCommand.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(debugErr));
        debug.addSubcommand("boom", new Boom());
        debug.setErr(new PrintWriter(debugErr));
        debug.execute("--debug", "boom");
        assertTrue(debugErr.toString().contains("IllegalStateException"), "--debug shows the trace");
    }

    @Test
    void aBadNumberNeverShowsJavaText() {
        CliRun r = CliRun.of("project", CliRun.DEAL, "--from", CliRun.STATEMENT, "--cpr", "abc");
        assertEquals(2, r.exit());
        assertEquals("waterfall: --cpr: 'abc' is not a number", r.err().lines().findFirst().orElse(""));
        assertFalse(r.err().contains("NumberFormatException") || r.err().contains("java."), r.err());
    }

    @Test
    void theRootHelpListsBreakeven() {
        CliRun r = CliRun.of("--help");
        assertTrue(r.out().contains("breakeven"), r.out());
        assertTrue(r.out().contains("--all-problems"), r.out());
    }
}
