package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every user mistake gets exit code 2, one line on stderr naming the file (and line and field where there is
 * one), no stack trace, and nothing on stdout.
 */
class BadInputTest {

    private static final Path DEAL = Path.of("deals/boams-2002-k/deal.yaml");
    private static final Path STATEMENT = Path.of("deals/boams-2002-k/statements/2003-11-20.txt");

    @TempDir
    Path dir;


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** Exit 2, no output, one stderr line that contains every expected fragment, no stack trace. */
    private static void assertRefused(CliRun r, String... fragments) {
        assertEquals(2, r.exit(), "exit code; stderr: " + r.err());
        assertEquals("", r.out(), "no partial output");
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("waterfall: "), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "'" + f + "' missing from: " + r.err());
        }
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path statementWith(String name, UnaryOperator<String> change) throws IOException {
        return write(name, change.apply(Files.readString(STATEMENT, StandardCharsets.UTF_8)));
    }

    private Path dealWith(String name, UnaryOperator<String> change) throws IOException {
        String changed = change.apply(Files.readString(DEAL, StandardCharsets.UTF_8));
        assertFalse(changed.equals(Files.readString(DEAL, StandardCharsets.UTF_8)), "the fixture must change the deal");
        return write(name, changed);
    }

    // --- files ---------------------------------------------------------------------------------------

    /** The same file mistakes through every command that reads a statement and a deal. */
    private CliRun[] everyCommand(Path deal, Path statement) {
        return new CliRun[] {
            run("verify", deal.toString(), statement.toString()),
            run("project", deal.toString(), "--from", statement.toString(), "--cpr", "10"),
            run("price", deal.toString(), "--from", statement.toString(), "--class", "A1", "--cpr", "10", "--price", "100")
        };
    }

    @Test
    void everyCommandRefusesAMissingStatementOrDeal() {
        for (CliRun r : everyCommand(DEAL, dir.resolve("gone.txt"))) {
            assertRefused(r, "gone.txt", "file not found");
        }
        for (CliRun r : everyCommand(dir.resolve("gone.yaml"), STATEMENT)) {
            assertRefused(r, "gone.yaml", "file not found");
        }
    }

    @Test
    void everyCommandRefusesEmptyBinaryAndForeignFiles() throws IOException {
        Path empty = write("empty.txt", "");
        Path binary = dir.resolve("binary.txt");
        Files.write(binary, new byte[] {1, 2, 0, 3});
        Path letter = write("letter.txt", "Dear investor,\nthank you.\n");
        Path other = statementWith("otherdeal.txt", s -> s.replace("Series 2002-K", "Series 2002-J"));
        for (CliRun r : everyCommand(DEAL, empty)) {
            assertRefused(r, "empty.txt", "empty");
        }
        for (CliRun r : everyCommand(DEAL, binary)) {
            assertRefused(r, "binary.txt", "binary");
        }
        for (CliRun r : everyCommand(DEAL, letter)) {
            assertRefused(r, "letter.txt", "not a trustee statement");
        }
        for (CliRun r : everyCommand(DEAL, other)) {
            assertRefused(r, "otherdeal.txt", "2002-J");
        }
    }

    @Test
    void everyCommandRefusesABrokenDeal() throws IOException {
        Path deal = dealWith("broken.yaml", s -> s.replace("  - { name: A3,", "  - { colour: red, name: A3,"));
        for (CliRun r : everyCommand(deal, STATEMENT)) {
            assertRefused(r, "broken.yaml:32:", "classes[2].colour", "unknown key");
        }
    }

    /** A value refused at parse time: one line naming the option, then picocli's usage hint. */
    private static void assertRefusedWithHint(CliRun r, String... fragments) {
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(1).startsWith("Try '"), r.err());
        assertRefused(new CliRun(r.exit(), r.out(), lines.get(0)), fragments);
    }

    @Test
    void projectAndPriceRefuseImpossibleAssumptions() {
        assertRefusedWithHint(run("project", DEAL.toString(), "--from", STATEMENT.toString(), "--cpr", "-5"), "--cpr");
        assertRefusedWithHint(run("project", DEAL.toString(), "--from", STATEMENT.toString(), "--cpr", "10", "--severity", "150"),
                "--severity");
        assertRefused(run("price", DEAL.toString(), "--from", STATEMENT.toString(), "--class", "Z9", "--cpr", "10",
                "--price", "100"), "Z9");
    }

    @Test
    void missingStatement() {
        assertRefused(run("verify", DEAL.toString(), dir.resolve("none.txt").toString()), "none.txt", "file not found");
        assertRefused(run("parse", dir.resolve("none.txt").toString()), "none.txt", "file not found");
    }

    @Test
    void missingDeal() {
        assertRefused(run("verify", dir.resolve("none.yaml").toString(), STATEMENT.toString()), "none.yaml", "file not found");
    }

    @Test
    void directoryInsteadOfFile() {
        assertRefused(run("parse", dir.toString()), "directory");
    }

    @Test
    void unreadableFile() throws IOException {
        Path p = write("locked.txt", "x");
        boolean locked = p.toFile().setReadable(false, false);
        if (locked && !Files.isReadable(p)) { // root can read anything; then this case cannot be made here
            assertRefused(run("parse", p.toString()), "locked.txt", "cannot read");
        }
        p.toFile().setReadable(true, false);
    }

    @Test
    void emptyStatement() throws IOException {
        assertRefused(run("parse", write("empty.txt", "").toString()), "empty.txt", "empty");
    }

    @Test
    void binaryStatement() throws IOException {
        Path p = dir.resolve("bin.txt");
        Files.write(p, new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3});
        assertRefused(run("parse", p.toString()), "bin.txt", "binary");
    }

    @Test
    void documentThatIsNotATrusteeStatement() throws IOException {
        assertRefused(run("parse", write("letter.txt", "Dear investor,\nthank you.\n").toString()), "letter.txt",
                "not a trustee statement");
    }

    // --- statements --------------------------------------------------------------------------------

    @Test
    void statementOfAnotherDeal() throws IOException {
        Path p = statementWith("other.txt", s -> s.replace("Series 2002-K", "Series 2002-J"));
        assertRefused(run("verify", DEAL.toString(), p.toString()), "other.txt", "series", "2002-J");
    }

    @Test
    void truncatedStatement() throws IOException {
        Path p = statementWith("cut.txt", s -> s.substring(0, s.indexOf("COLLATERAL INFORMATION")));
        assertRefused(run("verify", DEAL.toString(), p.toString()), "cut.txt", "missing section", "COLLATERAL INFORMATION");
    }

    @Test
    void missingSection() throws IOException {
        Path p = statementWith("nodelinq.txt", s -> s.replace("DELINQUENCY INFORMATION", "SOMETHING ELSE"));
        assertRefused(run("parse", p.toString()), "nodelinq.txt", "missing section", "DELINQUENCY");
    }

    @Test
    void numberWithAStrayLetter() throws IOException {
        Path p = statementWith("stray.txt", s -> s.replaceFirst("452,425\\.46", "452,4x5.46"));
        assertRefused(run("verify", DEAL.toString(), p.toString()), "stray.txt:", "class.A1.interest", "452,4x5.46");
    }

    @Test
    void classTheDealDoesNotDefine() throws IOException {
        Path p = statementWith("extra.txt", s -> s.replace(" A7 ", " A8 "));
        assertRefused(run("verify", DEAL.toString(), p.toString()), "extra.txt:", "class.A8", "not defined by the deal");
    }

    @Test
    void classTheStatementDoesNotPrint() throws IOException {
        Path deal = dealWith("more.yaml", s -> s.replace("  - { name: B6,",
                "  - { name: B7, cusip: 06050HYJ1, role: subordinate, original: 100, coupon: { subordinateNetWac: { minus: 0 } } }\n  - { name: B6,")
                .replace("subordinates: [B1, B2, B3, B4, B5, B6]", "subordinates: [B1, B2, B3, B4, B5, B7, B6]"));
        assertRefused(run("verify", deal.toString(), STATEMENT.toString()), "class.B7", "does not print it");
    }

    @Test
    void cusipThatDisagreesWithTheDeal() throws IOException {
        Path p = statementWith("cusip.txt", s -> s.replace("06050HXK9", "06050HXK8"));
        assertRefused(run("verify", DEAL.toString(), p.toString()), "cusip.txt:", "class.A1.cusip", "06050HXK8");
    }

    @Test
    void classRowMissingFromOneTable() throws IOException {
        String text = Files.readString(STATEMENT, StandardCharsets.UTF_8);
        int factorTable = text.indexOf("06050HXR4");
        int start = text.lastIndexOf('\n', factorTable) + 1;
        int end = text.indexOf('\n', factorTable) + 1;
        Path p = write("norow.txt", text.substring(0, start) + text.substring(end));
        assertRefused(run("parse", p.toString()), "norow.txt", "A7", "factor table");
    }

    @Test
    void inconsistentPaymentDates() throws IOException {
        Path p = statementWith("dates.txt", s -> s.replaceFirst("Payment Date: 11/20/03", "Payment Date: 12/20/03"));
        assertRefused(run("parse", p.toString()), "dates.txt:", "distributionDate");
    }

    // --- deal YAML ---------------------------------------------------------------------------------

    @Test
    void yamlSyntaxError() throws IOException {
        Path deal = dealWith("syntax.yaml", s -> s.replace("paymentDay: 20", "paymentDay: [20"));
        assertRefused(run("verify", deal.toString(), STATEMENT.toString()), "syntax.yaml:", "YAML syntax error");
    }

    @Test
    void unknownKey() throws IOException {
        Path deal = dealWith("unknown.yaml", s -> s.replace("  - { name: A3,", "  - { colour: red, name: A3,"));
        assertRefused(run("verify", deal.toString(), STATEMENT.toString()), "unknown.yaml:32:", "classes[2].colour",
                "unknown key");
    }

    @Test
    void wrongType() throws IOException {
        Path deal = dealWith("type.yaml", s -> s.replace("original: 43000000", "original: abc"));
        assertRefused(run("verify", deal.toString(), STATEMENT.toString()), "type.yaml:32:", "classes[2].original",
                "expected a number", "abc");
    }

    @Test
    void missingRequiredField() throws IOException {
        Path deal = dealWith("missing.yaml", s -> s.replace("original: 43000000,  coupon: { fixed: 3.500, cap: groupNetWac } }", "original: 43000000 }"));
        assertRefused(run("verify", deal.toString(), STATEMENT.toString()), "missing.yaml:32:", "classes[2]",
                "missing required key 'coupon'");
    }

    @Test
    void negativeBalance() throws IOException {
        Path deal = dealWith("negative.yaml", s -> s.replace("original: 15000000", "original: -15000000"));
        assertRefused(run("verify", deal.toString(), STATEMENT.toString()), "negative.yaml:31:", "classes[1].original",
                "negative");
    }

    @Test
    void inconsistentStepDownSchedule() throws IOException {
        Path deal = dealWith("steps.yaml", s -> s.replace("{ throughDate: 96,  shift: 70 }", "{ throughDate: 80,  shift: 70 }"));
        assertRefused(run("verify", deal.toString(), STATEMENT.toString()), "steps.yaml:", "prepaymentShift[1].throughDate",
                "must increase");
    }

    @Test
    void ruleReferringToAnUnknownClass() throws IOException {
        Path deal = dealWith("class.yaml", s -> s.replace("order: [B6, B5,", "order: [B9, B5,"));
        assertRefused(run("verify", deal.toString(), STATEMENT.toString()), "class.yaml:", "losses.order[0]", "B9");
    }

    @Test
    void seniorPrincipalRuleNamingAnUnknownClass() throws IOException {
        Path deal = dealWith("rule-class.yaml", s -> s.replace("seniorPrincipal: 3A1 }", "seniorPrincipal: 3A9 }"));
        assertRefused(run("verify", deal.toString(), STATEMENT.toString()), "rule-class.yaml:115:", "waterfall.groups[2].seniorPrincipal",
                "no class '3A9'");
    }

    @Test
    void seniorPrincipalRulePayingASeniorOfAnotherGroup() throws IOException {
        Path deal = dealWith("rule-group.yaml", s -> s.replace("seniorPrincipal: 3A1 }", "seniorPrincipal: { proRata: [3A1, 4A1] } }"));
        assertRefused(run("project", deal.toString(), "--from", STATEMENT.toString(), "--cpr", "10"), "rule-group.yaml:115:",
                "waterfall.groups[2].seniorPrincipal.proRata", "class 4A1 is a senior of group 4, not of group 3");
    }

    @Test
    void seniorPrincipalRulePayingASubordinateClass() throws IOException {
        Path deal = dealWith("rule-sub.yaml", s -> s.replace("seniorPrincipal: 4A1 }", "seniorPrincipal: { sequential: [4A1, B1] } }"));
        assertRefused(run("verify", deal.toString(), STATEMENT.toString()), "rule-sub.yaml:116:",
                "waterfall.groups[3].seniorPrincipal.sequential[1]", "class B1 is a subordinate class");
    }

    @Test
    void stepsOutOfTheOrderOfPayments() throws IOException {
        Path deal = dealWith("rule-steps.yaml", s -> s.replace("Losses, WriteDowns, Results]", "WriteDowns, Losses, Results]"));
        assertRefused(run("verify", deal.toString(), STATEMENT.toString()), "rule-steps.yaml:111:", "waterfall.steps[10]",
                "step Losses cannot come after WriteDowns");
    }

    @Test
    void classReferringToAnUnknownGroup() throws IOException {
        Path deal = dealWith("group.yaml", s -> s.replace("{ name: 3A1, cusip: 06050HXY9, group: \"3\"", "{ name: 3A1, cusip: 06050HXY9, group: \"9\""));
        assertRefused(run("verify", deal.toString(), STATEMENT.toString()), "group.yaml:", "classes[13].group",
                "unknown group '9'");
    }

    @Test
    void aliasExpansionBomb() throws IOException {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
            }
            yaml.append("]\n");
        }
        Path deal = write("bomb.yaml", yaml.toString());
        assertRefused(run("verify", deal.toString(), STATEMENT.toString()), "bomb.yaml");
    }

    @Test
    void oversizedDocument() throws IOException {
        Path deal = write("huge.yaml", "# " + "x".repeat(2_000_000) + "\n");
        assertRefused(run("verify", deal.toString(), STATEMENT.toString()), "huge.yaml", "limit");
    }

    @Test
    void emptyDeal() throws IOException {
        assertRefused(run("verify", write("empty.yaml", "").toString(), STATEMENT.toString()), "empty.yaml", "empty");
    }

    @Test
    void nothingIsWrittenOnFailure() throws IOException {
        Path report = dir.resolve("report.json");
        Path bad = statementWith("stray2.txt", s -> s.replaceFirst("452,425\\.46", "452,4x5.46"));
        assertRefused(run("verify", DEAL.toString(), bad.toString(), "--format", "json", "--out", report.toString()),
                "stray2.txt");
        assertFalse(Files.exists(report), "no partial report");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
        CliRun ok = run("verify", DEAL.toString(), STATEMENT.toString(), "--format", "json", "--out", report.toString());
        assertEquals(1, ok.exit());
        assertEquals("", ok.out());
        assertTrue(Files.readString(report, StandardCharsets.UTF_8).contains("\"summary\""));
    }

    @Test
    void debugShowsTheStackTrace() {
        CliRun r = run("--debug", "verify", DEAL.toString(), dir.resolve("none.txt").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("InputException"), r.err());
    }

    @Test
    void badOption() {
        CliRun r = run("verify", DEAL.toString(), STATEMENT.toString(), "--format", "xml");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("--format"), r.err());
    }

    @Test
    void anUnknownGroupInPeriodDataIsOneLineNamingFileLineAndKeyInEveryCommand() throws IOException {
        String data = java.nio.file.Files.readString(Path.of("deals/boams-2002-k/collateral/2003-11.yaml"))
                .replace("{ group: \"3\"", "{ group: \"7\"");
        Path p = write("unknown-group.yaml", data);
        int line = data.substring(0, data.indexOf("group: \"7\"")).split("\n", -1).length;
        assertRefused(run("verify", DEAL.toString(), STATEMENT.toString(), "--collateral", p.toString()),
                "unknown-group.yaml:" + line + ":", "groups[2].group", "unknown group '7'");
        assertRefused(run("render", DEAL.toString(), STATEMENT.toString(), "--collateral", p.toString()),
                "unknown-group.yaml:" + line + ":", "groups[2].group", "unknown group '7'");
        assertRefused(run("project", DEAL.toString(), "--start", p.toString(), "--cpr", "10"),
                "unknown-group.yaml:" + line + ":", "groups[2].group", "unknown group '7'");
    }

    @Test
    void periodDataInAnotherOrderGivesTheSameReport() throws IOException {
        String data = java.nio.file.Files.readString(Path.of("deals/boams-2002-k/collateral/2003-11.yaml"));
        String[] lines = data.split("\n", -1);
        java.util.List<Integer> groupLines = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith("- { group:")) {
                groupLines.add(i);
            }
        }
        String first = lines[groupLines.get(0)];
        lines[groupLines.get(0)] = lines[groupLines.get(3)];
        lines[groupLines.get(3)] = first;
        Path p = write("reordered.yaml", String.join("\n", lines));
        CliRun ordered = run("verify", DEAL.toString(), STATEMENT.toString(), "--collateral", "deals/boams-2002-k/collateral/2003-11.yaml",
                "--format", "csv");
        CliRun reordered = run("verify", DEAL.toString(), STATEMENT.toString(), "--collateral", p.toString(), "--format", "csv");
        assertEquals(1, reordered.exit(), reordered.err());
        assertTrue(reordered.out().contains("aggregate.senior.prepaymentPercentage,") && reordered.out().contains(",96.885816,"),
                "the aggregate SPP weights each group's own prepayments");
        assertEquals(ordered.out().replace("deals/boams-2002-k/collateral/2003-11.yaml", "X"),
                reordered.out().replace(p.toString(), "X"));
    }

    // --- rate assumptions and plausibility -----------------------------------------------------------

    private static final String ARM = "1=index:1.3,margin:2.75,first:1,every:12,cap:5,life:12";

    private static CliRun project(String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("project", DEAL.toString(), "--from", STATEMENT.toString(),
                "--cpr", "10"));
        args.addAll(java.util.List.of(more));
        return run(args.toArray(new String[0]));
    }

    @Test
    void twoRateAssumptionsForOneGroupAreRefused() throws IOException {
        assertRefused(project("--arm", ARM, "--arm", ARM), "--arm: group 1 has two rate assumptions (--arm twice): give one per group");
        assertRefused(project("--wac-path", "1=6,5.5", "--arm", ARM),
                "--arm: group 1 has two rate assumptions (--wac-path and --arm): give one per group");
        Path arm = write("arm.yaml", "groups:\n  - group: \"1\"\n    cohorts:\n"
                + "      - { index: 1.3, margin: 2.75, first: 1, every: 12, cap: 5, life: 12 }\n");
        assertRefused(project("--arm", ARM, "--arm-file", arm.toString()),
                arm + ":2: groups[0].group: group 1 has two rate assumptions (--arm and --arm-file): give one per group");
        assertRefused(run("price", DEAL.toString(), "--from", STATEMENT.toString(), "--class", "A1", "--price", "100", "--arm", ARM,
                "--wac-path", "1=6"), "group 1 has two rate assumptions");
        assertEquals(0, project("--arm-file", arm.toString(), "--arm", "2" + ARM.substring(1)).exit(), "one per group runs");
    }

    @Test
    void aBadArmSpecOrFileIsOneLine() throws IOException {
        // a spec that cannot be read is refused as it is parsed: one line, then the usage hint
        assertRefusedWithHint(project("--arm", "1=index:1.3,margin:2.75,first:1,every:12,cap:5"),
                "--arm: group 1: life: give exactly one of life (the highest rate) and lifeover");
        assertRefused(project("--arm", "9" + ARM.substring(1)), "--arm: the deal has no group '9'");
        Path arm = write("bad-arm.yaml", "groups:\n  - group: \"1\"\n    cohorts:\n"
                + "      - { index: 1.3, margin: 2.75, first: 1, every: 12, cap: 5, life: 12, colour: red }\n");
        assertRefused(project("--arm-file", arm.toString()), "bad-arm.yaml:4: groups[0].cohorts[0].colour: unknown key 'colour'");
        Path unknownGroup = write("arm9.yaml", "groups:\n  - group: \"9\"\n    cohorts:\n"
                + "      - { index: 1.3, margin: 2.75, first: 1, every: 12, cap: 5, life: 12 }\n");
        assertRefused(project("--arm-file", unknownGroup.toString()), "arm9.yaml:2: groups[0].group: the deal has no group '9'");
        assertRefused(project("--arm-file", dir.resolve("none.yaml").toString()), "none.yaml", "file not found");
    }

    @Test
    void anImplausibleRateOptionIsRefusedUnlessAllowed() {
        assertRefused(project("--wac-path", "2=6,0.1"), "--wac-path: group 2, projected month 2: gross WAC 0.1% is not above the group's "
                + "fees of 0.25%: the net WAC would be negative (--allow-implausible if intended)");
        assertEquals(0, project("--wac-path", "2=6,0.3", "--allow-implausible").exit());
    }

    private Path periodWith(String name, String from, String to) throws IOException {
        String text = Files.readString(Path.of("deals/boams-2002-k/collateral/2003-11.yaml"), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        return write(name, text.replace(from, to));
    }

    @Test
    void anImplausiblePeriodFileIsRefusedByEveryCommandThatReadsOne() throws IOException {
        // a gross WAC of 0 on group 1: below the fees, and 693 months left on 360-month loans
        Path p = periodWith("zero-wac.yaml", "grossWac: 6.711657", "grossWac: 0");
        String first = "zero-wac.yaml:11: groups[0].grossWac: gross WAC 0% is not above the group's fees of 0.25%";
        assertRefused(run("verify", DEAL.toString(), STATEMENT.toString(), "--collateral", p.toString()), first, "(and 1 more problem)");
        assertRefused(run("project", DEAL.toString(), "--start", p.toString()), first);
        assertRefused(run("price", DEAL.toString(), "--start", p.toString(), "--class", "A1", "--price", "100"), first);
        // scheduled principal that pays group 4 off in 10 months
        Path fast = periodWith("fast.yaml", "scheduledPrincipal: 36295.77,", "scheduledPrincipal: 2900000.00,");
        assertRefused(run("project", DEAL.toString(), "--start", fast.toString()), "fast.yaml:14: groups[3].scheduledPrincipal: scheduled "
                + "principal 2,900,000.00 on a beginning balance of 30,018,312.54 at 5.658272% gross WAC amortizes the group over 10 months, "
                + "less than 1/4 of the 347 months its 360-month loans have left after 13 distribution dates");
    }

    @Test
    void anImplausiblePeriodFileRunsWhenTheUserSaysItIsIntended() throws IOException {
        Path p = periodWith("zero-wac.yaml", "grossWac: 6.711657", "grossWac: 0");
        CliRun allowed = run("project", DEAL.toString(), "--start", p.toString(), "--allow-implausible");
        assertEquals(0, allowed.exit(), allowed.err());
        assertTrue(allowed.out().contains("group 1:   188,815,289.51 at 0% gross WAC, 692 months left"), allowed.out());
        assertEquals(1, run("verify", DEAL.toString(), STATEMENT.toString(), "--collateral", p.toString(), "--allow-implausible").exit());
        Path marked = periodWith("marked.yaml", "cumulativeLossesBefore: 0", "cumulativeLossesBefore: 0\nplausibility: unchecked");
        Files.writeString(marked, Files.readString(marked, StandardCharsets.UTF_8).replace("grossWac: 6.711657", "grossWac: 0"),
                StandardCharsets.UTF_8);
        assertEquals(0, run("project", DEAL.toString(), "--start", marked.toString()).exit());
    }
}
