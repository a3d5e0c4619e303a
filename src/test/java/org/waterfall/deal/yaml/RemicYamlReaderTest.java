package org.waterfall.deal.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waterfall.InputException;
import org.waterfall.remic.InterestRule;
import org.waterfall.remic.RemicDeal;
import org.waterfall.rules.PrincipalRule;

class RemicYamlReaderTest {

    /** A small valid deal; tests replace one line to break it. */
    private static final String SMALL = """
            kind: remic
            id: small
            calendar: {settlement: 2025-02-28, firstDistributionDate: 2025-03-25, paymentDay: 25}
            collateral:
              - group: "1"
                lines:
                  - {balance: 1000000, loanRate: 6.5, passThroughRate: 6.0, originalTerm: 360, remainingTerm: 350, age: 10}
            classes:
              - {name: A, group: "1", original: 600000, coupon: {fixed: 6.0}}
              - {name: Z, group: "1", original: 400000, coupon: {fixed: 6.0}, accrual: true}
            waterfall:
              - group: "1"
                accretion:
                  - {from: Z, pay: A}
                principal: {sequential: [A, Z]}
            """;

    private static String problem(String yaml) {
        InputException e = assertThrows(InputException.class, () -> RemicYamlReader.read("small.yaml", yaml, null));
        return e.getMessage();
    }

    @Test
    void readsFnr2006018WithItsLinesSchedulesAndRules() {
        RemicDeal deal = RemicYamlReader.read(Path.of("deals/fnr-2006-018/deal.yaml"));
        assertEquals(15, deal.classes().size());
        assertEquals(2, deal.groups().get(0).lines().size());
        assertEquals(1, deal.groups().get(0).atSpeed().size());
        PrincipalRule.Sequential principal = (PrincipalRule.Sequential) deal.waterfalls().get(0).principal();
        assertEquals(6, principal.steps().size());
        PrincipalRule.ToTarget pacs = (PrincipalRule.ToTarget) principal.steps().get(0);
        assertEquals(List.of(0, 1, 2, 3, 4), pacs.classes(), "the aggregate is the classes the rule pays");
        assertEquals(new BigDecimal("87773713.75"), pacs.schedule().target(java.time.YearMonth.of(2007, 3)));
        assertTrue(deal.classes().get(4).interest() instanceof InterestRule.PrincipalOnly);
    }

    @Test
    void readsFnm202521WithFloatersNotionalsAndExchangeables() {
        RemicDeal deal = RemicYamlReader.read(Path.of("deals/fnm-2025-21/deal.yaml"));
        assertEquals(10, deal.classes().size());
        assertEquals(List.of("BC", "BW"), deal.exchangeables().stream().map(e -> e.name()).toList());
        var sb = deal.classes().get(deal.classIndex("SB"));
        assertEquals(List.of(deal.classIndex("FB")), sb.notional().classes());
        assertTrue(!sb.delay(), "floating classes are no-delay");
        assertTrue(deal.classes().get(deal.classIndex("BA")).delay());
        assertEquals(0, new BigDecimal("4.32927").compareTo(deal.impliedIndex().level(1)));
    }

    @Test
    void theSmallDealReads() {
        assertEquals(2, RemicYamlReader.read("small.yaml", SMALL, null).classes().size());
    }

    @Test
    void anUnknownKeyIsNamedWithItsLine() {
        String msg = problem(SMALL.replace("accrual: true}", "accrual: true, acrual: 1}"));
        assertEquals("small.yaml:10: classes[1].acrual: unknown key 'acrual'", msg);
    }

    @Test
    void aWrongTypeIsNamedWithItsLine() {
        String msg = problem(SMALL.replace("original: 600000", "original: lots"));
        assertTrue(msg.startsWith("small.yaml:9: classes[0].original: wrong type: expected a number"), msg);
    }

    @Test
    void aRuleNamingAnUnknownClassIsRefusedAtItsLine() {
        String msg = problem(SMALL.replace("principal: {sequential: [A, Z]}", "principal: {sequential: [A, Y]}"));
        assertEquals("small.yaml:15: waterfall[0].principal.sequential[1]: no class 'Y'", msg);
    }

    @Test
    void aRuleWithTwoKindsIsRefused() {
        String msg = problem(SMALL.replace("principal: {sequential: [A, Z]}", "principal: {sequential: [A, Z], proRata: [A, Z]}"));
        assertTrue(msg.contains("waterfall[0].principal: a rule is a class name or exactly one of"), msg);
    }

    @Test
    void accretionFromAClassThatDoesNotAccrueIsRefused() {
        String msg = problem(SMALL.replace("{from: Z, pay: A}", "{from: A, pay: Z}"));
        assertEquals("small.yaml:14: waterfall[0].accretion[0].from: class A is not an accrual class (accrual: true)", msg);
    }

    @Test
    void classesThatDoNotAddUpToTheCollateralAreRefused() {
        String msg = problem(SMALL.replace("original: 400000", "original: 400001"));
        assertTrue(msg.contains("collateral[0]: group 1's classes total 1000001 but its lines total 1000000"), msg);
    }

    @Test
    void aCouponNeedsExactlyOneKind() {
        String msg = problem(SMALL.replace("coupon: {fixed: 6.0}}\n  - {name: Z", "coupon: {fixed: 6.0, principalOnly: true}}\n  - {name: Z"));
        assertTrue(msg.contains("classes[0].coupon: needs exactly one of fixed, principalOnly, netWac, floating, inverseFloating (found 2)"), msg);
    }

    @Test
    void aLineOutOfRangeIsNamed() {
        String msg = problem(SMALL.replace("remainingTerm: 350", "remainingTerm: 361"));
        assertTrue(msg.startsWith("small.yaml:7: collateral[0].lines[0]: remainingTerm must be 1..originalTerm (360): 361"), msg);
    }

    @Test
    void aScheduleFileWithABadRowIsNamedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pac.csv"), "distribution_date,planned_balance\n2025-03-01,600000\n2025-04-01,lots\n");
        String yaml = SMALL.replace("classes:", "schedules:\n  - {id: pac, file: pac.csv}\nclasses:")
                .replace("principal: {sequential: [A, Z]}", "principal: {sequential: [{toTarget: {schedule: pac, pay: A}}, Z, A]}");
        InputException e = assertThrows(InputException.class, () -> RemicYamlReader.read("small.yaml", yaml, dir));
        assertEquals(dir.resolve("pac.csv") + ":3: expected a date (yyyy-mm-dd) and a balance, not '2025-04-01,lots'",
                e.problems().get(0).toString());
    }

    @Test
    void aScheduleOutsideTheDealsFolderIsRefused() {
        String yaml = SMALL.replace("classes:", "schedules:\n  - {id: pac, file: ../pac.csv}\nclasses:");
        String msg = assertThrows(InputException.class, () -> RemicYamlReader.read("small.yaml", yaml, Path.of("."))).getMessage();
        assertTrue(msg.contains("schedules[0].file: a schedule file is named relative to the deal file, inside its folder"), msg);
    }

    @Test
    void aClassThePrincipalRuleNeverPaysIsRefused() {
        String msg = problem(SMALL.replace("principal: {sequential: [A, Z]}", "principal: A"));
        assertEquals("small.yaml:10: classes[1]: class Z has a balance but its group's principal rule never pays it", msg);
    }

    @Test
    void aDealWithoutCollateralOrClassesIsRefused() {
        String msg = problem("kind: remic\nid: x\ncalendar: {settlement: 2025-02-28, firstDistributionDate: 2025-03-25, paymentDay: 25}\n"
                + "collateral: []\nclasses: []\nwaterfall: []\n");
        assertEquals("small.yaml:4: collateral: a deal needs at least one collateral group (and 1 more problem)", msg);
    }

    @Test
    void aNasRuleReadsWithItsStepsAndPool() {
        RemicDeal deal = RemicYamlReader.read("small.yaml", SMALL.replace("principal: {sequential: [A, Z]}",
                "principal: {sequential: [{nas: {steps: [{fromPeriod: 1, percent: 0}, {fromPeriod: 61, percent: 45}], classes: [Z], "
                        + "pool: [A, Z], pay: Z}}, A, Z]}"), null);
        PrincipalRule.Nas nas = (PrincipalRule.Nas) ((PrincipalRule.Sequential) deal.waterfalls().get(0).principal()).steps().get(0);
        assertEquals(0, new BigDecimal("45").compareTo(nas.percent(61)));
        assertEquals(0, nas.percent(60).signum());
        assertEquals(List.of(0, 1), nas.pool());
    }

    @Test
    void aKeyWithoutAValueIsRequiredNotAJavaError() {
        assertEquals("small.yaml:3: calendar.paymentDay: is required", problem(SMALL.replace("paymentDay: 25", "paymentDay: ~")));
        assertEquals("small.yaml:7: collateral[0].lines[0].age: is required", problem(SMALL.replace("age: 10}", "age: ~}")));
        assertTrue(problem(SMALL.replace("coupon: {fixed: 6.0}}\n  - {name: Z", "coupon: ~}\n  - {name: Z"))
                .startsWith("small.yaml:9: classes[0].coupon: is required"));
        assertEquals("small.yaml:15: waterfall[0].principal.sequential[1]: has no value (null)",
                problem(SMALL.replace("principal: {sequential: [A, Z]}", "principal: {sequential: [A, ~]}")));
    }

    @Test
    void anUnknownScheduleIsNamed() {
        String msg = problem(SMALL.replace("principal: {sequential: [A, Z]}", "principal: {toTarget: {schedule: pac, pay: A}}"));
        assertTrue(msg.contains("waterfall[0].principal.toTarget.schedule: no schedule 'pac'"), msg);
    }

    @Test
    void aDealFileWithoutKindRemicIsAShiftingInterestDeal() {
        assertEquals(DealKind.SHIFTING_INTEREST, DealKind.of(Path.of("deals/boams-2002-k/deal.yaml")));
        assertEquals(DealKind.REMIC, DealKind.of(Path.of("deals/fnm-2025-21/deal.yaml")));
    }
}
