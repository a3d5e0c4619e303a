package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectCommandTest {

    private static final String DEAL = "deals/boams-2002-k/deal.yaml";
    private static final String STATEMENT = "deals/boams-2002-k/statements/2003-11-20.txt";


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String[] project(String... more) {
        List<String> args = new ArrayList<>(List.of("project", DEAL, "--from", STATEMENT));
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    private static List<String> keys(JsonNode node) {
        List<String> k = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            k.add(it.next());
        }
        return k;
    }

    @Test
    void theTablePrintsTheStartEachScenarioAndTheWalsByScenario() {
        CliRun r = run(project("--cpr", "0,10,30,60"));
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("waterfall project: boams-2002-k, after the 2003-11-20 distribution (date 14)"), r.out());
        assertTrue(r.out().contains("group 1:   188,815,289.51 at 6.711657% gross WAC, 283 months left: implied from 2003-11-20"));
        assertTrue(r.out().contains("Scenario 4 of 4: 60 CPR"));
        assertTrue(r.out().contains("  precision: DECIMALS_12: ratios (senior, aggregate senior and subordinate percentages, subordinate rate) at "
                + "12 decimals; a projection's performing balance carried at 10 decimals through each of a month's steps, per-dollar "
                + "factors at 18"), r.out());
        assertTrue(r.out().contains("WAL (years) by scenario"));
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  A1 +14\\.81 +6\\.92 +2\\.61 +1\\.06")), r.out());
        assertFalse(r.out().contains(" AR "), "paid-off residuals are left out");
    }

    @Test
    void decrementTablesFollowTheProspectusLayout() {
        CliRun r = run(project("--cpr", "10,30", "--decrement"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Decrement table: class A1, percent of the starting balance outstanding"));
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  Initial +100 +100")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  2004-11-20 +88 +68")), r.out());
    }

    @Test
    void jsonFollowsTheContractAndEveryClassIsPaidToTheCent() throws Exception {
        CliRun r = run(project("--cpr", "10,30", "--format", "json"));
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("workingPrecision", "scenarios"), keys(root));
        assertEquals("DECIMALS_12", root.get("workingPrecision").get("name").asText());
        assertTrue(root.get("workingPrecision").get("description").asText().contains("per-dollar factors at 18"));
        assertEquals(2, root.get("scenarios").size());
        for (JsonNode s : root.get("scenarios")) {
            assertEquals(List.of("name", "assumptions", "classes", "groups"), keys(s));
            assertTrue(s.get("assumptions").get("start").get("classBalances").asText().contains("printed ending balances"));
            for (JsonNode c : s.get("classes")) {
                assertEquals(List.of("name", "wal", "firstPrincipalDate", "lastPrincipalDate", "totalPrincipal", "totalInterest",
                        "cashflows"), keys(c));
                assertTrue(c.get("totalPrincipal").isTextual(), "amounts are decimal strings");
                BigDecimal start = new BigDecimal(c.get("cashflows").get(0).get("beginningBalance").asText());
                BigDecimal paid = BigDecimal.ZERO;
                for (JsonNode f : c.get("cashflows")) {
                    assertEquals(List.of("date", "beginningBalance", "interest", "principal", "loss", "writedown", "unpaidInterest", "rate",
                            "endingBalance"), keys(f));
                    paid = paid.add(new BigDecimal(f.get("principal").asText())).add(new BigDecimal(f.get("loss").asText()));
                }
                String name = c.get("name").asText();
                if (!name.endsWith("IO")) {
                    assertEquals(0, start.compareTo(paid), name + ": principal + losses = starting balance");
                    assertEquals(0, new BigDecimal(c.get("totalPrincipal").asText()).compareTo(
                            paid.subtract(sum(c.get("cashflows"), "loss"))), name);
                }
            }
            assertEquals(4, s.get("groups").size());
        }
        JsonNode a1 = root.get("scenarios").get(0).get("classes").get(0);
        assertEquals("A1", a1.get("name").asText());
        assertEquals(6.919310, a1.get("wal").asDouble(), 1e-6);
        assertEquals("2003-12-22", a1.get("firstPrincipalDate").asText());
    }

    private static BigDecimal sum(JsonNode flows, String field) {
        BigDecimal s = BigDecimal.ZERO;
        for (JsonNode f : flows) {
            s = s.add(new BigDecimal(f.get(field).asText()));
        }
        return s;
    }

    @Test
    void csvWithOutAndCashflowsWritesTheSummaryAndOneCompleteFilePerScenario(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("run");
        Files.createDirectory(out);
        CliRun r = run(project("--cpr", "10,30", "--cdr", "1", "--format", "csv", "--cashflows", "--out", out.toString()));
        assertEquals(0, r.exit(), r.err());
        List<String> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("1-10-cpr-1-cdr-35-severity-12-month-lag.csv", "2-30-cpr-1-cdr-35-severity-12-month-lag.csv", "summary.csv"),
                files);
        List<String> lines = Files.readAllLines(out.resolve(files.get(0)));
        assertEquals("kind,name,date,beginningBalance,rate,interest,principal,loss,writedown,endingBalance,factor,scheduledPrincipal,"
                + "prepayments,defaults,liquidatedBalance,recoveries,fees", lines.get(0));
        assertTrue(lines.get(1).startsWith("class,A1,2003-12-22,75652851.43,6.461657,"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("io,AIO,2003-12-22,")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("group,4,2003-12-22,28418138.74,5.658272,")));
        assertTrue(r.out().contains(files.get(1)));
    }

    @Test
    void csvWithOutWritesOnlyTheSummaryUnlessCashflowsAreAsked(@TempDir Path dir) throws IOException {
        CliRun r = run(project("--cpr", "10,30", "--format", "csv", "--out", dir.toString()));
        assertEquals(0, r.exit(), r.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("summary.csv"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void csvWithCashflowsWithoutOutLeadsEachRowWithTheScenario() {
        CliRun r = run(project("--cpr", "10", "--format", "csv", "--cashflows"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("scenario,kind,name,date,"));
        assertTrue(r.out().contains("\n10 CPR,class,A1,2003-12-22,"));
    }

    @Test
    void csvIsTheSummaryARowPerScenarioAndClass() {
        CliRun r = run(project("--cpr", "10,30", "--format", "csv"));
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(String.join(",", SummaryCsvWriter.HEADER), lines.get(0));
        assertTrue(lines.contains("1,10 CPR,A1,false,75652851.43,6.919310,2003-12-22,2027-06-21,75652851.43,33824546.98,0.00,2027-06-21,,,"),
                r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2,30 CPR,A1,false,75652851.43,2.61")), r.out());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
        "--cpr; -5; waterfall: --cpr: CPR must not be negative: -5",
        "--cpr; 100; waterfall: --cpr: CPR must be below 100: 100",
        "--cpr; 10,100; waterfall: --cpr: CPR must be below 100: 100",
        "--severity; 101; waterfall: --severity: severity must be a percentage in [0, 100]: 101",
        "--psa; 1700; waterfall: --psa: PSA must stay below 100% CPR (1666.67 PSA): 1700",
        "--cdr; -1; waterfall: --cdr: CDR must not be negative: -1",
        "--lag; -1; waterfall: --lag: recovery lag must be 0..120 months: -1",
        "--call; 0; waterfall: --call: clean-up call must be a percentage in (0, 100]: 0",
        "--cpr-vector; 5,x; waterfall: --cpr-vector: 'x' is not a number",
        "--cpr; abc; waterfall: --cpr: 'abc' is not a number",
        "--arm; 1=index:2,margin:x,first:1,every:12,cap:2,life:9; waterfall: --arm: group 1: margin: 'x' is not a number",
        "--arm; 1=index:2,margin:1,first:1,every:12,cap:2,life:9,size:3; waterfall: --arm: group 1: size: unknown key 'size' (share, rate, index, margin, first, every, firstcap, cap, life, lifeover, floor, round)",
        "--wac-path; 1; waterfall: --wac-path: expected GROUP=VALUE, got '1'",
        "--group-cpr; 9=10; waterfall: --group-cpr: the deal boams-2002-k has no group '9'"})
    void aBadOptionIsOneLineNamingItThenTheUsageHintAndNoOutput(String option, String value, String message, @TempDir Path dir) {
        Path out = dir.resolve("never");
        CliRun r = run(project(option, value, "--out", out.toString()));
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(message, lines.get(0));
        if (lines.size() > 1) {
            assertEquals(List.of("Try 'waterfall project --help' for more information."), lines.subList(1, lines.size()),
                    "a value refused at parse time is followed by the usage hint only");
        }
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out), "no partial output");
    }

    @Test
    void aStartIsRequiredAndOnlyOne() {
        CliRun none = run("project", DEAL, "--cpr", "10");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("--from=STATEMENT") || none.err().contains("--from"), none.err());
        CliRun both = run("project", DEAL, "--from", STATEMENT, "--start", "deals/boams-2002-k/collateral/2003-11.yaml");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
    }

    @Test
    void aLaterPeriodFileWithoutClassBalancesIsRefusedWithTheReason(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of("deals/boams-2002-k/collateral/2003-11.yaml"), StandardCharsets.UTF_8);
        Path period = dir.resolve("2003-11.yaml");
        Files.writeString(period, text.substring(0, text.indexOf("classBalances:")), StandardCharsets.UTF_8);
        CliRun r = run("project", DEAL, "--start", period.toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("waterfall: " + period + ": classBalances: period data for 2003-11-20 (date 14) gives no "
                + "classBalances"), r.err());
        assertTrue(r.err().strip().endsWith("add classBalances or use --from STATEMENT"), r.err());
    }

    @Test
    void aMissingStatementIsOneLine() {
        CliRun r = run("project", DEAL, "--from", "no/such/statement.txt");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void defaultsAndAnArmPathRun() {
        CliRun r = run(project("--psa", "300", "--sda", "200", "--severity", "40", "--lag", "6",
                "--arm", "1=index:1.2/1.5/2.5,margin:2.25,first:10,every:12,cap:2,life:11.7", "--call", "10"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Scenario 1 of 1: 300 PSA, 200 SDA, 40% severity, 6-month lag, 10% call"), r.out());
        assertTrue(r.out().contains("clean-up call exercised on "), r.out());
    }

    @Test
    void aPeriodDataFileWithClassBalancesStartsTheSameRun() {
        CliRun fromFile = CliRun.of("project", CliRun.DEAL, "--start", "deals/boams-2002-k/collateral/2003-11.yaml", "--cpr", "10");
        assertEquals(0, fromFile.exit(), fromFile.err());
        assertTrue(fromFile.out().contains("from the file's classBalances"), fromFile.out());
        // the same month as the statement, recomputed: A1's run is the statement's to the cent
        assertTrue(fromFile.out().lines().anyMatch(l -> l.matches("  A1 +75,652,851\\.43 +6\\.92 .*")), fromFile.out());
    }

    /** A deck of 100 named scenarios: 10 CPRs x 10 CDRs at 40% severity. */
    private static Path hundredScenarioDeck(Path dir) throws IOException {
        StringBuilder deck = new StringBuilder("deck: hundred\ndefaults: {severity: 40}\nscenarios:\n");
        for (int p = 0; p < 10; p++) {
            for (int d = 0; d < 10; d++) {
                deck.append(String.format(java.util.Locale.ROOT, "  - {name: \"s%02d\", cpr: %d, cdr: %s}%n", p * 10 + d, p * 5,
                        BigDecimal.valueOf(d * 5, 1).toPlainString()));
            }
        }
        Path file = dir.resolve("deck.yaml");
        Files.writeString(file, deck.toString(), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aDeckOf100ScenariosWritesTheSummaryCsvAWorkbookAndTheHtmlReportInOneCommand(@TempDir Path dir) throws IOException {
        Path deck = hundredScenarioDeck(dir);
        CliRun both = run(project("--scenarios", deck.toString(), "--format", "csv,xlsx,table,html", "--out", dir.toString(), "--price",
                "99-16"));
        assertEquals(0, both.exit(), both.err());
        assertEquals(List.of(dir.resolve("summary.csv").toString(), dir.resolve("projection.xlsx").toString(),
                dir.resolve("projection.txt").toString(), dir.resolve("projection.html").toString()), both.out().lines().toList());
        String html = Files.readString(dir.resolve("projection.html"));
        assertTrue(html.contains("Summary by class and scenario") && html.contains("yield (%)"), "the summary with the yield at 99-16");
        assertTrue(html.contains("data-scenario=\"s99\""), "every scenario in the summary");
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "nothing loaded from the network");
        theTableOf100ScenariosPagesTheAcrossScenarioTablesToAReadableWidth(Files.readString(dir.resolve("projection.txt")));
        List<String> rows = Files.readAllLines(dir.resolve("summary.csv"));
        assertEquals(1 + 100 * 20, rows.size(), "a row per scenario and active class (20 of 23 at the start)");
        assertTrue(rows.get(1).startsWith("1,s00,A1,false,75652851.43,"), rows.get(1));
        assertTrue(rows.get(rows.size() - 1).startsWith("100,s99,B6,false,"), rows.get(rows.size() - 1));

        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(dir.resolve("projection.xlsx").toFile())) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets = wb.getSheets().toList();
            assertEquals(101, sheets.size());
            assertEquals("S100 s99", sheets.get(100).getName());
            List<org.dhatim.fastexcel.reader.Row> summary = sheets.get(0).read();
            assertEquals(rows.size(), summary.size());
            for (int r = 1; r < summary.size(); r += 137) {
                String[] csvCells = rows.get(r).split(",", -1);
                org.dhatim.fastexcel.reader.Row row = summary.get(r);
                assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, row.getCell(4).getType());
                assertEquals(0, new BigDecimal(csvCells[4]).compareTo(row.getCell(4).asNumber()), "starting balance, row " + r);
                assertEquals(0, new BigDecimal(csvCells[9]).compareTo(row.getCell(9).asNumber()), "total interest, row " + r);
                assertEquals(0, new BigDecimal(csvCells[10]).compareTo(row.getCell(10).asNumber()), "loss, row " + r);
                assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, row.getCell(13).getType(), "a yield at 99-16, row " + r);
            }
        }
    }

    private static void theTableOf100ScenariosPagesTheAcrossScenarioTablesToAReadableWidth(String table) {
        assertTrue(table.contains("Scenario 100 of 100: s99"));
        assertTrue(table.contains("WAL (years) by scenario, scenarios 1-"), table);
        assertTrue(table.contains("Losses (dollars) by scenario, scenarios "));
        assertTrue(table.contains("Yield (percent) by scenario, scenarios "));
        String acrossScenarios = table.substring(table.indexOf("WAL (years) by scenario"));
        int widest = acrossScenarios.lines().mapToInt(String::length).max().orElse(0);
        assertTrue(widest <= 120, "widest line of the tables across scenarios: " + widest);
        int widestClassRow = table.lines().filter(l -> l.startsWith("  A1 ")).mapToInt(String::length).max().orElse(0);
        assertTrue(widestClassRow <= 132, "a scenario's class row: " + widestClassRow);
        assertTrue(table.lines().anyMatch(l -> l.matches("  class +#1 +#2 +#3 .*")), "columns headed by scenario number");
    }

    @Test
    void aDeckAndTheScenarioListsAreNotGivenTogether(@TempDir Path dir) throws IOException {
        CliRun r = run(project("--scenarios", hundredScenarioDeck(dir).toString(), "--cpr", "10", "--lag", "6"));
        assertEquals(2, r.exit());
        assertEquals("waterfall: --scenarios: the deck defines the scenarios; leave out --cpr, --lag", r.err().strip());
    }

    @Test
    void aBadDeckIsOneLineWithFileLineAndKeyAndEveryProblemOnRequest(@TempDir Path dir) throws IOException {
        Path deck = dir.resolve("bad.yaml");
        Files.writeString(deck, "scenarios:\n  - {cpr: 120}\n  - {cdr: -1}\n", StandardCharsets.UTF_8);
        CliRun r = run(project("--scenarios", deck.toString()));
        assertEquals(2, r.exit());
        assertEquals("waterfall: " + deck + ":2: scenarios[0].cpr: CPR must be below 100: 120 (and 1 more problem); --all-problems lists them",
                r.err().strip());
        CliRun all = run("--all-problems", "project", DEAL, "--from", STATEMENT, "--scenarios", deck.toString());
        assertEquals(List.of("waterfall: " + deck + ":2: scenarios[0].cpr: CPR must be below 100: 120",
                "waterfall: " + deck + ":3: scenarios[1].cdr: CDR must not be negative: -1"), all.err().strip().lines().toList());
    }

    @Test
    void repeatedScenariosRunOnce() {
        CliRun r = run(project("--cdr", "0,2", "--severity", "35,50"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Scenario 3 of 3: 0 CPR, 2 CDR, 50% severity, 12-month lag"), r.out());
        assertFalse(r.out().contains("of 4"));
    }

    @Test
    void optionsThatDoNotApplyToTheFormatAreRefused(@TempDir Path dir) {
        CliRun decrement = run(project("--cpr", "10", "--format", "csv", "--decrement"));
        assertEquals(2, decrement.exit());
        assertTrue(decrement.err().startsWith("waterfall: --decrement: applies to --format table only, not csv"), decrement.err());
        CliRun cashflows = run(project("--cpr", "10", "--cashflows"));
        assertTrue(cashflows.err().startsWith("waterfall: --cashflows: applies to --format csv only, not table"), cashflows.err());
        CliRun xlsx = run(project("--cpr", "10", "--format", "xlsx"));
        assertTrue(xlsx.err().startsWith("waterfall: --format xlsx: a workbook needs --out DIR"), xlsx.err());
        CliRun two = run(project("--cpr", "10", "--format", "table,csv"));
        assertTrue(two.err().startsWith("waterfall: --format table,csv: several formats need --out DIR"), two.err());
        CliRun settle = run(project("--cpr", "10", "--settle", "2003-12-01"));
        assertTrue(settle.err().startsWith("waterfall: --settle: applies to quotes only"), settle.err());
        for (CliRun r : List.of(decrement, cashflows, xlsx, two, settle)) {
            assertEquals("", r.out());
        }
    }

    @Test
    void outIntoAMissingDirectoryIsOneLineAndCreatesNothing(@TempDir Path dir) {
        Path missing = dir.resolve("no/such");
        CliRun r = run(project("--cpr", "10", "--format", "csv", "--out", missing.toString()));
        assertEquals(2, r.exit());
        assertEquals("waterfall: --out: directory " + missing + " does not exist", r.err().strip());
        assertFalse(Files.exists(dir.resolve("no")), "no directory is created");
    }

    @Test
    void theTableQuotesEveryClassAtAPriceIn32nds() {
        CliRun r = run(project("--cpr", "10,30", "--price", "100-08"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("quotes:    yield at 100-08, settlement 2003-11-20"), r.out());
        assertTrue(r.out().contains("Yield (percent) by scenario"));
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  A1 .* 2027-06-21 +\\d\\.\\d{6}")), r.out());
    }

    @Test
    void theHelpTellsTheTruthAboutStart() {
        CliRun help = run("project", "--help");
        assertEquals(0, help.exit());
        String text = help.out().replaceAll("\\s+", " ");
        assertFalse(text.contains("the first distribution date only"), "--start works from any month with class balances");
        assertTrue(text.contains("needed for any month after the first distribution date"), text);
        assertTrue(text.contains("--scenarios=DECK_YAML"), text);
    }

    @Test
    void everyRateAssumptionIsInTheHeaderAndTheScenarioNames() {
        CliRun r = run(project("--cpr", "10,30", "--wac-path", "3=7.5,7", "--arm",
                "2=share:60,index:1.3/1.5,margin:2.25,first:3,every:12,firstcap:5,cap:2,lifeover:5;"
                        + "share:40,rate:5.9,index:1.3,margin:2.5,first:30,every:6,cap:1,life:10.5,round:none"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  rates 1:   gross WAC constant at its start value"), r.out());
        assertTrue(r.out().contains("  rates 2:   hybrid ARM, 2 cohorts (shares constant: they prepay alike): 60% at the group WAC: index "
                + "1.3/1.5 + margin 2.25 rounded to the nearest 1/8%, first reset month 3 then every 12, caps 5 first / 2 periodic / "
                + "start + 5 lifetime, floor 2.25; 40% at 5.9%: index 1.3 + margin 2.5 unrounded, first reset month 30 then every 6, "
                + "caps 1 first / 1 periodic / 10.5 lifetime, floor 2.5"), r.out());
        assertTrue(r.out().contains("  rates 3:   WAC vector 7.5, 7"), r.out());
        assertTrue(r.out().contains("Scenario 1 of 2: 10 CPR, group 3 WAC 7.5/7, group 2 ARM index 1.3/1.5 | 1.3 (2 cohorts)"), r.out());
        assertTrue(r.out().contains("Scenario 2 of 2: 30 CPR, group 3 WAC 7.5/7, group 2 ARM index 1.3/1.5 | 1.3 (2 cohorts)"), r.out());
    }

    @Test
    void anArmGroupsWacFollowsItsCohortsMonthByMonth() throws Exception {
        // group 1 (6.711657%): index 1.3 + margin 2.75 = 4.05, rounded to 4.000; the cap of 5 allows it at the first reset
        CliRun r = run(project("--cpr", "20", "--format", "json", "--arm", "1=index:1.3,margin:2.75,first:1,every:12,cap:5,life:12"));
        assertEquals(0, r.exit(), r.err());
        JsonNode s = new ObjectMapper().readTree(r.out()).get("scenarios").get(0);
        assertEquals("20 CPR, group 1 ARM index 1.3", s.get("name").asText());
        JsonNode g1 = s.get("groups").get(0);
        assertTrue(g1.get("ratePath").asText().startsWith("hybrid ARM, 1 cohort: 100% at the group WAC"), g1.get("ratePath").asText());
        assertEquals(0, new BigDecimal("4").compareTo(new BigDecimal(g1.get("cashflows").get(0).get("grossWac").asText())));
        assertEquals(0, new BigDecimal("4").compareTo(new BigDecimal(g1.get("cashflows").get(12).get("grossWac").asText())));
        // a 60/40 split of the same group, the 40% never resetting within the run: 0.6 x 4 + 0.4 x 6.711657 = 5.0846628
        CliRun split = run(project("--cpr", "20", "--format", "json", "--arm",
                "1=share:60,index:1.3,margin:2.75,first:1,every:12,cap:5,life:12;share:40,index:1.3,margin:2.75,first:999,every:12,cap:5,"
                        + "life:12"));
        assertEquals(0, split.exit(), split.err());
        JsonNode g = new ObjectMapper().readTree(split.out()).get("scenarios").get(0).get("groups").get(0);
        assertEquals(0, new BigDecimal("5.0846628").compareTo(new BigDecimal(g.get("cashflows").get(0).get("grossWac").asText())),
                g.get("cashflows").get(0).get("grossWac").asText());
    }

    @Test
    void theBundledArmFileRuns() {
        CliRun r = run(project("--cpr", "10", "--arm-file", "deals/boams-2002-k/arm/example-cohorts.yaml"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Scenario 1 of 1: 10 CPR, group 1 ARM index 1.3 | 1.3/1.4/1.5/1.75/2 (2 cohorts), group 4 ARM index 1.3"),
                r.out());
        assertTrue(r.out().contains("  rates 4:   hybrid ARM, 1 cohort: 100% at the group WAC: index 1.3 + margin 2.75 rounded to the "
                + "nearest 1/8%, first reset month 69 then every 12, caps 5 first / 2 periodic / 10.75 lifetime, floor 2.75"), r.out());
    }

    @Test
    void htmlWithOutWritesProjectionHtmlWholeAndNamesIt(@TempDir Path dir) throws IOException {
        Path out = dir;
        CliRun r = run(project("--cpr", "10,30", "--format", "html", "--out", out.toString()));
        assertEquals(0, r.exit(), r.err());
        assertEquals(out.resolve("projection.html") + System.lineSeparator(), r.out());
        String html = Files.readString(out.resolve("projection.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"));
        assertTrue(html.contains("<tr data-class=\"A1\" data-scenario=\"10 CPR\"><td>10 CPR</td><td class=\"num wal\">6.92</td>"));
        assertTrue(html.contains("<figure class=\"chart wal-speed\">"));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(1, files.count(), "one file, no temporary file left");
        }
    }
}
