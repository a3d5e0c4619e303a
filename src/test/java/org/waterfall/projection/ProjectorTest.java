package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waterfall.deal.ResolvedDeal;

class ProjectorTest {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal MILLION = new BigDecimal("1000000.00");
    private static final BigDecimal WAC = new BigDecimal("6.25");

    private static ScenarioResult passThrough(Scenario scenario, BigDecimal classBalance, BigDecimal collateral, int term) {
        ResolvedDeal deal = ProjectionFixtures.passThroughDeal();
        StartState start = ProjectionFixtures.passThroughStart(collateral, WAC, term);
        start = new StartState(start.asOf(), start.asOfDateNumber(), List.of(classBalance), start.groups(), BigDecimal.ZERO,
                "test", "given", List.of());
        return new Projector(deal, start, ProjectionOptions.defaults()).run(scenario);
    }

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void aGroupsGrossInterestIsRoundedOnceFromTheExactQuotient() {
        // 1,001.28 x 6.25 / 1200 = 5.215 exactly: half up gives 5.22. Through a 34-digit monthly rate
        // (6.25 / 1200 = 0.00520833...3) the product falls just short of the half cent and would round to 5.21.
        BigDecimal balance = new BigDecimal("1001.28");
        ScenarioResult r = passThrough(ProjectionFixtures.cpr(0), balance, balance, 360);
        assertEquals(new BigDecimal("5.22"), r.groups().get(0).cashflows().get(0).interest());
    }

    @Test
    void aSinglePassThroughClassAtZeroCprFollowsTheLevelPaymentSchedule() {
        ScenarioResult r = passThrough(ProjectionFixtures.cpr(0), MILLION, MILLION, 360);
        BigDecimal rate = WAC.divide(BigDecimal.valueOf(1200), MC);
        BigDecimal growth = BigDecimal.ONE.add(rate);
        BigDecimal full = growth.pow(360, MC);
        BigDecimal payment = cents(MILLION.multiply(rate).divide(BigDecimal.ONE.subtract(BigDecimal.ONE.divide(full, MC)), MC));
        List<ClassCashflow> a = r.classProjection("A").cashflows();
        List<GroupCashflow> pool = r.groups().get(0).cashflows();
        assertEquals(360, a.size());
        for (int k = 1; k <= 360; k++) {
            // closed form: B_k = B_0 ((1 + r)^n - (1 + r)^k) / ((1 + r)^n - 1)
            BigDecimal expected = cents(MILLION.multiply(full.subtract(growth.pow(k, MC))).divide(full.subtract(BigDecimal.ONE), MC));
            ClassCashflow f = a.get(k - 1);
            assertEquals(expected, f.endingBalance(), "balance after payment " + k);
            assertEquals(pool.get(k - 1).scheduledPrincipal(), f.principal(), "the class passes the scheduled principal through");
            assertEquals(0, pool.get(k - 1).prepayments().signum());
            assertEquals(cents(f.beginningBalance().multiply(new BigDecimal("6.00")).divide(BigDecimal.valueOf(1200), MC)), f.interest(),
                    "interest at the net WAC, 30/360");
            // the level payment: scheduled principal plus gross interest, to within the two roundings
            BigDecimal level = f.principal().add(pool.get(k - 1).interest());
            assertTrue(level.subtract(payment).abs().compareTo(new BigDecimal("0.02")) <= 0, "payment " + k + ": " + level);
        }
        assertEquals(0, a.get(359).endingBalance().signum());
        assertEquals(MILLION, r.classProjection("A").totalPrincipal());
    }

    @Test
    void defaultsComeOffFirstThenScheduledPrincipalThenPrepayments() {
        Scenario s = Scenario.of(GroupAssumptions.NONE.withPrepayment(Speed.of(Speed.Kind.CPR, 20))
                .withDefaults(Speed.of(Speed.Kind.CDR, 12)).withRecoveryLag(6));
        GroupCashflow m1 = passThrough(s, MILLION, MILLION, 360).groups().get(0).cashflows().get(0);
        double mdr = StandardFormulas.mdrFromCdr(12) / 100;
        double smm = StandardFormulas.smmFromCpr(20) / 100;
        BigDecimal defaults = MILLION.multiply(BigDecimal.valueOf(mdr));
        BigDecimal surviving = MILLION.subtract(defaults);
        BigDecimal rate = WAC.divide(BigDecimal.valueOf(1200), MC);
        BigDecimal scheduled = surviving.multiply(rate).divide(BigDecimal.ONE.add(rate).pow(360, MC).subtract(BigDecimal.ONE), MC);
        BigDecimal prepaid = surviving.subtract(scheduled).multiply(BigDecimal.valueOf(smm));
        assertEquals(cents(defaults), m1.defaults());
        assertTrue(m1.scheduledPrincipal().subtract(scheduled).abs().compareTo(new BigDecimal("0.01")) <= 0, m1.toString());
        assertTrue(m1.prepayments().subtract(prepaid).abs().compareTo(new BigDecimal("0.01")) <= 0, m1.toString());
        assertEquals(MILLION.subtract(m1.scheduledPrincipal()).subtract(m1.prepayments()), m1.endingBalance(),
                "defaulted loans stay in the pool until liquidated");
        assertEquals(0, m1.liquidatedBalance().signum());
    }

    @Test
    void aDefaultIsLiquidatedAfterTheLagAtOneMinusTheSeverity() {
        Scenario s = Scenario.of(GroupAssumptions.NONE.withDefaults(new Speed(Speed.Kind.CDR, new double[] {12, 0}))
                .withSeverity(new BigDecimal("40")).withRecoveryLag(3));
        ScenarioResult r = passThrough(s, MILLION, MILLION, 360);
        List<GroupCashflow> pool = r.groups().get(0).cashflows();
        BigDecimal defaulted = pool.get(0).defaults();
        assertTrue(defaulted.signum() > 0);
        for (int k = 1; k < 3; k++) {
            assertEquals(0, pool.get(k).liquidatedBalance().signum(), "nothing liquidates before the lag");
        }
        GroupCashflow liquidation = pool.get(3);
        assertEquals(defaulted, liquidation.liquidatedBalance());
        // the servicer advanced the defaulted loans' interest in the month of default, the two months of the lag and the
        // month of liquidation; the proceeds repay it first, so the net recoveries are the proceeds less the advances
        BigDecimal monthlyAdvance = cents(defaulted.multiply(liquidation.grossWac()).divide(BigDecimal.valueOf(1200), MC));
        assertEquals(monthlyAdvance.multiply(BigDecimal.valueOf(4)), liquidation.advancesReimbursed());
        assertEquals(cents(defaulted.multiply(new BigDecimal("0.6"))).subtract(liquidation.advancesReimbursed()), liquidation.recoveries());
        assertEquals(defaulted.subtract(liquidation.recoveries()), liquidation.loss());
        ClassCashflow a = r.classProjection("A").cashflows().get(3);
        assertEquals(liquidation.loss(), a.loss(), "with no subordinate classes the senior class takes the loss");
        assertEquals(liquidation.principalCollected(), a.principal());
    }

    @Test
    void theAdvancesOnALoanAwaitingLiquidationFollowTheWacOfEachMonth() {
        // defaults in month 1, liquidated in month 4; the WAC is 6.25 in months 1-2 and 8.25 from month 3 on: two months'
        // interest advanced at each rate
        ResolvedDeal deal = ProjectionFixtures.passThroughDeal();
        StartState start = ProjectionFixtures.passThroughStart(MILLION, WAC, 360);
        BigDecimal higher = new BigDecimal("8.25");
        RatePath path = new RatePath.WacVector(List.of(WAC, WAC, higher));
        Scenario s = Scenario.of(GroupAssumptions.NONE.withDefaults(new Speed(Speed.Kind.CDR, new double[] {12, 0}))
                .withSeverity(new BigDecimal("40")).withRecoveryLag(3));
        List<GroupCashflow> pool = new Projector(deal, start, new ProjectionOptions(Map.of("1", path), true)).run(s).groups().get(0)
                .cashflows();
        BigDecimal defaulted = pool.get(0).defaults();
        BigDecimal atFirst = cents(defaulted.multiply(WAC).divide(BigDecimal.valueOf(1200), MC));
        BigDecimal atHigher = cents(defaulted.multiply(higher).divide(BigDecimal.valueOf(1200), MC));
        assertEquals(defaulted, pool.get(3).liquidatedBalance());
        assertEquals(atFirst.multiply(BigDecimal.valueOf(2)).add(atHigher.multiply(BigDecimal.valueOf(2))), pool.get(3).advancesReimbursed());
    }

    @Test
    void theKeptCashFlowsPrintTheRatesAndFactorsTheEngineGivesEveryMonth() {
        // 2002-K with group 1's WAC stepping up and down: fixed coupons capped at the net WAC, net-WAC coupons, WAC strips
        // and subordinate rates all move
        ResolvedDeal deal = ProjectionFixtures.boams();
        RatePath path = new RatePath.WacVector(List.of(new BigDecimal("5.2"), new BigDecimal("5.2"), new BigDecimal("4.1"),
                new BigDecimal("4.1"), new BigDecimal("6.3")));
        Projector projector = new Projector(deal, ProjectionFixtures.boamsStart(), new ProjectionOptions(Map.of("1", path), true));
        List<org.waterfall.engine.PeriodResult> months = new java.util.ArrayList<>();
        ScenarioResult r = projector.run(ProjectionFixtures.cpr(25), months::add);
        int checked = 0;
        for (int c = 0; c < deal.classCount(); c++) {
            List<ClassCashflow> flows = r.classes().get(c).cashflows();
            assertEquals(months.size(), flows.size());
            for (int m = 0; m < months.size(); m++) {
                org.waterfall.engine.ClassResult engine = months.get(m).classes().get(c);
                assertEquals(engine.printedRate(), flows.get(m).rate(), deal.className(c) + " month " + (m + 1));
                assertEquals(engine.endingFactor().movePointLeft(3), flows.get(m).factor(), deal.className(c) + " month " + (m + 1));
                checked++;
            }
        }
        assertTrue(checked > 5000, checked + " class-months");
    }

    @Test
    void aZeroLagLiquidatesInTheMonthOfDefault() {
        Scenario s = Scenario.of(GroupAssumptions.NONE.withDefaults(Speed.of(Speed.Kind.CDR, 5)).withSeverity(BigDecimal.TEN)
                .withRecoveryLag(0));
        GroupCashflow m1 = passThrough(s, MILLION, MILLION, 360).groups().get(0).cashflows().get(0);
        assertEquals(m1.defaults(), m1.liquidatedBalance());
        BigDecimal advance = cents(m1.defaults().multiply(m1.grossWac()).divide(BigDecimal.valueOf(1200), MC));
        assertEquals(advance, m1.advancesReimbursed(), "one month's interest advanced, repaid from the proceeds");
        assertEquals(cents(m1.defaults().multiply(new BigDecimal("0.9"))).subtract(advance), m1.recoveries());
    }

    @Test
    void theCleanUpCallPaysTheClassesOffWhenThePoolFallsToThePercent() {
        Scenario s = ProjectionFixtures.cpr(30).withCleanUpCall(BigDecimal.TEN);
        ScenarioResult r = passThrough(s, MILLION, MILLION, 360);
        assertNotNull(r.callDate());
        List<GroupCashflow> pool = r.groups().get(0).cashflows();
        GroupCashflow last = pool.get(pool.size() - 1);
        assertEquals(r.callDate(), last.date());
        assertTrue(last.beginningBalance().compareTo(new BigDecimal("100000")) <= 0, "called at or below 10% of the original");
        assertTrue(pool.get(pool.size() - 2).beginningBalance().compareTo(new BigDecimal("100000")) > 0, "and not before");
        assertEquals(0, last.endingBalance().signum());
        assertEquals(MILLION, r.classProjection("A").totalPrincipal());
        assertEquals(r.callDate(), r.classProjection("A").finalDate());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("clean-up call exercised")));
    }

    @Test
    void withoutACallTheRunGoesToTheEndOfTheTerm() {
        ScenarioResult r = passThrough(ProjectionFixtures.cpr(30), MILLION, MILLION, 120);
        assertNull(r.callDate());
        assertEquals(120, r.dates().size());
    }

    @Test
    void aWacPathReamortizesThePayment() {
        ResolvedDeal deal = ProjectionFixtures.passThroughDeal();
        StartState start = ProjectionFixtures.passThroughStart(MILLION, WAC, 360);
        RatePath path = new RatePath.WacVector(List.of(WAC, new BigDecimal("8.25")));
        ScenarioResult r = new Projector(deal, start, new ProjectionOptions(Map.of("1", path), true)).run(ProjectionFixtures.cpr(0));
        GroupCashflow m2 = r.groups().get(0).cashflows().get(1);
        assertEquals(new BigDecimal("8.25"), m2.grossWac());
        BigDecimal rate = new BigDecimal("8.25").divide(BigDecimal.valueOf(1200), MC);
        BigDecimal expected = m2.beginningBalance().multiply(rate).divide(BigDecimal.ONE.add(rate).pow(359, MC).subtract(BigDecimal.ONE), MC);
        assertTrue(m2.scheduledPrincipal().subtract(expected).abs().compareTo(new BigDecimal("0.01")) <= 0, m2.toString());
        ClassCashflow a2 = r.classProjection("A").cashflows().get(1);
        assertEquals(cents(a2.beginningBalance().multiply(new BigDecimal("8.00")).divide(BigDecimal.valueOf(1200), MC)), a2.interest(),
                "the class's net WAC follows the gross WAC");
    }

    @Test
    void certificatesAboveTheCollateralAreWrittenDownWhenItIsExhausted() {
        BigDecimal classBalance = MILLION.add(new BigDecimal("0.50"));
        ScenarioResult r = passThrough(ProjectionFixtures.cpr(10), classBalance, MILLION, 60);
        ClassProjection a = r.classProjection("A");
        assertEquals(new BigDecimal("0.50"), a.writedown());
        assertEquals(classBalance, a.totalPrincipal().add(a.totalLoss()).add(a.writedown()));
        ClassCashflow last = a.cashflows().get(a.cashflows().size() - 1);
        assertEquals(new BigDecimal("0.50"), last.writedown());
        assertEquals(0, last.endingBalance().signum());
        assertEquals(last.date(), a.finalDate());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("written down")));
    }

    @Test
    void summariesWithoutCashflowsEqualTheFullRun() {
        ResolvedDeal deal = ProjectionFixtures.twoGroupDeal();
        StartState start = ProjectionFixtures.twoGroupStart(deal, 359, 299);
        Scenario s = Scenario.of(GroupAssumptions.NONE.withPrepayment(Speed.of(Speed.Kind.PSA, 250)).withDefaults(Speed.of(Speed.Kind.CDR, 1)));
        ScenarioResult full = new Projector(deal, start, ProjectionOptions.defaults()).run(s);
        ScenarioResult summary = new Projector(deal, start, ProjectionOptions.defaults().withKeepCashflows(false)).run(s);
        assertEquals(full.dates(), summary.dates());
        for (int c = 0; c < full.classes().size(); c++) {
            ClassProjection f = full.classes().get(c);
            ClassProjection m = summary.classes().get(c);
            assertTrue(m.cashflows().isEmpty());
            assertEquals(f.totalPrincipal(), m.totalPrincipal());
            assertEquals(f.totalInterest(), m.totalInterest());
            assertEquals(f.wal(), m.wal());
            assertEquals(f.anniversaryBalances(), m.anniversaryBalances());
        }
    }

    @Test
    void theWalIsThePrincipalWeightedTimeInYears() {
        ScenarioResult r = passThrough(ProjectionFixtures.cpr(10), MILLION, MILLION, 360);
        ClassProjection a = r.classProjection("A");
        BigDecimal weighted = BigDecimal.ZERO;
        for (int k = 0; k < a.cashflows().size(); k++) {
            weighted = weighted.add(a.cashflows().get(k).principal().multiply(BigDecimal.valueOf(k + 1)));
        }
        assertEquals(weighted.doubleValue() / MILLION.doubleValue() / 12, a.wal(), 1e-12);
        assertEquals(LocalDate.of(2020, 2, 25), a.firstPrincipalDate());
    }

    @Test
    void assumptionsForAnUnknownGroupAreRefused() {
        ResolvedDeal deal = ProjectionFixtures.passThroughDeal();
        Projector p = new Projector(deal, ProjectionFixtures.passThroughStart(MILLION, WAC, 360), ProjectionOptions.defaults());
        Scenario s = new Scenario("x", GroupAssumptions.NONE, Map.of("9", GroupAssumptions.NONE), null);
        assertThrows(IllegalArgumentException.class, () -> p.run(s));
    }

    /**
     * Found by {@code ProjectorProperties}: on 2049-12-20 group 1's liquidation of 6.91 at 91.7% severity recovers
     * 0.57, which repays part of the 1.00 the servicer advanced on those loans; the other 0.43 comes from the month's
     * net interest of 0.42 (0.44 gross less 0.02 fees), which falls a cent short, so one cent of the 7.79 scheduled
     * principal repays the advance. The certificates are paid 7.78 of principal and take that cent as a loss with the
     * 6.91 realized: 7.78 + 6.92 = 14.70, the collateral's whole reduction.
     */
    @Test
    void principalHeldBackForAnUnrepaidAdvanceIsALossSoTheCollateralsReductionIsStillAllAccountedFor() {
        ResolvedDeal deal = ProjectionFixtures.twoGroupDeal(false);
        Projector p = new Projector(deal, ProjectionFixtures.twoGroupStart(deal, 359, 239), ProjectionOptions.defaults());
        ScenarioResult r = p.run(Scenario.of(new GroupAssumptions(Speed.of(Speed.Kind.CPR, 13.28), Speed.of(Speed.Kind.CDR, 19.63),
                new BigDecimal("91.7"), 24, BigDecimal.ZERO)));
        int k = r.dates().indexOf(LocalDate.of(2049, 12, 20));
        GroupCashflow g = r.groups().get(0).cashflows().get(k);
        assertEquals(new BigDecimal("7.79"), g.scheduledPrincipal());
        assertEquals(new BigDecimal("6.91"), g.liquidatedBalance());
        assertEquals(new BigDecimal("0.00"), g.recoveries());
        assertEquals(new BigDecimal("1.00"), g.advancesReimbursed());
        assertEquals(new BigDecimal("0.44"), g.interest());
        ClassCashflow a = r.classProjection("2A1").cashflows().get(k);
        assertEquals(new BigDecimal("7.78"), a.principal());
        assertEquals(new BigDecimal("6.92"), a.loss());
        assertEquals(g.beginningBalance().subtract(g.endingBalance()), a.principal().add(a.loss()));
        assertEquals(a.beginningBalance().subtract(a.principal()).subtract(a.loss()), a.endingBalance());
    }
}
