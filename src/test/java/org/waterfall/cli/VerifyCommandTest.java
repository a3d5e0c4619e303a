package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class VerifyCommandTest {

    private static final String DEAL = "deals/boams-2002-k/deal.yaml";
    private static final String STATEMENT = "deals/boams-2002-k/statements/2003-11-20.txt";


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void realStatementExitsOneAndLeadsWithTheSummaryAndDiscrepancies() {
        CliRun r = run("verify", DEAL, STATEMENT);
        assertEquals(1, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[1].startsWith("read 426 of 426 numbers printed: 330 tied out, 15 discrepancies"), lines[1]);
        assertTrue(r.out().indexOf("Discrepancies") < r.out().indexOf("All figures"));
        assertTrue(r.out().contains("class.B6.principal"));
        assertEquals("", r.err());
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        CliRun r = run("verify", DEAL, STATEMENT, "--format", "json");
        assertEquals(1, r.exit());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("boams-2002-k", root.get("deal").asText());
        assertEquals("2003-11-20", root.get("distributionDate").asText());
        JsonNode summary = root.get("summary");
        assertEquals(426, summary.get("figures").asInt());
        assertEquals(summary.get("figures").asInt(), summary.get("tiedOut").asInt() + summary.get("discrepancies").asInt()
                + summary.get("inputs").asInt() + summary.get("notRecomputed").asInt());
        JsonNode inferred = root.get("inferredInputs").get(0);
        assertTrue(inferred.has("id") && inferred.has("value") && inferred.has("method"));
        for (JsonNode f : root.get("figures")) {
            for (String field : new String[] {"id", "reported", "computed", "difference", "tolerance", "status", "reason"}) {
                assertTrue(f.has(field), f + " lacks " + field);
            }
            assertTrue(f.get("reported").isTextual(), "amounts are decimal strings");
        }
        JsonNode a1 = root.get("figures").get(3);
        assertEquals("class.A1.interest", a1.get("id").asText());
        assertEquals("452425.46", a1.get("reported").asText());
        assertEquals("TIED_OUT", a1.get("status").asText());
    }

    @Test
    void missingFileExitsTwoWithOneLineAndNoOutput() {
        CliRun r = run("verify", DEAL, "no/such/statement.txt");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no/such/statement.txt"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void helpDocumentsTheExitCodes() {
        CliRun r = run("verify", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Exit codes:"));
        assertTrue(r.out().contains("1   differences found") || r.out().contains("differences found"));
    }

    @Test
    void briefWithJsonIsRefusedNotIgnored() {
        CliRun r = run("verify", DEAL, STATEMENT, "--format", "json", "--brief");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("waterfall: --brief: applies to --format table only, not json"), r.err());
    }

    @Test
    void aFormatVerifyCannotWriteIsRefused() {
        CliRun r = run("verify", DEAL, STATEMENT, "--format", "xlsx");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("waterfall: --format: verify writes table, json, not xlsx"), r.err());
    }

    @Test
    void outIntoADirectoryNamesTheDirectoryNotATemporaryFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        CliRun r = run("verify", DEAL, STATEMENT, "--out", dir.toString());
        assertEquals(2, r.exit());
        assertEquals("waterfall: --out: " + dir + " is a directory; give a file name", r.err().strip());
        assertFalse(r.err().contains(".tmp"), r.err());
    }

    @Test
    void outIntoAMissingDirectoryIsOneLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path file = dir.resolve("missing/report.txt");
        CliRun r = run("verify", DEAL, STATEMENT, "--out", file.toString());
        assertEquals(2, r.exit());
        assertEquals("waterfall: --out: directory " + file.getParent() + " does not exist", r.err().strip());
        assertFalse(java.nio.file.Files.exists(file.getParent()), "the directory is not created");
    }
}
