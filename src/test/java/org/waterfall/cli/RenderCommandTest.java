package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waterfall.statement.StatementParser;
import org.waterfall.statement.TrusteeStatement;

class RenderCommandTest {

    private static final String DECEMBER = "deals/boams-2002-k/scenario/2003-12.yaml";

    @TempDir
    Path dir;

    @Test
    void theRecomputedMonthReadsBackAndTiesOut() throws IOException {
        Path out = dir.resolve("2003-11-20.recomputed.txt");
        CliRun r = CliRun.of("render", CliRun.DEAL, CliRun.STATEMENT, "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        TrusteeStatement st = StatementParser.parse(out);
        assertEquals(426, st.numbersFound());
        assertEquals(426, st.figures().size());
        CliRun verify = CliRun.of("verify", CliRun.DEAL, out.toString());
        assertEquals(0, verify.exit(), verify.out());
        assertTrue(verify.out().contains("0 discrepancies"), verify.out());
        // what the statement should have printed: B6 paid its 88,194.92
        assertTrue(Files.readString(out).contains("88,194.92"));
    }

    @Test
    void theMonthAfterAStatementFollowsItsPrintedEndingBalances() throws IOException {
        Path december = dir.resolve("2003-12-22.txt");
        CliRun r = CliRun.of("render", CliRun.DEAL, "--after", CliRun.STATEMENT, "--collateral", DECEMBER, "--out", december.toString());
        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(december);
        assertTrue(text.contains("Payment Date: 12/22/03"), text.substring(0, 200));
        assertTrue(text.contains("75,652,851.43"), "A1 begins at November's printed ending balance");
    }

    @Test
    void aMonthAfterNeedsItsPeriodDataForTheNextDate() {
        CliRun wrongDate = CliRun.of("render", CliRun.DEAL, "--after", CliRun.STATEMENT, "--collateral",
                "deals/boams-2002-k/collateral/2003-11.yaml");
        assertEquals(2, wrongDate.exit());
        assertEquals("", wrongDate.out());
        assertEquals(1, wrongDate.err().strip().lines().count(), wrongDate.err());
        assertTrue(wrongDate.err().contains("2003-11.yaml: distributionDate: period data is for 2003-11-20 but the distribution "
                + "after 2003-11-20 is 2003-12-22"), wrongDate.err());
    }

    @Test
    void projectedMonthsAreWrittenOneFilePerDateAndReadBack() throws IOException {
        Path out = dir.resolve("projected");
        CliRun r = CliRun.of("render", CliRun.DEAL, "--after", CliRun.STATEMENT, "--cpr", "20", "--cdr", "1", "--months", "3",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        java.util.List<String> names;
        try (var files = Files.list(out)) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(java.util.List.of("2003-12-22.txt", "2004-01-20.txt", "2004-02-20.txt"), names);
        TrusteeStatement first = StatementParser.parse(out.resolve("2003-12-22.txt"));
        assertEquals(426, first.figures().size());
        assertEquals(new java.math.BigDecimal("75652851.43"), first.value(org.waterfall.statement.FigureId.of("A1",
                org.waterfall.statement.FigureId.ClassField.BEGINNING_BALANCE)));
        TrusteeStatement third = StatementParser.parse(out.resolve("2004-02-20.txt"));
        assertEquals(426, third.numbersFound());
        CliRun noDir = CliRun.of("render", CliRun.DEAL, "--after", CliRun.STATEMENT, "--months", "3");
        assertEquals(2, noDir.exit());
        assertTrue(noDir.err().contains("--out DIR"), noDir.err());
    }
}
