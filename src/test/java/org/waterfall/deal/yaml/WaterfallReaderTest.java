package org.waterfall.deal.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waterfall.InputException;
import org.waterfall.deal.Deal;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.Waterfall;
import org.waterfall.deal.WaterfallStep;
import org.waterfall.rules.PrincipalRule;

/**
 * A shifting-interest deal's {@code waterfall} block: the steps, each group's senior principal rule in the shared
 * vocabulary, the subordinates' order; each mistake is one problem naming the file, the line and the key.
 */
class WaterfallReaderTest {

    private static final String FILE = "composed.yaml";

    private static final String DEAL = """
            id: composed
            calendar: { firstDistributionDate: 2020-01-25, paymentDay: 25 }
            groups:
              - { id: "1", servicingFeeRate: 0.25 }
              - { id: "2", servicingFeeRate: 0.25 }
            classes:
              - { name: R, group: "1", role: residual, original: 100, coupon: { groupNetWac: "1" } }
              - { name: A1, group: "1", role: senior, original: 400000, coupon: { fixed: 5.0 } }
              - { name: A2, group: "1", role: senior, original: 300000, coupon: { fixed: 5.0 } }
              - { name: N, group: "1", role: senior, original: 100000, coupon: { fixed: 5.0 } }
              - { name: X, group: "1", role: senior, original: 800000, notionalOf: [A1, A2, N], coupon: { wacExcessStrip: { group: "1", over: [A1, A2, N] } } }
              - { name: Q, group: "2", role: senior, original: 500000, coupon: { groupNetWac: "2" } }
              - { name: B1, role: subordinate, original: 60000, coupon: { subordinateNetWac: { minus: 0 } } }
              - { name: B2, role: subordinate, original: 40000, coupon: { subordinateNetWac: { minus: 0 } } }
            shiftingInterest:
              prepaymentShift: [ { throughDate: 84, shift: 100 } ]
            losses: { order: [B2, B1] }
            conventions:
              interest: CENTS_HALF_UP
              principal: CENTS_HALF_UP
              seniorRemainder: LARGEST_ABSORBS
              subordinateRemainder: LARGEST_ABSORBS
              factor: FACTOR_6_HALF_UP
              rate: RATE_PERCENT_6_HALF_UP
            waterfall:
              steps: [Accrual, InterestShortfalls, AvailableFunds, ShiftingInterestTests, SeniorPrincipal, SeniorPayments,
                      CrossCollateral, SubordinatePrincipal, SubordinatePayments, Losses, WriteDowns, Results]
              groups:
                - group: "1"
                  seniorPrincipal:
                    sequential:
                      - R
                      - nas: { steps: [{ fromPeriod: 1, percent: 0 }, { fromPeriod: 61, percent: 100 }], classes: [N], pool: [A1, A2, N], pay: N }
                      - A1
                      - A2
                      - N
                - { group: "2", seniorPrincipal: Q }
              subordinates: [B1, B2]
            """;

    private static Deal read(String text) {
        return DealYamlReader.read(FILE, text);
    }

    /** The deal text with one exact piece replaced (which must be there once). */
    private static String with(String from, String to) {
        return YamlTexts.replaceOnce(DEAL, from, to);
    }

    private static void assertOneProblem(String text, String marker, String key, String message) {
        YamlTexts.assertOneProblem(WaterfallReaderTest::read, FILE, text, marker, key, message);
    }

    @Test
    void eachGroupsRuleReadsWithItsClassesAsIndexesIntoTheClassList() {
        Deal deal = read(DEAL);
        PrincipalRule nas = new PrincipalRule.Nas(List.of(new PrincipalRule.Nas.Step(1, BigDecimal.ZERO),
                new PrincipalRule.Nas.Step(61, BigDecimal.valueOf(100))), List.of(3), List.of(1, 2, 3), new PrincipalRule.Pay(3));
        PrincipalRule group1 = new PrincipalRule.Sequential(List.of(new PrincipalRule.Pay(0), nas, new PrincipalRule.Pay(1),
                new PrincipalRule.Pay(2), new PrincipalRule.Pay(3)));
        assertEquals(group1, deal.waterfall().seniorPrincipal().get("1"));
        assertEquals(new PrincipalRule.Pay(5), deal.waterfall().seniorPrincipal().get("2"));
        assertEquals(List.of(6, 7), deal.waterfall().subordinates());
        ResolvedDeal resolved = deal.resolve();
        assertEquals(group1, resolved.seniorPrincipalRule(resolved.groupIndex("1")));
        assertEquals(Arrays.asList(WaterfallStep.values()), Arrays.asList(resolved.steps()));
    }

    @Test
    void withoutTheBlockEachGroupPaysItsResidualsInTurnThenItsOtherSeniorsProRata() {
        Deal deal = read(DEAL.substring(0, DEAL.indexOf("waterfall:")));
        assertEquals(new PrincipalRule.Sequential(List.of(new PrincipalRule.Pay(0), new PrincipalRule.ProRata(List.of(1, 2, 3)))),
                deal.waterfall().seniorPrincipal().get("1"));
        assertEquals(new PrincipalRule.ProRata(List.of(5)), deal.waterfall().seniorPrincipal().get("2"));
        assertEquals(Waterfall.standard(deal.groups(), deal.classes()), deal.waterfall());
        ResolvedDeal resolved = deal.resolve();
        assertEquals(List.of(1, 2, 3), Arrays.stream(resolved.proRataPeersOf(2)).boxed().toList(), "A2 shares pro rata with A1 and N");
        assertEquals(0, resolved.proRataPeersOf(0).length, "the residual is paid on its own");
        assertEquals(0, read(DEAL).resolve().proRataPeersOf(2).length, "written sequentially, A2 shares with no one");
    }

    @Test
    void theSubordinatesOrderIsTheOrderOfSeniorityTheEngineUses() {
        ResolvedDeal resolved = read(with("subordinates: [B1, B2]", "subordinates: [B2, B1]")).resolve();
        assertEquals(List.of("B2", "B1"), Arrays.stream(resolved.subordinates()).mapToObj(resolved::className).toList());
    }

    @Test
    void the2002KFileWritesTheStandardCompositionForItsGroupsWithResidualsAndPairs() {
        Deal deal = DealYamlReader.read(Path.of("deals/boams-2002-k/deal.yaml"));
        Waterfall standard = Waterfall.standard(deal.groups(), deal.classes());
        assertEquals(standard.seniorPrincipal().get("1"), deal.waterfall().seniorPrincipal().get("1"));
        assertEquals(standard.seniorPrincipal().get("2"), deal.waterfall().seniorPrincipal().get("2"));
        assertEquals(standard.steps(), deal.waterfall().steps());
        assertEquals(standard.subordinates(), deal.waterfall().subordinates());
        // one class: written as the class itself (pay it until retired), the standard rule's one-class pro rata
        assertEquals(new PrincipalRule.Pay(deal.resolve().classIndex("3A1")), deal.waterfall().seniorPrincipal().get("3"));
    }

    @Test
    void anUnknownClassIsNamedWhereItIsWritten() {
        String text = with("          - A2\n", "          - A9\n");
        assertOneProblem(text, "- A9", "waterfall.groups[0].seniorPrincipal.sequential[3]", "no class 'A9'");
    }

    @Test
    void aSeniorOfAnotherGroupIsRefused() {
        String text = with("          - A2\n", "          - A2\n          - Q\n");
        assertOneProblem(text, "- Q", "waterfall.groups[0].seniorPrincipal.sequential[4]", "class Q is a senior of group 2, not of group 1");
    }

    @Test
    void aClassInTwoGroupsRulesIsRefusedWhereItDoesNotBelong() {
        String text = with("{ group: \"2\", seniorPrincipal: Q }", "{ group: \"2\", seniorPrincipal: { sequential: [Q, A1] } }");
        assertOneProblem(text, "{ group: \"2\"", "waterfall.groups[1].seniorPrincipal.sequential[1]",
                "class A1 is a senior of group 1, not of group 2");
    }

    @Test
    void aSubordinateClassInASeniorRuleIsRefused() {
        String text = with("{ group: \"2\", seniorPrincipal: Q }", "{ group: \"2\", seniorPrincipal: { proRata: [Q, B1] } }");
        assertOneProblem(text, "{ group: \"2\"", "waterfall.groups[1].seniorPrincipal.proRata",
                "class B1 is a subordinate class: it is paid its share of the subordinate principal, not a group's senior principal");
    }

    @Test
    void anInterestOnlyClassIsRefused() {
        String text = with("          - A2\n", "          - X\n          - A2\n");
        assertOneProblem(text, "- X", "waterfall.groups[0].seniorPrincipal.sequential[3]", "class X is interest-only: it has no principal");
    }

    @Test
    void aClassNamedTwiceInOneProRataIsRefused() {
        String text = with("{ group: \"2\", seniorPrincipal: Q }", "{ group: \"2\", seniorPrincipal: { proRata: [Q, Q] } }");
        assertOneProblem(text, "{ group: \"2\"", "waterfall.groups[1].seniorPrincipal.proRata", "a class is named twice");
    }

    @Test
    void aSeniorTheRuleNeverPaysIsRefused() {
        String text = with("          - A2\n", "");
        assertOneProblem(text, "seniorPrincipal:", "waterfall.groups[0].seniorPrincipal", "senior class A2 of group 1 is paid by no step of the rule");
    }

    @Test
    void aSeniorPaidOnlyByItsNasShareIsRefusedSinceItsPrincipalCouldBeLeftUnpaid() {
        String text = with("          - N\n", "");
        assertOneProblem(text, "seniorPrincipal:", "waterfall.groups[0].seniorPrincipal",
                "senior class N is paid only under a lockout, NAS share or schedule: name it once more outside them (e.g. last in a"
                        + " sequential), so that the group's senior principal is always paid");
    }

    @Test
    void aGroupWithoutARuleIsRefused() {
        String text = with("    - { group: \"2\", seniorPrincipal: Q }\n", "");
        assertOneProblem(text, "  groups:", "waterfall.groups", "no senior principal rule for group 2");
    }

    @Test
    void aRuleForAnUnknownGroupOrTwoForOneGroupAreRefused() {
        assertOneProblem(with("{ group: \"2\", seniorPrincipal: Q }", "{ group: \"2\", seniorPrincipal: Q }\n    - { group: \"7\", seniorPrincipal: Q }"),
                "group: \"7\"", "waterfall.groups[2].group", "no group '7'");
        assertOneProblem(with("{ group: \"2\", seniorPrincipal: Q }", "{ group: \"2\", seniorPrincipal: Q }\n    - { group: \"2\", seniorPrincipal: { proRata: [Q] } }"),
                "proRata: [Q]", "waterfall.groups[2].group", "group 2 has a rule already");
    }

    @Test
    void anUnknownStepIsNamedWithTheSteps() {
        String text = with("[Accrual, InterestShortfalls,", "[Accrual, InterestShortfall,");
        assertOneProblem(text, "InterestShortfall,", "waterfall.steps[1]", "unknown step 'InterestShortfall'; the steps are Accrual, "
                + "InterestShortfalls, AvailableFunds, ShiftingInterestTests, SeniorPrincipal, SeniorPayments, CrossCollateral, "
                + "SubordinatePrincipal, SubordinatePayments, Losses, WriteDowns, Results");
    }

    @Test
    void aMisorderedStepIsRefused() {
        String text = with("SeniorPrincipal, SeniorPayments,", "SeniorPayments, SeniorPrincipal,");
        InputException e = assertThrows(InputException.class, () -> read(text));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertEquals(FILE + ":" + YamlTexts.lineOf(text, "steps:") + ": waterfall.steps[5]: step SeniorPrincipal cannot come after SeniorPayments: "
                + "the order of payments is Accrual, InterestShortfalls, AvailableFunds, ShiftingInterestTests, SeniorPrincipal, "
                + "SeniorPayments, CrossCollateral, SubordinatePrincipal, SubordinatePayments, Losses, WriteDowns, Results",
                e.problems().get(0).toString());
    }

    @Test
    void aMissingStepIsRefused() {
        String text = with(" WriteDowns,", "");
        InputException e = assertThrows(InputException.class, () -> read(text));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.getMessage().startsWith(FILE + ":" + YamlTexts.lineOf(text, "steps:") + ": waterfall.steps: step WriteDowns is missing"),
                e.getMessage());
    }

    @Test
    void theSubordinatesMustBeEverySubordinatePrincipalClassOnce() {
        assertOneProblem(with("subordinates: [B1, B2]", "subordinates: [B1]"), "subordinates:", "waterfall.subordinates",
                "subordinate class B2 is missing: list every one, most senior first");
        assertOneProblem(with("subordinates: [B1, B2]", "subordinates: [B1, A1, B2]"), "subordinates:", "waterfall.subordinates[1]",
                "class A1 is not a subordinate principal class");
        assertOneProblem(with("subordinates: [B1, B2]", "subordinates: [B1, B1, B2]"), "subordinates:", "waterfall.subordinates[1]",
                "class B1 is named twice");
    }

    @Test
    void aToTargetRuleNamesAScheduleFileBesideTheDealFile(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("pac.csv"), "distribution_date,planned_balance\n2020-01-25,400000.00\n2020-06-25,350000.00\n");
        String text = with("          - A1\n", "          - toTarget: { schedule: pac, pay: A1 }\n").replace("          - N\n", "          - N\n          - A1\n")
                .replace("waterfall:\n", "schedules:\n  - { id: pac, file: pac.csv }\nwaterfall:\n");
        PrincipalRule.Sequential rule = (PrincipalRule.Sequential) DealYamlReader.read(FILE, text, dir).waterfall().seniorPrincipal().get("1");
        PrincipalRule.ToTarget pac = (PrincipalRule.ToTarget) rule.steps().get(2);
        assertEquals(List.of(1), pac.classes());
        assertEquals(new BigDecimal("350000.00"), pac.schedule().target(java.time.YearMonth.of(2020, 7)));
        assertOneProblem(text.replace("file: pac.csv", "file: ../pac.csv"), "file: ../pac.csv", "schedules[0].file",
                "a schedule file is named relative to the deal file, inside its folder: '../pac.csv'");
    }

    @Test
    void schedulesWithoutAWaterfallBlockAreRefused() {
        String text = DEAL.substring(0, DEAL.indexOf("waterfall:")) + "schedules:\n  - { id: pac, file: pac.csv }\n";
        assertOneProblem(text, "schedules:", "schedules", "schedules are paid to by toTarget rules: write a waterfall block");
    }

    @Test
    void aScheduleIsRefusedInADealThatDefinesNone() {
        String text = with("seniorPrincipal: Q }", "seniorPrincipal: { toTarget: { schedule: pac, pay: Q } } }");
        assertOneProblem(text, "toTarget", "waterfall.groups[1].seniorPrincipal.toTarget.schedule",
                "no schedule 'pac' (the deal defines no schedules)");
    }
}
