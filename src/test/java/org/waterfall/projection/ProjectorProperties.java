package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.waterfall.deal.ResolvedDeal;

/**
 * Invariants of a projection over many random scenarios (prepayment and default speeds, severities, lags,
 * delinquency, per-group speeds, clean-up calls), on synthetic two-group deals and on BoAMS 2002-K.
 *
 * <p>Each month: the collateral's principal collected equals the principal the classes receive, less any principal
 * held back to repay the servicer's advances on liquidated loans that neither the liquidations nor the interest could
 * repay (never more than those advances); its realized loss plus that held-back principal equals the losses the classes
 * take; no balance is negative or rises; an IO notional equals its reference classes; the pool
 * balance rolls forward. Over the run: every class's principal + losses + writedown equals its starting balance.
 *
 * <p>Principal is checked exactly in every month, on every deal: subordinate prepayment principal the eligible
 * classes cannot take goes to the classes the class prepayment trigger held back
 * ({@link #triggerHeldBackClassesTakeWhatTheEligibleCannot}), and a split of a few cents never leaves the absorbing
 * class a negative share ({@link #centLevelBalancesSplitWithoutANegativeShare}). One end-of-life case remains an
 * inequality: after credit-support depletion a group's loss beyond its own seniors' balance has no class to go to
 * (the deal terms are silent), so losses are checked exactly while the subordinate classes could absorb them. That
 * shortfall ends as the final writedown, so the run totals are always exact.
 */
class ProjectorProperties {

    private static final ResolvedDeal NO_TRIGGER = ProjectionFixtures.twoGroupDeal(false);
    private static final Projector NO_TRIGGER_PROJECTOR = new Projector(NO_TRIGGER, ProjectionFixtures.twoGroupStart(NO_TRIGGER, 359, 239),
            ProjectionOptions.defaults());
    private static final ResolvedDeal TWO_GROUP = ProjectionFixtures.twoGroupDeal();
    private static final Projector TWO_GROUP_PROJECTOR = new Projector(TWO_GROUP, ProjectionFixtures.twoGroupStart(TWO_GROUP, 359, 239),
            ProjectionOptions.defaults());

    @Property(tries = 150)
    void cashIsConservedEveryMonthWithoutTheClassPrepaymentTrigger(@ForAll("scenarios") Scenario scenario) {
        checkInvariants(NO_TRIGGER, NO_TRIGGER_PROJECTOR.run(scenario));
    }

    @Property(tries = 150)
    void cashIsConservedOnASyntheticDealWithEveryRule(@ForAll("calledScenarios") Scenario scenario) {
        checkInvariants(TWO_GROUP, TWO_GROUP_PROJECTOR.run(scenario));
    }

    @Property(tries = 15)
    void cashIsConservedOnBoams2002K(@ForAll("calledScenarios") Scenario scenario) {
        ResolvedDeal deal = ProjectionFixtures.boams();
        checkInvariants(deal, new Projector(deal, ProjectionFixtures.boamsStart(), ProjectionOptions.defaults()).run(scenario));
    }

    /**
     * A projection that keeps only summaries runs the engine for the amounts alone (no unrounded twins, no per-class
     * result objects): its summaries are the same as a projection that keeps every monthly cash flow.
     */
    @Property(tries = 60)
    void summariesAreTheSameWhetherOrNotTheCashFlowsAreKept(@ForAll("calledScenarios") Scenario scenario) {
        ScenarioResult kept = TWO_GROUP_PROJECTOR.run(scenario);
        ScenarioResult summaries = new Projector(TWO_GROUP, TWO_GROUP_PROJECTOR.start(), ProjectionOptions.defaults().withKeepCashflows(false))
                .run(scenario);
        assertTrue(kept.classes().get(0).cashflows().size() > 0);
        assertEquals(kept.dates(), summaries.dates());
        assertEquals(kept.notes(), summaries.notes());
        assertEquals(kept.callDate(), summaries.callDate());
        for (int c = 0; c < kept.classes().size(); c++) {
            ClassProjection k = kept.classes().get(c);
            assertEquals(new ClassProjection(k.name(), k.interestOnly(), k.original(),
                    k.startingBalance(), k.totalPrincipal(), k.totalInterest(), k.totalLoss(), k.writedown(), k.wal(),
                    k.firstPrincipalDate(), k.lastPrincipalDate(), k.finalDate(), k.anniversaryBalances(), k.firstCoupon(), List.of()), summaries.classes().get(c));
        }
        for (int g = 0; g < kept.groups().size(); g++) {
            GroupProjection k = kept.groups().get(g);
            assertEquals(new GroupProjection(k.group(), k.start(), k.ratePath(), k.totalScheduled(),
                    k.totalPrepaid(), k.totalDefaulted(), k.totalLoss(), k.totalInterest(), k.totalFees(), k.endingBalance(), List.of()), summaries.groups().get(g));
        }
    }

    /**
     * The synthetic deal at 0 CPR with a 1% clean-up call: in the call month the whole pool prepays, the trigger keeps
     * B2 and B3 out of prepayments and B1 (eligible) can take only its balance; the 7,550.77 left goes to B2 and B3
     * (once paid to no class and written down).
     */
    @Test
    void triggerHeldBackClassesTakeWhatTheEligibleCannot() {
        ScenarioResult r = TWO_GROUP_PROJECTOR.run(ProjectionFixtures.cpr(0).withCleanUpCall(BigDecimal.ONE));
        checkInvariants(TWO_GROUP, r);
    }

    /**
     * BoAMS 2002-K at 50.73 CPR without a call, May 2027, when group 1's classes hold a few cents each: the group's
     * senior principal (0.05) split pro rata, each share rounded half up, once left A1 (which absorbs the remainder)
     * with -0.01 and a rising balance.
     */
    @Test
    void centLevelBalancesSplitWithoutANegativeShare() {
        ResolvedDeal deal = ProjectionFixtures.boams();
        checkInvariants(deal, new Projector(deal, ProjectionFixtures.boamsStart(), ProjectionOptions.defaults()).run(ProjectionFixtures.cpr(50.73)));
    }

    /**
     * Scenarios that always end with a clean-up call (1% to 25%), for deals with every rule: the call ends the run
     * before balances shrink to a few cents (see {@link #centLevelBalancesSplitWithoutANegativeShare}).
     */
    @Provide
    Arbitrary<Scenario> calledScenarios() {
        return Combinators.combine(scenarios(), Arbitraries.bigDecimals().between(BigDecimal.ONE, BigDecimal.valueOf(25)).ofScale(0))
                .as((s, call) -> new Scenario(s.name() + ", call " + call, s.assumptions(), s.groupOverrides(), call));
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Speed> prepayment = Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 70).ofScale(2).map(v -> Speed.of(Speed.Kind.CPR, v)),
                Arbitraries.doubles().between(0, 600).ofScale(1).map(v -> Speed.of(Speed.Kind.PSA, v)),
                Arbitraries.doubles().between(0, 60).ofScale(1).array(double[].class).ofMinSize(1).ofMaxSize(24)
                        .map(v -> new Speed(Speed.Kind.CPR, v)));
        Arbitrary<Speed> defaults = Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 25).ofScale(2).map(v -> Speed.of(Speed.Kind.CDR, v)),
                Arbitraries.doubles().between(0, 2000).ofScale(0).map(v -> Speed.of(Speed.Kind.SDA, v)));
        Arbitrary<BigDecimal> severity = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(1);
        Arbitrary<Integer> lag = Arbitraries.integers().between(0, 24);
        Arbitrary<BigDecimal> delinquency = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(30)).ofScale(1);
        Arbitrary<BigDecimal> call = Arbitraries.oneOf(Arbitraries.just((BigDecimal) null),
                Arbitraries.bigDecimals().between(BigDecimal.ONE, BigDecimal.valueOf(25)).ofScale(0));
        Arbitrary<Speed> groupOne = Arbitraries.oneOf(Arbitraries.just((Speed) null),
                Arbitraries.doubles().between(0, 80).ofScale(1).map(v -> Speed.of(Speed.Kind.CPR, v)));
        return Combinators.combine(prepayment, defaults, severity, lag, delinquency, call, groupOne)
                .as((p, d, sev, l, dq, c, g1) -> {
                    GroupAssumptions a = new GroupAssumptions(p, d, sev, l, dq);
                    Map<String, GroupAssumptions> overrides = new LinkedHashMap<>();
                    if (g1 != null) {
                        overrides.put("1", a.withPrepayment(g1));
                    }
                    return new Scenario(a.label() + (g1 == null ? "" : ", group 1 " + g1.label()) + (c == null ? "" : ", call " + c),
                            a, overrides, c);
                });
    }

    /** Principal must match the collateral's every month; losses while the subordinate classes can absorb them, and at most after. */
    static void checkInvariants(ResolvedDeal deal, ScenarioResult r) {
        int months = r.dates().size();
        int nClasses = deal.classCount();
        int[] subs = deal.subordinates();
        for (int k = 0; k < months; k++) {
            BigDecimal collected = BigDecimal.ZERO;
            BigDecimal realized = BigDecimal.ZERO;
            BigDecimal advances = BigDecimal.ZERO;
            for (GroupProjection g : r.groups()) {
                GroupCashflow f = g.cashflows().get(k);
                collected = collected.add(f.principalCollected());
                realized = realized.add(f.loss());
                advances = advances.add(f.advancesReimbursed());
                assertAmount(f.beginningBalance().subtract(f.scheduledPrincipal()).subtract(f.prepayments()).subtract(f.liquidatedBalance()),
                        f.endingBalance(), "pool balance rolls forward: group " + g.group() + " on " + f.date());
                assertTrue(f.endingBalance().signum() >= 0 && f.defaults().signum() >= 0 && f.prepayments().signum() >= 0
                        && f.scheduledPrincipal().signum() >= 0 && f.recoveries().signum() >= 0, f.toString());
                if (k > 0) {
                    assertAmount(g.cashflows().get(k - 1).endingBalance(), f.beginningBalance(), "group " + g.group());
                }
            }
            BigDecimal paid = BigDecimal.ZERO;
            BigDecimal lost = BigDecimal.ZERO;
            for (int c = 0; c < nClasses; c++) {
                ClassCashflow f = r.classes().get(c).cashflows().get(k);
                String at = deal.className(c) + " on " + f.date() + " (" + r.scenario().name() + ")";
                assertTrue(f.endingBalance().signum() >= 0, "no negative balance: " + at);
                assertTrue(f.endingBalance().compareTo(f.beginningBalance()) <= 0, "balances never rise: " + at);
                assertTrue(f.principal().signum() >= 0 && f.loss().signum() >= 0 && f.interest().signum() >= 0, at);
                if (k > 0) {
                    assertAmount(r.classes().get(c).cashflows().get(k - 1).endingBalance(), f.beginningBalance(), at);
                }
                if (deal.isInterestOnly(c)) {
                    BigDecimal begin = BigDecimal.ZERO;
                    BigDecimal end = BigDecimal.ZERO;
                    for (int ref : deal.notionalOf(c)) {
                        begin = begin.add(r.classes().get(ref).cashflows().get(k).beginningBalance());
                        end = end.add(r.classes().get(ref).cashflows().get(k).endingBalance());
                    }
                    assertAmount(begin, f.beginningBalance(), "IO notional equals its reference classes: " + at);
                    assertAmount(end, f.endingBalance(), "IO notional equals its reference classes: " + at);
                    assertEquals(0, f.principal().signum(), at);
                } else {
                    assertAmount(f.beginningBalance().subtract(f.principal()).subtract(f.loss()).subtract(f.writedown()), f.endingBalance(), at);
                    paid = paid.add(f.principal());
                    lost = lost.add(f.loss());
                }
            }
            BigDecimal subordinates = BigDecimal.ZERO;
            for (int s : subs) {
                subordinates = subordinates.add(r.classes().get(s).cashflows().get(k).beginningBalance());
            }
            String when = r.dates().get(k) + " (" + r.scenario().name() + ")";
            // principal the classes are not paid is principal held back to repay the servicer's advances on liquidated
            // loans that the liquidations and the interest could not repay: never more than those advances, and a loss
            BigDecimal heldBack = collected.subtract(paid);
            assertTrue(heldBack.signum() >= 0, "classes' principal <= collateral principal collected, " + when + ": " + paid + " > " + collected);
            assertTrue(heldBack.compareTo(advances) <= 0, "principal held back <= advances repaid, " + when + ": " + heldBack + " > " + advances);
            BigDecimal toAllocate = realized.add(heldBack);
            if (subordinates.compareTo(toAllocate) >= 0) {
                assertAmount(toAllocate, lost, "collateral realized loss + principal held back = classes' losses, " + when);
            } else {
                assertTrue(lost.compareTo(toAllocate) <= 0, "classes' losses <= realized + held back, " + when);
            }
        }
        for (ClassProjection c : r.classes()) {
            if (!c.interestOnly()) {
                assertAmount(c.startingBalance(), c.totalPrincipal().add(c.totalLoss()).add(c.writedown()),
                        "principal + losses + writedown = starting balance: " + c.name() + " (" + r.scenario().name() + ")");
            }
        }
        BigDecimal left = r.groups().stream().map(GroupProjection::endingBalance).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(left.signum() >= 0);
    }

    /** Equal amounts, whatever their scale (0 and 0.00 are the same dollars). */
    /**
     * A balance to the cent read from its carried value is the balance rounded to the cent, at either working precision,
     * for values with as many digits as the collateral model makes (scheduled principal per dollar at 34 digits, a speed
     * from a double) and for values a hair either side of a half cent (where the carried value lands on the half cent and
     * the exact value must be rounded instead).
     */
    @Property(tries = 3000)
    void aBalanceToTheCentReadFromItsCarriedValueIsTheBalanceRounded(@ForAll("cents") long cents, @ForAll("offsets") BigDecimal offset,
            @ForAll org.waterfall.deal.WorkingPrecision precision) {
        BigDecimal exact = BigDecimal.valueOf(cents, 2).add(offset);
        assertEquals(org.waterfall.money.Rounding.CENTS_HALF_UP.apply(exact), Projector.centsOfCarried(precision.carry(exact), exact),
                exact.toPlainString());
    }

    @Provide
    Arbitrary<Long> cents() {
        return Arbitraries.longs().between(0, 99_999_999_999L);
    }

    /** Half a cent, a hair either side of it (10 to 60 decimals), or a long random fraction of a cent. */
    @Provide
    Arbitrary<BigDecimal> offsets() {
        BigDecimal half = new BigDecimal("0.005");
        Arbitrary<BigDecimal> hair = Arbitraries.integers().between(10, 60).map(k -> BigDecimal.ONE.movePointLeft(k));
        Arbitrary<BigDecimal> nearHalf = Combinators.combine(hair, Arbitraries.of(-1, 0, 1))
                .as((h, side) -> half.add(h.multiply(BigDecimal.valueOf(side))));
        Arbitrary<BigDecimal> fraction = Arbitraries.bigIntegers().between(java.math.BigInteger.ZERO, java.math.BigInteger.TEN.pow(70))
                .map(n -> new BigDecimal(n, 72));
        return Arbitraries.oneOf(nearHalf, fraction);
    }

    static void assertAmount(BigDecimal expected, BigDecimal actual, String message) {
        assertEquals(0, expected.compareTo(actual), () -> message + " ==> expected " + expected.toPlainString() + " but was "
                + actual.toPlainString());
    }
}
