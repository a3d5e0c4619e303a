package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class IssuanceProjectionTest {

    private static final String FNR = "deals/fnr-2006-018/deal.yaml";
    private static final String FNM = "deals/fnm-2025-21/deal.yaml";

    @Test
    void fnrRunsFromIssuanceAndPrintsItsLivesAndDecrementTables() {
        CliRun r = CliRun.of("project", FNR, "--psa", "0,100,250", "--decrement");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("waterfall project: fnr-2006-018 (Fannie Mae REMIC Trust 2006-018, Group 1), from issuance"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  PA +10\\.1 +3\\.0 +3\\.0")), r.out());
        assertTrue(r.out().contains("Percent of original balance outstanding: class Z"));
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  February 2007 +100 +100 +100")), "PA's first year");
    }

    @Test
    void anAccretingClassPrintsAboveOneHundredPercent() {
        CliRun r = CliRun.of("project", FNR, "--psa", "0", "--decrement");
        String z = r.out().substring(r.out().indexOf("class Z"));
        assertTrue(z.lines().skip(3).findFirst().orElseThrow().matches("  February 2007 +10[5-6]"), z.lines().limit(5).toList().toString());
    }

    @Test
    void fnmJsonCarriesEachScenariosDecrementTableAsPrinted() throws IOException {
        CliRun r = CliRun.of("project", FNM, "--psa", "0,100,198,300,324,400,500,600,650,850,1000", "--decrement", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(11, root.get("scenarios").size());
        JsonNode zero = root.get("scenarios").get(0);
        assertEquals("0 PSA", zero.get("name").asText());
        JsonNode table = zero.get("decrementTable");
        assertEquals("2026-02-25", table.get("dates").get(0).asText());
        JsonNode ba = table.get("classes").get(0);
        assertEquals("BA", ba.get("name").asText());
        assertEquals("98", ba.get("percent").get(0).asText());
        assertEquals("14.6", ba.get("wal").asText());
        assertEquals(table.get("dates").size(), ba.get("percent").size());
        java.util.List<String> names = new java.util.ArrayList<>();
        table.get("classes").forEach(c -> names.add(c.get("name").asText()));
        assertEquals(java.util.List.of("BA", "BE", "BV", "BZ", "FB", "SB", "CA", "CZ", "FC", "SC", "BC", "BW"), names, "both groups and the RCRs");
    }

    @Test
    void htmlAndAWorkbookAreWrittenWholeIntoTheOutputDirectory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        CliRun r = CliRun.of("project", FNR, "--psa", "100,250", "--format", "html,xlsx", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(java.util.List.of(dir.resolve("projection.html").toString(), dir.resolve("projection.xlsx").toString()), r.out().lines().toList());
        String html = java.nio.file.Files.readString(dir.resolve("projection.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<h1>waterfall project: fnr-2006-018</h1>"), html.substring(0, 200));
        byte[] xlsx = java.nio.file.Files.readAllBytes(dir.resolve("projection.xlsx"));
        assertEquals('P', xlsx[0], "a zip container");
        assertEquals('K', xlsx[1], "a zip container");
    }

    @Test
    void aWorkbookNeedsAnOutputDirectory() {
        CliRun r = CliRun.of("project", FNR, "--psa", "100", "--format", "xlsx");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(java.util.List.of("waterfall: --format xlsx: a workbook needs --out DIR"), r.err().lines().toList());
    }

    @Test
    void csvHasOneRowPerScenarioDateAndClass() {
        CliRun r = CliRun.of("project", FNM, "--psa", "1000", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("scenario,date,class,rate,interest,accrual,principal,balance"));
        assertTrue(r.out().contains("\"1000 PSA\",2025-03-25,SB,0.87073,53058.18,0.00,0.00,"), r.out().substring(0, 800));
    }

    @Test
    void aRemicTakesNoStatementAndNoDefaultAssumptions() {
        CliRun withFrom = CliRun.of("project", FNM, "--from", CliRun.STATEMENT, "--psa", "100");
        assertEquals(2, withFrom.exit());
        assertTrue(withFrom.err().startsWith("waterfall: --from/--start: fnm-2025-21 is a REMIC run from issuance"), withFrom.err());
        CliRun withCall = CliRun.of("project", FNM, "--psa", "100", "--call", "10");
        assertEquals(2, withCall.exit());
        assertTrue(withCall.err().contains("takes prepayment and default speeds"), withCall.err());
        assertEquals("", withCall.out());
        CliRun withSeverity = CliRun.of("project", FNM, "--psa", "100", "--cdr", "1", "--severity", "40");
        assertEquals(2, withSeverity.exit());
        assertTrue(withSeverity.err().contains("repaid at par"), withSeverity.err());
    }

    @Test
    void aShiftingInterestDealStillNeedsItsStartAndHasNoIndex() {
        CliRun noStart = CliRun.of("project", CliRun.DEAL, "--cpr", "10");
        assertEquals(2, noStart.exit());
        assertEquals("waterfall: --from or --start is required: only a REMIC deal file (kind: remic) runs from issuance",
                noStart.err().strip());
        CliRun index = CliRun.of("project", CliRun.DEAL, "--from", CliRun.STATEMENT, "--index", "4");
        assertEquals(2, index.exit());
        assertTrue(index.err().contains("--index/--index-vector: only a REMIC deal file"), index.err());
    }

    @Test
    void indexLevelsAreScenariosOfTheirOwn() {
        CliRun r = CliRun.of("project", FNM, "--psa", "100", "--index", "2,5", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"100 PSA, index 2%\",2025-04-25,SB,3.2,"), "5.20 - 2");
        assertTrue(r.out().contains("\"100 PSA, index 5%\",2025-04-25,SB,0.2,"), "5.20 - 5");
    }

    @Test
    void defaultsAreRepaidAtParAndShortenTheLives() throws IOException {
        JsonNode root = new ObjectMapper().readTree(CliRun.of("project", FNM, "--psa", "100", "--cdr", "0,3", "--format", "json").out());
        assertEquals("100 PSA", root.get("scenarios").get(0).get("name").asText());
        assertEquals("100 PSA, 3 CDR", root.get("scenarios").get(1).get("name").asText());
        double without = root.get("scenarios").get(0).get("classes").get(0).get("wal").asDouble();
        double with = root.get("scenarios").get(1).get("classes").get(0).get("wal").asDouble();
        assertTrue(with < without, with + " < " + without);
        assertEquals(root.get("scenarios").get(0).get("classes").get(0).get("totalPrincipal").asText(),
                root.get("scenarios").get(1).get("classes").get(0).get("totalPrincipal").asText(), "no losses: BA is repaid in full");
    }
}
