package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void htmlWithOutWritesOneSelfContainedPageAndNothingToStandardOutput(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("verify.html");
        CliRun r = run("verify", DEAL, STATEMENT, "--format", "html", "--out", page.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"));
        assertTrue(html.contains("id=\"count-read\">426<"));
        assertTrue(html.contains("data-id=\"class.B6.principal\""));
        assertFalse(html.contains("<link") || html.contains(" src=") || html.contains("url("), "nothing is loaded from elsewhere");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left beside it");
        }
    }

    @Test
    void htmlWithoutOutGoesToStandardOutput() {
        CliRun r = run("verify", DEAL, STATEMENT, "--format", "html");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("<!DOCTYPE html>"));
    }
}
