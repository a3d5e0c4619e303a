package org.waterfall.remic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waterfall.deal.yaml.RemicYamlReader;
import org.waterfall.projection.Speed;

class RemicProjectorTest {

    /** One class at the pass-through rate, paid all principal: it is the collateral's pass-through. */
    static final String ONE_CLASS = """
            kind: remic
            id: one-class
            calendar: {settlement: 2025-02-28, firstDistributionDate: 2025-03-25, paymentDay: 25}
            collateral:
              - group: "1"
                lines:
                  - {balance: 60000000, loanRate: 6.9, passThroughRate: 6.0, originalTerm: 360, remainingTerm: 340, age: 20}
                  - {balance: 40000000.55, loanRate: 7.1, passThroughRate: 6.0, originalTerm: 360, remainingTerm: 300, age: 60}
            classes:
              - {name: A, group: "1", original: 100000000.55, coupon: {fixed: 6.0}}
            waterfall:
              - {group: "1", principal: A}
            """;

    static RemicDeal oneClass() {
        return RemicYamlReader.read("one-class.yaml", ONE_CLASS, null);
    }

    static RemicRun run(String deal, double psa) {
        return run(deal, psa, 0);
    }

    static RemicRun run(String deal, double psa, double cdr) {
        return RemicProjector.run(RemicYamlReader.read(Path.of(deal)), Speed.of(Speed.Kind.PSA, psa), Speed.of(Speed.Kind.CDR, cdr),
                IndexRate.constant(new BigDecimal("4.32927")));
    }

    @ParameterizedTest(name = "{0}% PSA")
    @CsvSource({"0", "150", "600"})
    void aOneClassDealIsItsCollateralsPassThrough(double psa) {
        RemicRun r = RemicProjector.run(oneClass(), Speed.of(Speed.Kind.PSA, psa), IndexRate.ZERO);
        ClassFlows a = r.flows("A");
        RemicRun.GroupFlows g = r.groups().get(0);
        assertEquals(g.principal(), a.principal());
        assertEquals(g.interest(), a.interest());
        assertEquals(g.ending(), a.ending());
        for (int k = 0; k < r.dates().size(); k++) {
            assertEquals(0, g.residualInterest().get(k).signum());
            assertEquals(0, g.residualPrincipal().get(k).signum());
        }
        assertEquals(new BigDecimal("100000000.55"), a.totalPrincipal());
    }

    /**
     * Each date and group: collateral principal + interest = the classes' cash principal + cash interest + the
     * residual (interest no class is owed, principal no rule could pay), to the cent; and the classes' balances
     * (accretion included) equal the collateral's balance after every date.
     */
    @ParameterizedTest(name = "{0} at {1}% PSA, {2} CDR")
    @CsvSource({
        "deals/fnr-2006-018/deal.yaml, 0, 0", "deals/fnr-2006-018/deal.yaml, 147, 0", "deals/fnr-2006-018/deal.yaml, 500, 0",
        "deals/fnr-2006-018/deal.yaml, 100, 4", "deals/fnm-2025-21/deal.yaml, 0, 0", "deals/fnm-2025-21/deal.yaml, 198, 0",
        "deals/fnm-2025-21/deal.yaml, 1000, 0", "deals/fnm-2025-21/deal.yaml, 300, 2"})
    void cashIsConservedOnEveryDateToTheCent(String dealFile, double psa, double cdr) {
        RemicRun r = run(dealFile, psa, cdr);
        RemicDeal deal = r.deal();
        for (int k = 0; k < r.dates().size(); k++) {
            for (int g = 0; g < deal.groups().size(); g++) {
                RemicRun.GroupFlows gf = r.groups().get(g);
                BigDecimal classCash = BigDecimal.ZERO;
                BigDecimal classBalance = BigDecimal.ZERO;
                for (int c = 0; c < deal.classes().size(); c++) {
                    if (deal.classes().get(c).group().equals(gf.id())) {
                        ClassFlows f = r.classes().get(c);
                        classCash = classCash.add(f.cash(k));
                        classBalance = classBalance.add(f.notional() ? BigDecimal.ZERO : f.ending().get(k));
                    }
                }
                BigDecimal collateralCash = gf.principal().get(k).add(gf.interest().get(k));
                assertEquals(collateralCash, classCash.add(gf.residualInterest().get(k)).add(gf.residualPrincipal().get(k)),
                        "group " + gf.id() + " on " + r.dates().get(k));
                assertEquals(gf.ending().get(k), classBalance, "balances of group " + gf.id() + " on " + r.dates().get(k));
                assertEquals(0, gf.residualPrincipal().get(k).signum(), "principal left unpaid on " + r.dates().get(k));
            }
        }
    }

    /** FNM 2025-21's coupons add up to the pass-through (5.5% + 6.5% on equal halves of 6%): only rounding is left. */
    @ParameterizedTest(name = "{0}% PSA")
    @CsvSource({"0", "300", "1000"})
    void fnmClassesAreOwedAllTheCollateralInterestBarRoundingCents(double psa) {
        RemicRun r = run("deals/fnm-2025-21/deal.yaml", psa);
        for (RemicRun.GroupFlows g : r.groups()) {
            for (BigDecimal residual : g.residualInterest()) {
                assertTrue(residual.abs().compareTo(new BigDecimal("0.03")) <= 0, "group " + g.id() + ": " + residual);
            }
        }
    }

    /**
     * Finding: FNR 2006-018 group 1's classes, as the terms transcribe them, are owed less interest than the MBS
     * pass: 5.50% on 132,653,061 is 607,993.20 in the first month; the classes' coupons, each to the cent (5.50% on
     * PA-PD, TA, TB, Z: 472,336.69; 5.75% on the W classes: 79,969.00; none on EO and PO) come to 552,305.69. The
     * 55,687.51 left (about 0.5% a year on the group) belongs to classes outside the transcription (the trust's
     * interest-only classes).
     */
    @org.junit.jupiter.api.Test
    void fnrGroupOnesClassesLeaveInterestToClassesOutsideTheTranscription() {
        RemicRun r = run("deals/fnr-2006-018/deal.yaml", 100);
        assertEquals(new BigDecimal("607993.20"), r.groups().get(0).interest().get(0));
        assertEquals(new BigDecimal("55687.51"), r.groups().get(0).residualInterest().get(0));
    }

    @org.junit.jupiter.api.Test
    void aRunStopsWhenTheCollateralAndEveryClassArePaid() {
        RemicRun r = RemicProjector.run(oneClass(), Speed.of(Speed.Kind.PSA, 0), IndexRate.ZERO);
        assertEquals(340, r.dates().size(), "the longer line's 340 months");
        List<BigDecimal> ending = r.flows("A").ending();
        assertEquals(0, ending.get(ending.size() - 1).signum());
        assertTrue(ending.get(ending.size() - 2).signum() > 0);
    }
}
