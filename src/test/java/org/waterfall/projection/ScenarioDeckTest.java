package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waterfall.InputException;
import org.waterfall.InputProblem;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.ScenarioDeckYamlReader;

class ScenarioDeckTest {

    private static ScenarioDeck deck(String yaml) {
        return ScenarioDeck.of(ScenarioDeckYamlReader.read("deck.yaml", yaml), ProjectionFixtures.boams());
    }

    private static List<InputProblem> problems(String yaml) {
        return assertThrows(InputException.class, () -> deck(yaml)).problems();
    }

    private static Speed speed(Speed.Kind kind, double... values) {
        return new Speed(kind, values);
    }

    @Test
    void aDeckGivesTheSameScenariosAsTheCommandLineLists() {
        ScenarioDeck d = deck("""
                defaults: {severity: 40, lag: 6}
                scenarios:
                  - {cpr: 10, cdr: 1}
                  - {cpr: 10, cdr: 2}
                  - {cpr: 30, cdr: 1}
                  - {cpr: 30, cdr: 2}
                """);
        GroupAssumptions base = GroupAssumptions.NONE.withRecoveryLag(6);
        List<Scenario> grid = ScenarioGrid.combine(List.of(Speed.of(Speed.Kind.CPR, 10), Speed.of(Speed.Kind.CPR, 30)),
                List.of(Speed.of(Speed.Kind.CDR, 1), Speed.of(Speed.Kind.CDR, 2)), List.of(BigDecimal.valueOf(40)), base, Map.of(), null);
        assertEquals(grid, d.plans().stream().map(ScenarioPlan::scenario).toList());
        assertEquals("10 CPR, 1 CDR, 40% severity, 6-month lag", d.plans().get(0).scenario().name());
    }

    @Test
    void aScenarioCarriesVectorsGroupsRatePathsAndTheCall() {
        ScenarioDeck d = deck("""
                deck: monthly
                scenarios:
                  - name: ramp
                    cpr: [5, 10, 15]
                    sda: 200
                    severity: 30
                    call: 10
                    groups:
                      "3": {psa: 250, severity: 50}
                    wacPath: {"1": "6.9,7.1"}
                    arm: {"2": "index:1.2/1.5,margin:2.25,first:10,every:12,cap:2,life:11.7"}
                """);
        assertEquals("monthly", d.name());
        ScenarioPlan p = d.plans().get(0);
        Scenario s = p.scenario();
        assertEquals("ramp", s.name());
        assertEquals(speed(Speed.Kind.CPR, 5, 10, 15), s.assumptions().prepayment());
        assertEquals(Speed.of(Speed.Kind.SDA, 200), s.assumptions().defaults());
        assertEquals(0, new BigDecimal("30").compareTo(s.assumptions().severityPercent()));
        assertEquals(0, BigDecimal.TEN.compareTo(s.cleanUpCallPercent()));
        GroupAssumptions g3 = s.groupOverrides().get("3");
        assertEquals(Speed.of(Speed.Kind.PSA, 250), g3.prepayment());
        assertEquals(Speed.of(Speed.Kind.SDA, 200), g3.defaults(), "what the group does not give, it takes from the scenario");
        assertEquals(0, new BigDecimal("50").compareTo(g3.severityPercent()));
        assertEquals(new RatePath.WacVector(List.of(new BigDecimal("6.9"), new BigDecimal("7.1"))), p.ratePaths().get("1"));
        assertInstanceOf(RatePath.Cohorts.class, p.ratePaths().get("2"));
        assertEquals(ArmSpec.parseOption("2=index:1.2/1.5,margin:2.25,first:10,every:12,cap:2,life:11.7").path(), p.ratePaths().get("2"),
                "the deck's ARM spec is the command line's");
    }

    @Test
    void anUnnamedScenarioWithoutDefaultsIsNamedAfterItsPrepaymentAndHasNoCall() {
        Scenario s = deck("scenarios:\n  - {psa: 150}\n").plans().get(0).scenario();
        assertEquals("150 PSA", s.name());
        assertNull(s.cleanUpCallPercent());
        assertTrue(s.assumptions().defaults().isZero());
    }

    @Test
    void anUnknownKeyNamesTheFileLineAndKey() {
        List<InputProblem> p = problems("""
                scenarios:
                  - name: a
                    cpr: 10
                    sevrity: 40
                """);
        assertEquals(1, p.size());
        assertEquals("deck.yaml", p.get(0).file());
        assertEquals(4, p.get(0).line());
        assertTrue(p.get(0).message().contains("unknown key 'sevrity'"), p.get(0).toString());
    }

    @Test
    void aWrongTypeNamesTheKey() {
        InputProblem p = problems("scenarios:\n  - {cpr: 10, lag: soon}\n").get(0);
        assertEquals(2, p.line());
        assertTrue(p.field().endsWith("lag"), p.toString());
        assertTrue(p.message().startsWith("wrong type: expected a number"), p.toString());
    }

    @Test
    void everyValueOutOfRangeIsReportedWithItsLineAndKey() {
        List<InputProblem> p = problems("""
                scenarios:
                  - name: a
                    cpr: 100
                  - name: b
                    cdr: [1, -2]
                  - name: c
                    severity: 140
                    lag: 500
                  - name: d
                    call: 0
                """);
        assertEquals(List.of("scenarios[0].cpr", "scenarios[1].cdr", "scenarios[2].severity", "scenarios[2].lag", "scenarios[3].call"),
                p.stream().map(InputProblem::field).toList());
        assertEquals(List.of(3, 5, 7, 8, 10), p.stream().map(InputProblem::line).toList());
        assertEquals("deck.yaml:3: scenarios[0].cpr: CPR must be below 100: 100", p.get(0).toString());
    }

    @Test
    void twoPrepaymentCurvesInOneScenarioAreRefused() {
        InputProblem p = problems("scenarios:\n  - {cpr: 10, psa: 100}\n").get(0);
        assertEquals("scenarios[0].psa", p.field());
        assertTrue(p.message().contains("give one of cpr, psa, smm"), p.toString());
    }

    @Test
    void aGroupOrRatePathTheDealDoesNotHaveIsRefused() {
        List<InputProblem> p = problems("""
                scenarios:
                  - cpr: 10
                    groups:
                      "9": {cpr: 20}
                  - cpr: 10
                    arm: {"1": "index:2,margin:x,first:1,every:12,cap:2,life:9"}
                """);
        assertEquals(2, p.size());
        assertEquals("deck.yaml:4: scenarios[0].groups.9: the deal boams-2002-k has no group '9'", p.get(0).toString());
        assertEquals("deck.yaml:6: scenarios[1].arm.1: group 1: margin: 'x' is not a number", p.get(1).toString());
    }

    @Test
    void aNameIsGivenOnce() {
        InputProblem p = problems("scenarios:\n  - {name: base, cpr: 10}\n  - {name: base, cpr: 20}\n").get(0);
        assertEquals("deck.yaml:3: scenarios[1].name: the name 'base' is already scenarios[0]'s", p.toString());
    }

    @Test
    void aDeckWithoutScenariosIsRefused() {
        assertEquals("missing required key 'scenarios'", problems("deck: empty\n").get(0).message());
        assertEquals("a deck needs at least one scenario", problems("scenarios: []\n").get(0).message());
    }

    @Test
    void theBundledDeckReads() {
        ResolvedDeal deal = ProjectionFixtures.boams();
        ScenarioDeck d = ScenarioDeck.read(Path.of("deals/boams-2002-k/decks/monthly.yaml"), deal);
        assertEquals(8, d.plans().size());
        assertEquals(8, ScenarioPlan.distinct(d.plans()).plans().size(), "every scenario of the bundled deck is different");
    }
}
