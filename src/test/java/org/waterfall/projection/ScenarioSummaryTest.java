package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.waterfall.analytics.PriceOrYield;

class ScenarioSummaryTest {

    private static ScenarioResult run(Scenario s, boolean keep) {
        return new Projector(ProjectionFixtures.boams(), ProjectionFixtures.boamsStart(), ProjectionOptions.defaults().withKeepCashflows(keep))
                .run(s);
    }

    @Test
    void aSummaryHoldsEveryActiveClassWithItsProjectionsFigures() {
        ScenarioResult r = run(ProjectionFixtures.cpr(10), false);
        ScenarioSummary s = ScenarioSummary.of(3, r, null, null);
        assertEquals(3, s.number());
        assertEquals("10 CPR", s.scenario());
        assertEquals(r.classes().stream().filter(ClassProjection::isActive).map(ClassProjection::name).toList(),
                s.classes().stream().map(ScenarioSummary.ClassSummary::name).toList());
        ClassProjection a1 = r.classProjection("A1");
        ScenarioSummary.ClassSummary c = s.classSummary("A1");
        assertEquals(a1.wal(), c.wal());
        assertEquals(a1.totalPrincipal(), c.totalPrincipal());
        assertEquals(a1.totalInterest(), c.totalInterest());
        assertEquals(a1.finalDate(), c.finalDate());
        assertEquals(a1.firstPrincipalDate(), c.firstPrincipalDate());
        assertNull(c.quote());
        assertEquals(0, s.collateralLoss().signum());
    }

    @Test
    void theCollateralLossIsEveryGroupsLoss() {
        GroupAssumptions a = GroupAssumptions.NONE.withPrepayment(Speed.of(Speed.Kind.CPR, 10)).withDefaults(Speed.of(Speed.Kind.CDR, 1));
        ScenarioResult r = run(Scenario.of(a), false);
        BigDecimal sum = r.groups().stream().map(GroupProjection::totalLoss).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(sum, ScenarioSummary.of(1, r, null, null).collateralLoss());
        assertTrue(sum.signum() > 0);
    }

    @Test
    void quotesAreTheClassesYieldsAtThePrice() {
        ScenarioResult r = run(ProjectionFixtures.cpr(10), true);
        PriceOrYield at = PriceOrYield.price(101.5);
        ScenarioSummary s = ScenarioSummary.of(1, r, at, r.start().asOf());
        ScenarioSummary.ClassSummary a1 = s.classSummary("A1");
        assertNotNull(a1.quote());
        assertEquals(at.quote(r.classProjection("A1").pricingInput(r.start().asOf())).yieldPercent(), a1.quote().yieldPercent(), 0.0);
        assertEquals(101.5, a1.quote().cleanPrice(), 1e-12);
    }

    @Test
    void aClassWithNothingAfterSettlementHasAQuoteProblemNotAFailure() {
        ScenarioResult r = run(ProjectionFixtures.cpr(60), true);
        ScenarioSummary s = ScenarioSummary.of(1, r, PriceOrYield.yield(5), r.classProjection("A1").finalDate().plusMonths(1));
        ScenarioSummary.ClassSummary a1 = s.classSummary("A1");
        assertNull(a1.quote());
        assertTrue(a1.quoteProblem().contains("class A1"), a1.quoteProblem());
    }
}
