package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.waterfall.deal.ResolvedDeal;

class ProjectionRunnerTest {

    @Test
    void parallelResultsComeBackInInputOrderAndEqualASequentialRun() {
        ResolvedDeal deal = ProjectionFixtures.twoGroupDeal();
        Projector p = new Projector(deal, ProjectionFixtures.twoGroupStart(deal, 120, 100), ProjectionOptions.defaults().withKeepCashflows(false));
        List<Scenario> scenarios = new ArrayList<>();
        for (int cpr = 0; cpr < 40; cpr += 3) {
            scenarios.add(ProjectionFixtures.cpr(cpr));
        }
        AtomicInteger calls = new AtomicInteger();
        List<ScenarioResult> parallel = ProjectionRunner.runAll(p, scenarios, 4, n -> calls.incrementAndGet());
        List<ScenarioResult> sequential = ProjectionRunner.runAll(p, scenarios, 1, null);
        assertEquals(scenarios.size(), calls.get());
        for (int i = 0; i < scenarios.size(); i++) {
            assertEquals(scenarios.get(i), parallel.get(i).scenario());
            assertEquals(sequential.get(i).classes(), parallel.get(i).classes());
        }
    }

    @Test
    void aGridRunsEveryCombinationInInputOrder() {
        List<Scenario> grid = ScenarioGrid.combine(List.of(Speed.of(Speed.Kind.CPR, 10), Speed.of(Speed.Kind.PSA, 200)),
                List.of(Speed.ZERO_CDR, Speed.of(Speed.Kind.CDR, 2)), List.of(new java.math.BigDecimal("30"), new java.math.BigDecimal("50")),
                GroupAssumptions.NONE, java.util.Map.of(), null);
        assertEquals(8, grid.size());
        assertEquals("10 CPR", grid.get(0).name());
        assertEquals("10 CPR, 2 CDR, 30% severity, 12-month lag", grid.get(2).name());
        assertEquals("200 PSA, 2 CDR, 50% severity, 12-month lag", grid.get(7).name());
    }
}
