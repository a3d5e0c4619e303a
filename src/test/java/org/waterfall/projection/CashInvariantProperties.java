package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.WorkingPrecision;
import org.waterfall.projection.CashReconciliation.Row;
import org.waterfall.projection.InvariantCases.ProjectionCase;

/**
 * The cash invariants of issue 9, checked to the cent on every date of every projected scenario: random small deals
 * at either working precision (34 digits, or 12-decimal ratios with the collateral carried at 10 decimals a step) and
 * BoAMS 2002-K (as printed and with one group's seniors all but retired), rate paths that cross every coupon up
 * and down, CDR 0-20, severity 0-100, lag 0-24, CPR and PSA speeds, with and without the clean-up call (see
 * {@link InvariantCases}). The collateral is compared with the certificates through {@link CashReconciliation}.
 *
 * <p>The rounding the deal carries: a start state can have the certificates above the collateral (2002-K after
 * November 2003 by 1.08: the trustee's cents). That carry may be written down (monthly, or when the collateral is
 * exhausted); nothing else may be written down beyond the realized losses, and the carry may never grow.
 *
 * <p>Each case is built from a seed (the jqwik sample), and each failure prints the case (a random deal's YAML),
 * the date, the class and the amounts. Shrinking is off: a seed has no smaller form, and a projection is not cheap.
 */
class CashInvariantProperties {

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    /** The random deals the properties draw (seeds 1-150) are at both working precisions, each in a good share of them. */
    @Test
    void theRandomDealsRunAtBothWorkingPrecisions() {
        int bounded = 0;
        for (long seed = 1; seed <= 150; seed++) {
            if (InvariantCases.randomDeal(seed, null).deal().conventions().workingPrecision() == WorkingPrecision.DECIMALS_12) {
                bounded++;
            }
        }
        assertTrue(bounded >= 50 && bounded <= 100, bounded + " of 150 random deals at DECIMALS_12");
    }

    // --- (1) available funds --------------------------------------------------------------------------------------

    @Property(tries = 150, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void interestPaidNeverExceedsTheCollateralsNetInterestOnRandomDeals(@ForAll @LongRange(min = 1, max = 150) long seed) {
        check(InvariantCases.randomDeal(seed, null), CashInvariantProperties::interestWithinNetInterest);
    }

    @Property(tries = 25, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void interestPaidNeverExceedsTheCollateralsNetInterestOnBoams(@ForAll @LongRange(min = 1, max = 25) long seed) {
        check(InvariantCases.boams(seed, null), CashInvariantProperties::interestWithinNetInterest);
    }

    /**
     * The weaker reading of available funds, as one pool per date (the PSA's Available Distribution Amount): interest
     * and principal paid together never exceed the available funds, nor net interest and principal collected together.
     * Implied by (1) and (2); if (1) is relaxed to let interest take principal, this is what must still hold.
     */
    @Property(tries = 150, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void interestAndPrincipalPaidNeverExceedTheAvailableFundsOnRandomDeals(@ForAll @LongRange(min = 1, max = 150) long seed) {
        check(InvariantCases.randomDeal(seed, null), CashInvariantProperties::paidWithinAvailableFunds);
    }

    @Property(tries = 25, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void interestAndPrincipalPaidNeverExceedTheAvailableFundsOnBoams(@ForAll @LongRange(min = 1, max = 25) long seed) {
        check(InvariantCases.boams(seed, null), CashInvariantProperties::paidWithinAvailableFunds);
    }

    // --- (2) principal and losses -------------------------------------------------------------------------------

    @Property(tries = 150, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void principalAndLossesReconcileWithTheCollateralOnRandomDeals(@ForAll @LongRange(min = 1, max = 150) long seed) {
        check(InvariantCases.randomDeal(seed, null), CashInvariantProperties::principalReconciles);
    }

    @Property(tries = 25, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void principalAndLossesReconcileWithTheCollateralOnBoams(@ForAll @LongRange(min = 1, max = 25) long seed) {
        check(InvariantCases.boams(seed, null), CashInvariantProperties::principalReconciles);
    }

    // --- (3) and (4) balances and notionals -----------------------------------------------------------------------

    @Property(tries = 150, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void balancesNeverGoNegativeOrRiseAndNotionalsFollowTheirClassesOnRandomDeals(@ForAll @LongRange(min = 1, max = 150) long seed) {
        check(InvariantCases.randomDeal(seed, null), CashInvariantProperties::balancesAndNotionals);
    }

    @Property(tries = 25, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void balancesNeverGoNegativeOrRiseAndNotionalsFollowTheirClassesOnBoams(@ForAll @LongRange(min = 1, max = 25) long seed) {
        check(InvariantCases.boams(seed, null), CashInvariantProperties::balancesAndNotionals);
    }

    // --- (5) certificates and collateral ----------------------------------------------------------------------------

    @Property(tries = 150, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void certificatesNeverExceedTheCollateralBeyondTheCarryOnRandomDeals(@ForAll @LongRange(min = 1, max = 150) long seed) {
        check(InvariantCases.randomDeal(seed, null), CashInvariantProperties::certificatesWithinCollateral);
    }

    @Property(tries = 25, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void certificatesNeverExceedTheCollateralBeyondTheCarryOnBoams(@ForAll @LongRange(min = 1, max = 25) long seed) {
        check(InvariantCases.boams(seed, null), CashInvariantProperties::certificatesWithinCollateral);
    }

    /**
     * The issue's rule, stricter than the carry bound: when the certificates exceed the collateral after a
     * distribution, the most junior class is written down by the excess that month. From 2002-K's start (certificates
     * 1.08 over the collateral) the certificates are therefore never above the collateral after the first date.
     */
    @Property(tries = 10, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void theCertificatesExcessOverTheCollateralIsWrittenDownEachMonthOnBoams(@ForAll @LongRange(min = 1, max = 10) long seed) {
        check(InvariantCases.boams(seed, null), CashInvariantProperties::excessWrittenDownEachMonth);
    }

    // --- (6) reverse seniority --------------------------------------------------------------------------------------

    @Property(tries = 150, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void aClassIsWrittenDownOnlyAfterEveryJuniorClassIsGoneOnRandomDeals(@ForAll @LongRange(min = 1, max = 150) long seed) {
        check(InvariantCases.randomDeal(seed, null), CashInvariantProperties::reverseSeniority);
    }

    @Property(tries = 25, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void aClassIsWrittenDownOnlyAfterEveryJuniorClassIsGoneOnBoams(@ForAll @LongRange(min = 1, max = 25) long seed) {
        check(InvariantCases.boams(seed, null), CashInvariantProperties::reverseSeniority);
    }

    /** Under the clean-up call the final distribution is in order of seniority: any shortfall falls on the juniors. */
    @Property(tries = 100, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void theCallsFinalDistributionLeavesAnyShortfallToTheMostJuniorClassesOnRandomDeals(@ForAll @LongRange(min = 1, max = 100) long seed) {
        check(InvariantCases.randomDeal(seed, true), CashInvariantProperties::callRetiresInSeniority);
    }

    @Property(tries = 12, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void theCallsFinalDistributionLeavesAnyShortfallToTheMostJuniorClassesOnBoams(@ForAll @LongRange(min = 1, max = 12) long seed) {
        check(InvariantCases.boams(seed, true), CashInvariantProperties::callRetiresInSeniority);
    }

    // --- (7) more defaults, no smaller loss ---------------------------------------------------------------------------

    @Property(tries = 40, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void aClassesTotalLossNeverFallsAsTheDefaultRateRisesOnRandomDeals(@ForAll @LongRange(min = 1, max = 40) long seed) {
        lossesRiseWithDefaults(InvariantCases.randomDeal(seed, null), new Random(seed));
    }

    @Property(tries = 8, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void aClassesTotalLossNeverFallsAsTheDefaultRateRisesOnBoams(@ForAll @LongRange(min = 1, max = 8) long seed) {
        lossesRiseWithDefaults(InvariantCases.boams(seed, null), new Random(seed));
    }

    // --- the issue's commands -----------------------------------------------------------------------------------------

    // --- (7) a deal written as a composition: the NAS test deal ----------------------------------------------------

    /** Interest within the net interest and the funds, principal and losses reconciled, balances and carry, each date. */
    @Property(tries = 40, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void cashIsConservedEachDateOnTheNasDeal(@ForAll @LongRange(min = 1, max = 40) long seed) {
        ProjectionCase k = InvariantCases.nasDeal(seed);
        check(k, CashInvariantProperties::interestWithinNetInterest);
        check(k, CashInvariantProperties::principalReconciles);
        check(k, CashInvariantProperties::balancesAndNotionals);
        check(k, CashInvariantProperties::certificatesWithinCollateral);
    }

    /** 1A3 (NAS) is paid before date 61 only once 1A1 and 1A2 are gone; 1A2 only once 1A1 is; 2A2 before date 37 only once 2A1 is. */
    @Property(tries = 40, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void theNasClassTheSequentialPairAndTheLockoutClassArePaidInTheirOrderOnTheNasDeal(@ForAll @LongRange(min = 1, max = 40) long seed) {
        check(InvariantCases.nasDeal(seed), CashInvariantProperties::nasDealOrder);
    }

    static void nasDealOrder(ProjectionCase k, ScenarioResult r, List<Row> rows, List<String> violations) {
        for (int i = 0; i < r.dates().size(); i++) {
            int date = k.deal().deal().calendar().dateNumber(r.dates().get(i));
            ClassCashflow a1 = r.classProjection("1A1").cashflows().get(i);
            ClassCashflow a2 = r.classProjection("1A2").cashflows().get(i);
            ClassCashflow nas = r.classProjection("1A3").cashflows().get(i);
            ClassCashflow b1 = r.classProjection("2A1").cashflows().get(i);
            ClassCashflow lockout = r.classProjection("2A2").cashflows().get(i);
            if (date < 61 && nas.principal().signum() > 0 && a1.endingBalance().add(a2.endingBalance()).signum() > 0) {
                violations.add(String.format(Locale.ROOT, "%s (date %d): 1A3 paid %,.2f in its lockout while 1A1 and 1A2 hold %,.2f", r.dates().get(i),
                        date, nas.principal(), a1.endingBalance().add(a2.endingBalance())));
            }
            if (a2.principal().signum() > 0 && a1.endingBalance().signum() > 0) {
                violations.add(String.format(Locale.ROOT, "%s: 1A2 paid %,.2f while 1A1 holds %,.2f", r.dates().get(i), a2.principal(),
                        a1.endingBalance()));
            }
            if (date < 37 && lockout.principal().signum() > 0 && b1.endingBalance().signum() > 0) {
                violations.add(String.format(Locale.ROOT, "%s (date %d): 2A2 paid %,.2f in its lockout while 2A1 holds %,.2f", r.dates().get(i),
                        date, lockout.principal(), b1.endingBalance()));
            }
        }
        if (r.classProjection("1A3").totalPrincipal().signum() == 0 && r.classProjection("1A3").startingBalance().signum() > 0
                && r.classProjection("1A3").writedown().add(r.classProjection("1A3").totalLoss()).signum() == 0) {
            violations.add("1A3 was never paid");
        }
    }

    /** {@code --cpr 20 --arm 1=index:1.3,margin:2.75,first:1,every:12,cap:5,life:12}: group 1's net WAC falls to ~3.8%. */
    @Test
    void theIssuesArmResetPaysNoMoreInterestThanTheCollateralNets() {
        RatePath arm = ArmSpec.parseOption("1=index:1.3,margin:2.75,first:1,every:12,cap:5,life:12").path();
        ProjectionCase k = InvariantCases.boams(ProjectionFixtures.cpr(20));
        k = new ProjectionCase(k.description() + "rate path group 1: " + arm.label() + "\n", k.deal(), k.start(),
                new ProjectionOptions(java.util.Map.of("1", arm), true), k.scenario());
        check(k, CashInvariantProperties::interestWithinNetInterest);
    }

    /** {@code --cpr 5 --cdr 20 --severity 100} (lag 12). */
    @Test
    void theIssuesHeavyLossScenarioPaysNoMoreInterestThanTheCollateralNets() {
        check(InvariantCases.boams(lossScenario(5, 20, 100, null)), CashInvariantProperties::interestWithinNetInterest);
    }

    /** {@code --cpr 5 --cdr 20 --severity 100}: every dollar collected is paid, every loss allocated. */
    @Test
    void theIssuesHeavyLossScenarioReconcilesPrincipalAndLosses() {
        check(InvariantCases.boams(lossScenario(5, 20, 100, null)), CashInvariantProperties::principalReconciles);
    }

    /** {@code --cpr 10 --severity 40 --call 10 --cdr 0.5}: the call month wrote B1 down while paying B2. */
    @Test
    void theIssuesCalledScenarioRetiresTheClassesInSeniority() {
        check(InvariantCases.boams(lossScenario(10, 0.5, 40, BigDecimal.TEN)), CashInvariantProperties::callRetiresInSeniority);
    }

    /** {@code --cpr 10 --severity 40 --call 10 --cdr 0.5} and {@code --cdr 1}: B1's loss fell from 132,405.22 to 0. */
    @Test
    void theIssuesCalledScenarioLosesNoLessAtTwiceTheDefaultRate() {
        ProjectionCase k = InvariantCases.boams(lossScenario(10, 0.5, 40, BigDecimal.TEN));
        lossesRiseWithDefaults(k, 0.5, 1);
    }

    /** {@code --cpr 10} to maturity with losses: the last month wrote B1 down while paying B2. */
    @Test
    void theLastMonthOfARunToMaturityWritesDownInReverseSeniority() {
        check(InvariantCases.boams(ProjectionFixtures.cpr(10)), CashInvariantProperties::reverseSeniority);
    }

    private static Scenario lossScenario(double cpr, double cdr, int severity, BigDecimal call) {
        GroupAssumptions a = new GroupAssumptions(Speed.of(Speed.Kind.CPR, cpr), Speed.of(Speed.Kind.CDR, cdr), BigDecimal.valueOf(severity), 12,
                BigDecimal.ZERO);
        return new Scenario(a.label() + (call == null ? "" : ", call " + call), a, java.util.Map.of(), call);
    }

    // --- the checks --------------------------------------------------------------------------------------------------

    /** A check of one run: every violation found, each a line naming the date, class and amounts. */
    interface Invariant {
        void collect(ProjectionCase k, ScenarioResult r, List<Row> rows, List<String> violations);
    }

    /** Each case's run, kept (softly) so that every invariant checks the same run without projecting it again. */
    private static final Map<String, SoftReference<ScenarioResult>> RUNS = new ConcurrentHashMap<>();

    static ScenarioResult run(ProjectionCase k) {
        SoftReference<ScenarioResult> kept = RUNS.get(k.description());
        ScenarioResult r = kept == null ? null : kept.get();
        if (r == null) {
            r = k.run();
            RUNS.put(k.description(), new SoftReference<>(r));
        }
        return r;
    }

    static void check(ProjectionCase k, Invariant invariant) {
        ScenarioResult r = run(k);
        List<String> violations = new ArrayList<>();
        invariant.collect(k, r, CashReconciliation.rows(r), violations);
        if (!violations.isEmpty()) {
            fail(report(k, r, violations));
        }
    }

    static String report(ProjectionCase k, ScenarioResult r, List<String> violations) {
        StringBuilder s = new StringBuilder();
        s.append(violations.size()).append(violations.size() == 1 ? " violation" : " violations").append(" in ")
                .append(r.dates().size()).append(" dates").append(r.callDate() == null ? "" : ", called " + r.callDate()).append('\n');
        for (int i = 0; i < Math.min(8, violations.size()); i++) {
            s.append("  ").append(violations.get(i)).append('\n');
        }
        if (violations.size() > 8) {
            s.append("  ... and ").append(violations.size() - 8).append(" more\n");
        }
        return s.append(k.description()).toString();
    }

    /**
     * (1) Each date and in total: interest paid to the certificates <= the collateral's net interest, each group's
     * gross interest less its fees (a group whose fees exceed its interest, at a gross WAC below its fee rate, nets
     * nothing rather than taking from the others); and <= the interest funds the engine reports (less again when a
     * servicer advance its proceeds could not repay comes out of them); and no group's available funds exceed its net
     * interest and principal collected.
     */
    static void interestWithinNetInterest(ProjectionCase k, ScenarioResult r, List<Row> rows, List<String> violations) {
        BigDecimal excessDates = ZERO;
        for (Row x : rows) {
            if (x.excessInterest().signum() > 0) {
                excessDates = excessDates.add(x.excessInterest());
                violations.add(String.format(Locale.ROOT, "%s: certificates paid %,.2f interest, collateral net interest %,.2f "
                        + "(gross %,.2f, fees %,.2f): %,.2f more%s", x.date(), x.interestPaid(), x.netInterest(), x.grossInterest(),
                        x.fees(), x.excessInterest(), violations.isEmpty() ? "; " + couponsOn(k.deal(), r, x.month() - 1) : ""));
            } else if (x.interestBeyondFunds().signum() > 0) {
                violations.add(String.format(Locale.ROOT, "%s: certificates paid %,.2f interest, the groups' interest funds %,.2f (available "
                        + "funds %,.2f less principal collected %,.2f, each group at least zero): %,.2f more", x.date(), x.interestPaid(),
                        x.interestFunds(), x.availableFunds(), x.principalCollected(), x.interestBeyondFunds()));
            }
            if (x.fundsBeyondCollateral().signum() > 0) {
                violations.add(String.format(Locale.ROOT, "%s: the groups' available funds %,.2f exceed their net interest and principal "
                        + "collected by %,.2f (net interest %,.2f, principal collected %,.2f)", x.date(), x.availableFunds(),
                        x.fundsBeyondCollateral(), x.netInterest(), x.principalCollected()));
            }
        }
        if (excessDates.signum() > 0) {
            Row t = CashReconciliation.totals(rows);
            violations.add(0, String.format(Locale.ROOT, "over the run: certificates paid %,.2f interest, collateral net interest %,.2f "
                    + "(gross %,.2f, fees %,.2f): %,.2f more; the dates paying more than the net interest paid %,.2f more",
                    t.interestPaid(), t.netInterest(), t.grossInterest(), t.fees(), t.excessInterest(), excessDates));
        }
    }

    /** Each date: interest + principal paid <= the available funds, and <= net interest + principal collected. */
    static void paidWithinAvailableFunds(ProjectionCase k, ScenarioResult r, List<Row> rows, List<String> violations) {
        for (Row x : rows) {
            BigDecimal cap = x.availableFunds().min(x.netInterest().add(x.principalCollected()));
            if (x.paidToCertificates().compareTo(cap) > 0) {
                violations.add(String.format(Locale.ROOT, "%s: certificates paid %,.2f (interest %,.2f + principal %,.2f), available funds %,.2f, "
                        + "net interest %,.2f + principal collected %,.2f: %,.2f more", x.date(), x.paidToCertificates(), x.interestPaid(),
                        x.principalPaid(), x.availableFunds(), x.netInterest(), x.principalCollected(), x.paidToCertificates().subtract(cap)));
            }
        }
    }

    /**
     * (2) Each date: principal paid = the principal funds (principal collected: scheduled + prepaid + net recoveries,
     * less what the available funds withhold for servicer advances or fees the interest could not cover); losses +
     * writedowns = realized losses + principal withheld + the part of the carry written down, which is between zero and the carry before the date (losses
     * never go unallocated, nothing but the carry is written off); so principal + losses + writedowns = the
     * collateral's reduction (scheduled + prepaid + liquidated) + the carry written down. Interest funds never pay
     * principal, on the final date too. Each group's balance rolls forward from date to date.
     */
    static void principalReconciles(ProjectionCase k, ScenarioResult r, List<Row> rows, List<String> violations) {
        for (GroupProjection g : r.groups()) {
            BigDecimal previous = k.start().groups().get(k.deal().groupIndex(g.group())).balance();
            for (GroupCashflow f : g.cashflows()) {
                BigDecimal end = f.beginningBalance().subtract(f.scheduledPrincipal()).subtract(f.prepayments()).subtract(f.liquidatedBalance());
                if (f.beginningBalance().compareTo(previous) != 0 || end.compareTo(f.endingBalance()) != 0) {
                    violations.add(String.format(Locale.ROOT, "%s: group %s's balance does not roll forward: %,.2f before, begins %,.2f, "
                            + "ends %,.2f, computed %,.2f", f.date(), g.group(), previous, f.beginningBalance(), f.endingBalance(), end));
                }
                previous = f.endingBalance();
            }
        }
        for (Row x : rows) {
            BigDecimal carriedOff = x.carryBefore().subtract(x.carryAfter());
            if (x.unpaidPrincipal().signum() != 0) {
                violations.add(String.format(Locale.ROOT, "%s: principal funds %,.2f (collected %,.2f: sched %,.2f + prepaid %,.2f + recovered "
                        + "%,.2f; less withheld for advances or fees %,.2f), paid to the classes %,.2f: %,.2f %s%s; %s", x.date(), x.principalFunds(),
                        x.principalCollected(), x.scheduled(), x.prepaid(), x.recoveries().min(x.liquidated()), x.principalWithheld(),
                        x.principalPaid(), x.unpaidPrincipal().abs(),
                        x.unpaidPrincipal().signum() > 0 ? "paid to no class" : "paid beyond the principal funds",
                        x.unpaidPrincipal().signum() > 0 && x.excessInterest().signum() > 0 ? String.format(Locale.ROOT,
                                " (interest paid exceeds the net interest by %,.2f that date: principal paid as interest?)", x.excessInterest()) : "",
                        principalOn(k.deal(), r, x.month() - 1)));
            }
            BigDecimal beyond = x.writtenDownBeyondLosses();
            if (beyond.signum() < 0 || beyond.compareTo(x.carryBefore().max(ZERO)) > 0) {
                violations.add(String.format(Locale.ROOT, "%s: realized loss %,.2f + principal withheld for advances or fees %,.2f, classes' losses %,.2f "
                        + "+ writedowns %,.2f = %,.2f: %s (carry of the certificates over the collateral %,.2f before, %,.2f after); %s",
                        x.date(), x.realizedLoss(), x.principalWithheld(), x.losses(), x.writedowns(), x.losses().add(x.writedowns()),
                        beyond.signum() < 0 ? String.format(Locale.ROOT, "%,.2f of loss allocated to no class", beyond.negate())
                                : String.format(Locale.ROOT, "%,.2f written down beyond the losses and the carry", beyond.subtract(x.carryBefore().max(ZERO))),
                        x.carryBefore(), x.carryAfter(), lossesOn(k.deal(), r, x.month() - 1)));
            }
            if (x.certificateReduction().compareTo(x.collateralReduction().add(carriedOff)) != 0) {
                violations.add(String.format(Locale.ROOT, "%s: principal %,.2f + losses %,.2f + writedowns %,.2f = %,.2f, but the collateral "
                        + "fell %,.2f (sched %,.2f + prepaid %,.2f + liquidated %,.2f) and the carry %,.2f", x.date(), x.principalPaid(),
                        x.losses(), x.writedowns(), x.certificateReduction(), x.collateralReduction(), x.scheduled(), x.prepaid(),
                        x.liquidated(), carriedOff));
            }
        }
    }

    /**
     * (3) and (4) Each class on each date: no amount negative, the balance never negative nor above the previous
     * date's, beginning = the previous ending (the start balance on the first date), ending = beginning - principal -
     * loss - writedown for a principal class; an IO class's notional equals its reference classes' balances while
     * its strip runs, and is zero once it has ended.
     */
    static void balancesAndNotionals(ProjectionCase k, ScenarioResult r, List<Row> rows, List<String> violations) {
        ResolvedDeal deal = k.deal();
        for (int c = 0; c < deal.classCount(); c++) {
            ClassProjection cp = r.classes().get(c);
            BigDecimal previous = deal.isInterestOnly(c) ? null : k.start().classBalances().get(c);
            for (int m = 0; m < cp.cashflows().size(); m++) {
                ClassCashflow f = cp.cashflows().get(m);
                String at = f.date() + ": " + cp.name();
                if (f.interest().signum() < 0 || f.principal().signum() < 0 || f.loss().signum() < 0 || f.writedown().signum() < 0) {
                    violations.add(at + " has a negative amount: " + amounts(f));
                }
                if (f.endingBalance().signum() < 0 || f.endingBalance().compareTo(f.beginningBalance()) > 0) {
                    violations.add(at + "'s balance goes negative or rises: " + amounts(f));
                }
                if (previous != null && f.beginningBalance().compareTo(previous) != 0) {
                    violations.add(String.format(Locale.ROOT, "%s begins at %,.2f after ending the previous date at %,.2f", at, f.beginningBalance(),
                            previous));
                }
                previous = f.endingBalance();
                if (deal.isInterestOnly(c)) {
                    int dateNumber = k.start().asOfDateNumber() + m + 1;
                    BigDecimal begin = ZERO;
                    BigDecimal end = ZERO;
                    for (int ref : deal.notionalOf(c)) {
                        begin = begin.add(r.classes().get(ref).cashflows().get(m).beginningBalance());
                        end = end.add(r.classes().get(ref).cashflows().get(m).endingBalance());
                    }
                    // a strip that ends after a date has no notional from then on
                    begin = deal.couponAsWritten(c, dateNumber) ? begin : ZERO;
                    end = deal.couponAsWritten(c, dateNumber + 1) ? end : ZERO;
                    if (begin.compareTo(f.beginningBalance()) != 0 || end.compareTo(f.endingBalance()) != 0 || f.principal().signum() != 0) {
                        violations.add(String.format(Locale.ROOT, "%s's notional %,.2f -> %,.2f (principal %,.2f) is not its reference classes' "
                                + "balances %,.2f -> %,.2f", at, f.beginningBalance(), f.endingBalance(), f.principal(), begin, end));
                    }
                } else {
                    BigDecimal end = f.beginningBalance().subtract(f.principal()).subtract(f.loss()).subtract(f.writedown());
                    if (end.compareTo(f.endingBalance()) != 0) {
                        violations.add(String.format(Locale.ROOT, "%s ends at %,.2f, not beginning less principal, loss and writedown %,.2f: %s", at,
                                f.endingBalance(), end, amounts(f)));
                    }
                }
            }
        }
    }

    /** (5) After each date's distribution, certificates - collateral <= the carry at the start (when positive). */
    static void certificatesWithinCollateral(ProjectionCase k, ScenarioResult r, List<Row> rows, List<String> violations) {
        BigDecimal carry = k.startingCarry().max(ZERO);
        for (Row x : rows) {
            if (x.carryAfter().compareTo(carry) > 0) {
                violations.add(String.format(Locale.ROOT, "%s: certificates %,.2f after the distribution, collateral %,.2f: %,.2f over "
                        + "(the start carried %,.2f)", x.date(), x.certificatesEnd(), x.collateralEnd(), x.carryAfter(), carry));
            }
        }
    }

    /** The issue's monthly write-down: after every distribution the certificates are at or below the collateral. */
    static void excessWrittenDownEachMonth(ProjectionCase k, ScenarioResult r, List<Row> rows, List<String> violations) {
        for (Row x : rows) {
            if (x.carryAfter().signum() > 0) {
                violations.add(String.format(Locale.ROOT, "%s: certificates %,.2f after the distribution, collateral %,.2f: %,.2f over and "
                        + "not written down (writedowns %,.2f, losses %,.2f)", x.date(), x.certificatesEnd(), x.collateralEnd(), x.carryAfter(),
                        x.writedowns(), x.losses()));
            }
        }
    }

    /**
     * (6) On each date a class takes a loss or writedown only if every class junior to it (a senior's juniors are the
     * subordinates; a subordinate's, those after it) ends the date with nothing; and on the final distribution (the
     * run's last date: the call, or the date the collateral runs out) only if no junior class is paid principal that
     * date either, since the final distribution pays the classes in order of seniority. On an ordinary date a junior
     * class can be paid its pro-rata principal and then be written off by the date's losses before a more senior class
     * takes the rest (the PSA pays principal, then allocates realized losses from B6 up); on the final date it cannot:
     * the issue's B1 written down 0.53 while B2 is paid 423.15 in the last month of a run to maturity, both ending at
     * zero, is a fault.
     */
    static void reverseSeniority(ProjectionCase k, ScenarioResult r, List<Row> rows, List<String> violations) {
        reverseSeniority(k, r, 0, r.dates().size() - 1, violations);
    }

    /** (6) on the dates with index {@code from} to {@code to}. */
    static void reverseSeniority(ProjectionCase k, ScenarioResult r, int from, int to, List<String> violations) {
        ResolvedDeal deal = k.deal();
        int last = r.dates().size() - 1;
        for (int m = from; m <= to; m++) {
            for (int c = 0; c < deal.classCount(); c++) {
                if (deal.isInterestOnly(c)) {
                    continue;
                }
                ClassCashflow f = r.classes().get(c).cashflows().get(m);
                if (f.totalLoss().signum() == 0) {
                    continue;
                }
                for (int j : juniorsOf(deal, c)) {
                    ClassCashflow junior = r.classes().get(j).cashflows().get(m);
                    if (junior.endingBalance().signum() > 0) {
                        violations.add(String.format(Locale.ROOT, "%s: %s is written down %,.2f (loss %,.2f, writedown %,.2f) while junior %s ends "
                                + "at %,.2f (%s)", f.date(), deal.className(c), f.totalLoss(), f.loss(), f.writedown(), deal.className(j),
                                junior.endingBalance(), amounts(junior)));
                    } else if (m == last && junior.principal().signum() > 0) {
                        violations.add(String.format(Locale.ROOT, "%s, the final distribution%s: %s is written down %,.2f (loss %,.2f, writedown "
                                + "%,.2f) while junior %s is paid %,.2f principal", f.date(), f.date().equals(r.callDate()) ? " (the call)" : "",
                                deal.className(c), f.totalLoss(), f.loss(), f.writedown(), deal.className(j), junior.principal()));
                    }
                }
            }
        }
    }

    /**
     * Under the call: the run ends on the call date with every certificate retired, and the final distribution is in
     * order of seniority (no class written down while a junior one is paid principal or keeps a balance).
     */
    static void callRetiresInSeniority(ProjectionCase k, ScenarioResult r, List<Row> rows, List<String> violations) {
        if (r.callDate() == null) {
            return; // the classes were paid before the pool fell to the call percentage
        }
        int last = r.dates().size() - 1;
        if (!r.dates().get(last).equals(r.callDate())) {
            violations.add("the run goes on after the call on " + r.callDate() + " to " + r.dates().get(last));
        }
        for (ClassProjection cp : r.classes()) {
            ClassCashflow f = cp.cashflows().get(last);
            if (!cp.interestOnly() && f.endingBalance().signum() != 0) {
                violations.add(String.format(Locale.ROOT, "%s (the call): %s keeps %,.2f: %s", f.date(), cp.name(), f.endingBalance(), amounts(f)));
            }
        }
        reverseSeniority(k, r, last, last, violations);
    }

    /**
     * (7) The same case at two constant CDRs x < y (0-20), other things equal: no class's total loss and writedown
     * is smaller at y. Two cases are not "other things equal", and are skipped:
     * <ul>
     * <li>the class is written off at both rates (its balance reaches zero on a date it takes a loss or writedown): it
     * then loses its balance less the principal it was paid first, and a higher rate can pay it more first (larger
     * recoveries, shared pro rata). 2002-K's B6 at 4.1 CPR and 73.1% severity loses 1,774,126.40 at 18.62 CDR and
     * 1,773,978.89 at 19.27 CDR, written off at both.</li>
     * <li>the classes junior to it (for a senior class, every subordinate) are gone on the same date at both rates: its
     * loss is then what the collateral loses after that date, and the higher rate has left less collateral to lose.
     * A random deal's group 1 seniors lose 23.63 at 14.87 CDR and 19.99 at 19.66 CDR, their support gone on the same
     * date at both.</li>
     * <li>at the higher rate the class is paid off before its support is gone: the loss and delinquency tests fail
     * sooner, the seniors take every prepayment and retire before the tail of losses (a random deal's only senior, a
     * 6.08% class over 3.48% loans, loses 1.87 at 9.76 CDR and nothing at 17.92 CDR, paid off in month 115 while B1
     * absorbs the last losses). That is shifting interest doing its job.</li>
     * </ul>
     * A class whose support lasts as long at the higher rate, or longer, or that survives one rate and not the other,
     * is compared: the issue's B1, which loses 132,405.22 at 0.5 CDR and nothing at 1 CDR under a 10% call.
     */
    static void lossesRiseWithDefaults(ProjectionCase k, Random rnd) {
        double x = rnd.nextInt(2000) / 100.0;
        double y = x + (1 + rnd.nextInt((int) Math.round((20 - x) * 100))) / 100.0;
        lossesRiseWithDefaults(k, x, y);
    }

    static void lossesRiseWithDefaults(ProjectionCase k, double x, double y) {
        ProjectionCase low = k.with(InvariantCases.withCdr(k.scenario(), x));
        ProjectionCase high = k.with(InvariantCases.withCdr(k.scenario(), y));
        ScenarioResult a = low.run();
        ScenarioResult b = high.run();
        List<String> violations = new ArrayList<>();
        for (ClassProjection ca : a.classes()) {
            if (ca.interestOnly()) {
                continue;
            }
            ClassProjection cb = b.classProjection(ca.name());
            int c = k.deal().classIndex(ca.name());
            LocalDate supportGone = supportGone(k.deal(), a, c);
            LocalDate supportGoneHigher = supportGone(k.deal(), b, c);
            if (writtenOff(ca) && writtenOff(cb) || supportGone != null && supportGone.equals(supportGoneHigher)
                    || paidOffBefore(cb, supportGoneHigher)) {
                continue;
            }
            if (cb.totalLossAndWritedown().compareTo(ca.totalLossAndWritedown()) < 0) {
                violations.add(String.format(Locale.ROOT, "%s loses %,.2f (losses %,.2f + writedown %,.2f) at %s CDR but %,.2f (losses %,.2f + "
                        + "writedown %,.2f) at %s CDR", ca.name(), ca.totalLossAndWritedown(), ca.totalLoss(), ca.writedown(), cdr(x),
                        cb.totalLossAndWritedown(), cb.totalLoss(), cb.writedown(), cdr(y)));
            }
        }
        if (!violations.isEmpty()) {
            fail(violations.size() + " classes lose less at the higher CDR:\n  " + String.join("\n  ", violations) + "\nlower: "
                    + low.scenario().name() + (a.callDate() == null ? "" : ", called " + a.callDate()) + "\nhigher: " + high.scenario().name()
                    + (b.callDate() == null ? "" : ", called " + b.callDate()) + "\n" + k.description());
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /**
     * The first date after which every class junior to class c has no balance (the start date when it has none), or
     * null if its juniors outlast the run.
     */
    static LocalDate supportGone(ResolvedDeal deal, ScenarioResult r, int c) {
        List<Integer> juniors = juniorsOf(deal, c);
        if (juniors.isEmpty()) {
            return r.start().asOf();
        }
        for (int m = 0; m < r.dates().size(); m++) {
            boolean gone = true;
            for (int j : juniors) {
                gone &= r.classes().get(j).cashflows().get(m).endingBalance().signum() == 0;
            }
            if (gone) {
                return r.dates().get(m);
            }
        }
        return null;
    }

    /** Whether the class was paid off (its balance reached zero without a loss or writedown) before {@code date} (null: never). */
    static boolean paidOffBefore(ClassProjection c, LocalDate date) {
        for (ClassCashflow f : c.cashflows()) {
            if (f.beginningBalance().signum() > 0 && f.endingBalance().signum() == 0) {
                return f.totalLoss().signum() == 0 && (date == null || f.date().isBefore(date));
            }
        }
        return false;
    }

    /** Whether the class's balance reached zero on a date it took a loss or writedown. */
    static boolean writtenOff(ClassProjection c) {
        for (ClassCashflow f : c.cashflows()) {
            if (f.beginningBalance().signum() > 0 && f.endingBalance().signum() == 0) {
                return f.totalLoss().signum() > 0;
            }
        }
        return false;
    }

    /** The principal classes junior to class c: every subordinate for a senior, the later subordinates for a subordinate. */
    static List<Integer> juniorsOf(ResolvedDeal deal, int c) {
        int[] subs = deal.subordinates();
        List<Integer> juniors = new ArrayList<>();
        int position = -1;
        for (int i = 0; i < subs.length; i++) {
            if (subs[i] == c) {
                position = i;
            }
        }
        for (int i = position + 1; i < subs.length; i++) {
            juniors.add(subs[i]);
        }
        return juniors;
    }

    private static String amounts(ClassCashflow f) {
        return String.format(Locale.ROOT, "begin %,.2f, interest %,.2f, principal %,.2f, loss %,.2f, writedown %,.2f, end %,.2f",
                f.beginningBalance(), f.interest(), f.principal(), f.loss(), f.writedown(), f.endingBalance());
    }

    /** Each group's WAC and each class's coupon and interest on a date (classes with interest). */
    private static String couponsOn(ResolvedDeal deal, ScenarioResult r, int m) {
        StringBuilder s = new StringBuilder("groups:");
        for (GroupProjection g : r.groups()) {
            GroupCashflow f = g.cashflows().get(m);
            s.append(String.format(Locale.ROOT, " %s %,.2f at %s%% (interest %,.2f, fees %,.2f)", g.group(), f.beginningBalance(),
                    f.grossWac().toPlainString(), f.interest(), f.fees()));
        }
        s.append("; classes:");
        for (ClassProjection c : r.classes()) {
            ClassCashflow f = c.cashflows().get(m);
            if (f.interest().signum() != 0) {
                s.append(String.format(Locale.ROOT, " %s %,.2f at %s%% = %,.2f", c.name(), f.beginningBalance(), f.rate().toPlainString(),
                        f.interest()));
            }
        }
        return s.toString();
    }

    private static String principalOn(ResolvedDeal deal, ScenarioResult r, int m) {
        StringBuilder s = new StringBuilder("classes:");
        for (ClassProjection c : r.classes()) {
            ClassCashflow f = c.cashflows().get(m);
            if (!c.interestOnly() && f.beginningBalance().signum() != 0) {
                s.append(String.format(Locale.ROOT, " %s %,.2f -> %,.2f (principal %,.2f, loss %,.2f, writedown %,.2f)", c.name(),
                        f.beginningBalance(), f.endingBalance(), f.principal(), f.loss(), f.writedown()));
            }
        }
        return s.toString();
    }

    private static String lossesOn(ResolvedDeal deal, ScenarioResult r, int m) {
        return principalOn(deal, r, m);
    }

    private static String cdr(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
