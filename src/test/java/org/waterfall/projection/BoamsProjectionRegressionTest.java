package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waterfall.deal.ResolvedDeal;

/** BoAMS 2002-K projected from the November 2003 statement at 0, 10, 30 and 60 CPR: the whole run, pinned. */
class BoamsProjectionRegressionTest {

    private static final double[] SPEEDS = {0, 10, 30, 60};
    private static List<ScenarioResult> results;

    @BeforeAll
    static void run() {
        ResolvedDeal deal = ProjectionFixtures.boams();
        Projector p = new Projector(deal, ProjectionFixtures.boamsStart(), ProjectionOptions.defaults());
        results = ProjectionRunner.runAll(p, java.util.Arrays.stream(SPEEDS).mapToObj(ProjectionFixtures::cpr).toList(), null);
    }

    /**
     * The deal file writes its composition (steps, each group's senior principal rule, the subordinates' order); without
     * the block the engine composes the same deal by default. Every class's and group's cash flows, to the scale of each
     * amount, are the same both ways: prepayments alone, defaults with losses reaching the seniors, and one group paid
     * off far ahead of the others.
     */
    @Test
    void theCompositionTheDealFileWritesProjectsExactlyAsTheDefaultOne() throws java.io.IOException {
        String text = java.nio.file.Files.readString(ProjectionFixtures.BOAMS_DEAL);
        int from = text.indexOf("\nwaterfall:");
        int to = text.indexOf("\nlosses:");
        assertTrue(from > 0 && to > from, "the deal file writes a waterfall block");
        ResolvedDeal standard = org.waterfall.deal.yaml.DealYamlReader.read("standard.yaml", text.substring(0, from) + text.substring(to)).resolve();
        ResolvedDeal written = ProjectionFixtures.boams();
        assertTrue(!standard.deal().waterfall().equals(written.deal().waterfall()), "written differently: 3A1 and 4A1 as classes, not pro rata of one");
        GroupAssumptions losses = new GroupAssumptions(Speed.of(Speed.Kind.CPR, 8), Speed.of(Speed.Kind.CDR, 6), BigDecimal.valueOf(45), 6,
                BigDecimal.ZERO);
        List<Scenario> scenarios = List.of(ProjectionFixtures.cpr(0), ProjectionFixtures.cpr(25), ProjectionFixtures.cpr(60),
                new Scenario("losses", losses, java.util.Map.of(), null),
                new Scenario("15 CPR, group 3 at 90 CPR", GroupAssumptions.NONE.withPrepayment(Speed.of(Speed.Kind.CPR, 15)),
                        java.util.Map.of("3", GroupAssumptions.NONE.withPrepayment(Speed.of(Speed.Kind.CPR, 90))), null));
        for (Scenario scenario : scenarios) {
            ScenarioResult a = new Projector(standard, ProjectionFixtures.boamsStart(), ProjectionOptions.defaults()).run(scenario);
            ScenarioResult b = new Projector(written, ProjectionFixtures.boamsStart(), ProjectionOptions.defaults()).run(scenario);
            assertEquals(a.dates(), b.dates(), scenario.name());
            assertEquals(a.classes(), b.classes(), scenario.name());
            assertEquals(a.groups(), b.groups(), scenario.name());
            assertEquals(a.notes(), b.notes(), scenario.name());
            if (scenario.name().equals("losses")) {
                assertTrue(b.classProjection("A1").totalLoss().signum() > 0, "the losses reach the seniors");
            }
        }
    }

    @Test
    void theStartIsTheStatementsPrintedEndingBalancesAndTheImpliedTerms() {
        StartState s = ProjectionFixtures.boamsStart();
        ResolvedDeal deal = ProjectionFixtures.boams();
        assertEquals(LocalDate.of(2003, 11, 20), s.asOf());
        assertEquals(14, s.asOfDateNumber());
        assertEquals(new BigDecimal("75652851.43"), s.classBalances().get(deal.classIndex("A1")));
        assertEquals(new BigDecimal("1789009.51"), s.classBalances().get(deal.classIndex("B6")));
        assertEquals(new BigDecimal("350695139.95"), s.collateralBalance());
        assertEquals(new BigDecimal("350695141.03"), s.certificateBalance());
        assertEquals(List.of(283, 327, 276, 337), s.groups().stream().map(GroupStart::remainingTermMonths).toList());
        assertEquals(new BigDecimal("6.711657"), s.groups().get(0).grossWac());
        assertTrue(s.groups().get(0).termBasis().startsWith("implied from 2003-11-20"));
        assertEquals(LocalDate.of(2003, 12, 22), results.get(0).dates().get(0), "December 20, 2003 is a Saturday");
    }

    @Test
    void everyClassIsPaidOrWrittenDownToTheCent() {
        for (ScenarioResult r : results) {
            BigDecimal writedown = BigDecimal.ZERO;
            for (ClassProjection c : r.classes()) {
                if (!c.interestOnly()) {
                    assertEquals(c.startingBalance(), c.totalPrincipal().add(c.totalLoss()).add(c.writedown()), c.name() + " at " + r.scenario().name());
                    assertEquals(0, c.totalLoss().signum(), "no defaults, no losses");
                    writedown = writedown.add(c.writedown());
                }
            }
            assertEquals(new BigDecimal("1.08"), writedown, "the certificates' excess over the collateral at the start, written down from B6 on the first date");
        }
    }

    @Test
    void walsFallAsPrepaymentsRise() {
        for (int c = 0; c < results.get(0).classes().size(); c++) {
            if (!results.get(0).classes().get(c).isActive()) {
                continue;
            }
            for (int i = 1; i < results.size(); i++) {
                double slower = results.get(i - 1).classes().get(c).wal();
                double faster = results.get(i).classes().get(c).wal();
                assertTrue(faster < slower, results.get(i).classes().get(c).name() + ": " + faster + " at " + SPEEDS[i] + " CPR vs " + slower);
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1} / {2} / {3} years at 10 / 30 / 60 CPR")
    @CsvSource({
        "A1,  6.919310, 2.614961, 1.058459",
        "2A1, 7.341501, 2.671736, 1.084660",
        "3A1, 6.949771, 2.645078, 1.079123",
        "4A1, 7.391511, 2.672466, 1.083919",
        "B1,  7.725250, 3.416596, 1.727016"})
    void walsArePinned(String name, double at10, double at30, double at60) {
        assertEquals(at10, results.get(1).classProjection(name).wal(), 5e-7);
        assertEquals(at30, results.get(2).classProjection(name).wal(), 5e-7);
        assertEquals(at60, results.get(3).classProjection(name).wal(), 5e-7);
    }

    @Test
    void theFirstMonthAt10CprIsPinnedToTheCent() {
        ScenarioResult r = results.get(1);
        ClassCashflow a1 = r.classProjection("A1").cashflows().get(0);
        assertEquals(new BigDecimal("407368.98"), a1.interest(), "75,652,851.43 x 6.461657% / 12");
        GroupCashflow g1 = r.groups().get(0).cashflows().get(0);
        assertEquals(new BigDecimal("188815289.51"), g1.beginningBalance());
        assertEquals(g1.principalCollected(), r.groups().get(0).cashflows().get(0).scheduledPrincipal().add(g1.prepayments()));
    }

    @Test
    void seniorsPayFasterThanTheSubordinatesWhileShiftingInterestHoldsPrepayments() {
        ScenarioResult at30 = results.get(2);
        assertTrue(at30.classProjection("A1").wal() < at30.classProjection("B1").wal());
    }
}
