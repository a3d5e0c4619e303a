package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioPlanTest {

    private static List<Scenario> grid(List<Speed> defaults, List<BigDecimal> severities) {
        return ScenarioGrid.combine(List.of(Speed.of(Speed.Kind.CPR, 10)), defaults, severities, GroupAssumptions.NONE, Map.of(), null);
    }

    @Test
    void severitiesWithoutDefaultsAreTheSameScenarioAndRunOnce() {
        List<Scenario> four = grid(List.of(Speed.ZERO_CDR, Speed.of(Speed.Kind.CDR, 2)), List.of(BigDecimal.valueOf(35), BigDecimal.valueOf(50)));
        assertEquals(4, four.size());
        ScenarioPlan.Distinct d = ScenarioPlan.distinct(ScenarioPlan.of(four, Map.of()));
        assertEquals(List.of("10 CPR", "10 CPR, 2 CDR, 35% severity, 12-month lag", "10 CPR, 2 CDR, 50% severity, 12-month lag"),
                d.plans().stream().map(p -> p.scenario().name()).toList());
        assertEquals(List.of(), d.notes(), "a repeat under the same name is dropped silently");
    }

    @Test
    void aRepeatUnderAnotherNameIsDroppedWithANote() {
        Scenario a = new Scenario("base", GroupAssumptions.NONE.withPrepayment(Speed.of(Speed.Kind.CPR, 10)), Map.of(), null);
        Scenario b = new Scenario("again", a.assumptions().withSeverity(new BigDecimal("35.0")), Map.of(), null);
        ScenarioPlan.Distinct d = ScenarioPlan.distinct(ScenarioPlan.of(List.of(a, b), Map.of()));
        assertEquals(1, d.plans().size());
        assertEquals(List.of("scenario 'again' is the same as 'base': run once"), d.notes());
    }

    @Test
    void differentRatePathsOrCallsAreDifferentScenarios() {
        Scenario a = new Scenario("a", GroupAssumptions.NONE, Map.of(), null);
        ScenarioPlan flat = new ScenarioPlan(a, Map.of());
        ScenarioPlan rising = new ScenarioPlan(a, Map.of("1", new RatePath.WacVector(List.of(new BigDecimal("7"), new BigDecimal("8")))));
        ScenarioPlan called = new ScenarioPlan(a.withCleanUpCall(BigDecimal.TEN), Map.of());
        assertEquals(3, ScenarioPlan.distinct(List.of(flat, rising, called)).plans().size());
    }

    @Test
    void eachPlanRunsOnItsOwnRatePathsInInputOrder() {
        Scenario s = ProjectionFixtures.cpr(10);
        ScenarioPlan flat = new ScenarioPlan(s, Map.of());
        ScenarioPlan rising = new ScenarioPlan(s, Map.of("1", new RatePath.WacVector(List.of(new BigDecimal("7.5")))));
        List<ScenarioResult> r = ScenarioPlan.runAll(ProjectionFixtures.boams(), ProjectionFixtures.boamsStart(), false,
                List.of(flat, rising, flat), null);
        Projector plain = new Projector(ProjectionFixtures.boams(), ProjectionFixtures.boamsStart(), ProjectionOptions.defaults().withKeepCashflows(false));
        assertEquals(plain.run(s).classProjection("A1").totalInterest(), r.get(0).classProjection("A1").totalInterest());
        assertEquals(r.get(0).classProjection("A1").totalInterest(), r.get(2).classProjection("A1").totalInterest());
        assertNotEquals(r.get(0).classProjection("A1").totalInterest(), r.get(1).classProjection("A1").totalInterest(),
                "group 1 at 7.5% pays A1 a different coupon");
        assertEquals("WAC vector 7.5", r.get(1).groups().get(0).ratePath());
    }
}
