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
        assertTrue(r.err().startsWith("waterfall: --format: verify writes table, csv, json, html, not xlsx"), r.err());
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

    /** November 2003 as filed, then December and January rendered from the scenario's period data, in a directory. */
    private static java.nio.file.Path series(java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Files.copy(java.nio.file.Path.of(STATEMENT), dir.resolve("2003-11-20.txt"));
        assertEquals(0, run("render", DEAL, "--after", STATEMENT, "--collateral", "deals/boams-2002-k/scenario/2003-12.yaml",
                "--out", dir.resolve("2003-12-22.txt").toString()).exit());
        assertEquals(0, run("render", DEAL, "--after", dir.resolve("2003-12-22.txt").toString(), "--collateral",
                "deals/boams-2002-k/scenario/2004-01.yaml", "--out", dir.resolve("2004-01-20.txt").toString()).exit());
        return dir;
    }

    @Test
    void aDirectoryIsVerifiedMonthAfterMonthWithAHistory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        CliRun r = run("verify", DEAL, series(dir).toString(), "--brief");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("3 statements from 2003-11-20 to 2004-01-20"), r.out());
        assertTrue(r.out().contains("differences found (1 of 3 months)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.trim().startsWith("2003-12-22 chained    426/426   378     0")), r.out());
        assertTrue(r.out().contains("=== 2004-01-20 ==="));
    }

    @Test
    void aSeriesThatTiesOutExitsZeroAndGivesJsonAndCsv(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        series(dir);
        java.nio.file.Files.delete(dir.resolve("2003-11-20.txt"));
        CliRun json = run("verify", DEAL, dir.resolve("2003-12-22.txt").toString(), dir.resolve("2004-01-20.txt").toString(),
                "--format", "json");
        assertEquals(0, json.exit(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(2, root.get("summary").get("months").asInt());
        assertEquals(0, root.get("summary").get("discrepancies").asInt());
        assertFalse(root.get("history").get(0).get("chained").asBoolean(), "the first month is inferred");
        assertTrue(root.get("history").get(1).get("chained").asBoolean());
        assertEquals("2004-01-20", root.get("months").get(1).get("distributionDate").asText());
        CliRun csv = run("verify", DEAL, dir.toString(), "--format", "csv");
        assertEquals(0, csv.exit());
        String[] rows = csv.out().split("\\R");
        assertEquals("distributionDate,id,line,reported,computed,difference,tolerance,status,convention,reason", rows[0]);
        assertEquals(1 + 2 * 426, rows.length);
        assertTrue(rows[427].startsWith("2004-01-20,class.A1.beginningBalance,"), rows[427]);
    }

    @Test
    void aMissingMonthOrCollateralForASeriesIsTrouble(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        series(dir);
        CliRun gap = run("verify", DEAL, STATEMENT, dir.resolve("2004-01-20.txt").toString());
        assertEquals(2, gap.exit());
        assertEquals("", gap.out());
        assertTrue(gap.err().contains("1 distribution date missing between 2003-11-20"), gap.err());
        assertEquals(1, run("verify", DEAL, STATEMENT, dir.resolve("2004-01-20.txt").toString(), "--allow-gaps").exit());
        CliRun collateral = run("verify", DEAL, dir.toString(), "--collateral", "deals/boams-2002-k/collateral/2003-11.yaml");
        assertEquals(2, collateral.exit());
        assertTrue(collateral.err().contains("--collateral gives one month's period data"), collateral.err());
    }

    @Test
    void twoStatementsForOneDateAreTrouble() {
        CliRun r = run("verify", DEAL, STATEMENT, STATEMENT);
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("distributionDate: the same distribution date (2003-11-20)"), r.err());
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

    @Test
    void htmlForMoreThanOneStatementIsRefusedWithOneLineAndNoOutput(@TempDir Path dir) {
        Path page = dir.resolve("verify.html");
        CliRun r = run("verify", DEAL, STATEMENT, STATEMENT, "--format", "html", "--out", page.toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("--format html shows one statement"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(page));
    }
}
