package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waterfall.analytics.PriceOrYield;

class BreakevenTest {

    private static final BigDecimal FORTY = BigDecimal.valueOf(40);

    private static Projector projector(boolean keep) {
        return new Projector(ProjectionFixtures.boams(), ProjectionFixtures.boamsStart(), ProjectionOptions.defaults().withKeepCashflows(keep));
    }

    private static Scenario cprAt40Severity(double cpr) {
        GroupAssumptions a = GroupAssumptions.NONE.withPrepayment(Speed.of(Speed.Kind.CPR, cpr)).withSeverity(FORTY);
        return new Scenario("base", a, Map.of(), null);
    }

    private static BigDecimal loss(Projector p, Scenario base, Speed.Kind kind, double speed, String cls) {
        GroupAssumptions a = base.assumptions().withDefaults(Speed.of(kind, speed));
        return p.run(new Scenario("scan", a, Map.of(), base.cleanUpCallPercent())).classProjection(cls).totalLossAndWritedown();
    }

    /**
     * The smallest CDR on a 0.01 grid at which the class loses at least the threshold, by brute force: a 0.25 scan to
     * the first grid point with a loss, then every 0.01 in the quarter before it.
     */
    private static double scan(Projector p, Scenario base, String cls, BigDecimal threshold) {
        int quarter = 0;
        while (loss(p, base, Speed.Kind.CDR, quarter * 0.25, cls).compareTo(threshold) < 0) {
            quarter++;
            assertTrue(quarter < 400, "no loss below 100 CDR");
        }
        for (int hundredth = Math.max(0, (quarter - 1) * 25); ; hundredth++) {
            if (loss(p, base, Speed.Kind.CDR, hundredth / 100.0, cls).compareTo(threshold) >= 0) {
                return hundredth / 100.0;
            }
        }
    }

    @Test
    void b1sFirstDollarAt10CprAnd40SeverityMatchesABruteForceScanTo001Cdr() {
        Projector p = projector(false);
        Scenario base = cprAt40Severity(10);
        Breakeven.Result r = Breakeven.solve(p, base, "B1", Breakeven.Curve.CDR, Breakeven.FIRST_DOLLAR, null, null);
        double grid = scan(p, base, "B1", Breakeven.FIRST_DOLLAR);
        assertNotNull(r.firstLoss());
        assertTrue(r.firstLoss() > grid - 0.01 && r.firstLoss() <= grid, "solved " + r.firstLoss() + ", scanned " + grid);
        assertTrue(r.classLoss().compareTo(Breakeven.FIRST_DOLLAR) >= 0, "the solution is on the side where the loss has begun");
        assertEquals(r.classLoss(), loss(p, base, Speed.Kind.CDR, r.firstLoss(), "B1"));
        assertTrue(loss(p, base, Speed.Kind.CDR, r.firstLoss() - 2 * Breakeven.ACCURACY, "B1").compareTo(Breakeven.FIRST_DOLLAR) < 0,
                "just below the solution, less than a dollar");
    }

    @Test
    void theCollateralLossIsThatOfTheRunAtTheBreakeven() {
        Projector p = projector(false);
        Scenario base = cprAt40Severity(10);
        Breakeven.Result r = Breakeven.solve(p, base, "B1", Breakeven.Curve.CDR, Breakeven.FIRST_DOLLAR, null, null);
        ScenarioResult run = p.run(r.scenario());
        BigDecimal collateral = BigDecimal.ZERO;
        for (GroupProjection g : run.groups()) {
            collateral = collateral.add(g.totalLoss());
        }
        assertEquals(collateral, r.collateralLoss());
        assertTrue(r.collateralLoss().signum() > 0);
        double pct = r.collateralLoss().doubleValue() * 100 / ProjectionFixtures.boamsStart().collateralBalance().doubleValue();
        assertEquals(pct, r.collateralLossPercentOfStart().doubleValue(), 1e-6);
        assertEquals(Speed.of(Speed.Kind.CDR, r.firstLoss()), r.scenario().assumptions().defaults());
    }

    @Test
    void theSdaCurveIsSolvedTheSameWay() {
        Projector p = projector(false);
        Scenario base = cprAt40Severity(10);
        Breakeven.Result r = Breakeven.solve(p, base, "B3", Breakeven.Curve.SDA, new BigDecimal("1000"), null, null);
        assertNotNull(r.firstLoss());
        assertTrue(loss(p, base, Speed.Kind.SDA, r.firstLoss(), "B3").compareTo(new BigDecimal("1000")) >= 0);
        assertTrue(loss(p, base, Speed.Kind.SDA, r.firstLoss() - 2 * Breakeven.ACCURACY, "B3").compareTo(new BigDecimal("1000")) < 0);
    }

    @Test
    void theZeroYieldSpeedIsWhereTheYieldAtThePriceCrossesZero() {
        Projector p = projector(true);
        Scenario base = cprAt40Severity(10);
        PriceOrYield price = PriceOrYield.price(95);
        Breakeven.Result r = Breakeven.solve(p, base, "B1", Breakeven.Curve.CDR, Breakeven.FIRST_DOLLAR, price,
                ProjectionFixtures.boamsStart().asOf());
        assertNotNull(r.zeroYield());
        double at = yieldAt(p, base, r.zeroYield(), price);
        double before = yieldAt(p, base, r.zeroYield() - 2 * Breakeven.ACCURACY, price);
        assertTrue(at <= 0 && before > 0, "yield " + before + " just below, " + at + " at the solution");
        assertTrue(r.zeroYield() > r.firstLoss(), "the yield at a discount stays positive past the first dollar of loss");
    }

    private static double yieldAt(Projector p, Scenario base, double cdr, PriceOrYield price) {
        GroupAssumptions a = base.assumptions().withDefaults(Speed.of(Speed.Kind.CDR, cdr));
        ClassProjection b1 = p.run(new Scenario("y", a, Map.of(), null)).classProjection("B1");
        return price.quote(b1.pricingInput(ProjectionFixtures.boamsStart().asOf())).yieldPercent();
    }

    @Test
    void aLossTheClassCannotReachUpToTheLargestSpeedIsNone() {
        Projector p = projector(false);
        BigDecimal moreThanB6 = new BigDecimal("1000000000");
        Breakeven.Result r = Breakeven.solve(p, cprAt40Severity(10), "B6", Breakeven.Curve.CDR, moreThanB6, null, null);
        assertNull(r.firstLoss(), "a class cannot lose more than its balance");
        assertEquals(BigDecimal.ZERO, r.classLoss());
        assertEquals(Speed.of(Speed.Kind.CDR, 99.99), r.scenario().assumptions().defaults(), "reported at the largest speed");
    }
}
