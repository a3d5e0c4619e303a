package org.waterfall.engine;

import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.money.Rounding;

/**
 * Issue 9's cash invariants on one distribution date, over the random deals of {@link WaterfallEngineProperties}
 * (whose certificates equal their collateral) with two kinds of periods: gross WACs of 0.5-10% (below and above every
 * fixed coupon of 3-6%) with interest shortfalls; and heavy liquidations (up to 40% of a group at up to 100% severity)
 * that can exhaust the subordinate classes.
 *
 * <p>The collateral's net interest of a group is its gross interest (beginning balance x gross WAC / 1200, rounded
 * once to the cent, given to the engine as the interest collected) less its fees as the engine reports them, less its net interest
 * shortfall (prepayment interest shortfall not covered by compensating interest, plus Relief Act shortfall), and
 * never below zero (a group whose fees exceed its interest nets nothing, rather than taking from the others).
 */
class WaterfallEngineCashProperties {

    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    @Property(tries = 400)
    void interestPaidNeverExceedsTheCollateralsNetInterest(@ForAll long seed) {
        WaterfallEngineProperties.Case k = withRandomWacs(WaterfallEngineProperties.Case.random(seed, true), new Random(seed));
        PeriodResult r = WaterfallEngine.run(k.deal(), k.collateral(), k.beginning());
        BigDecimal paid = BigDecimal.ZERO;
        StringBuilder classes = new StringBuilder();
        for (ClassResult c : r.classes()) {
            paid = paid.add(c.interest());
            classes.append(String.format(Locale.ROOT, " %s %,.2f at %s%% = %,.2f;", c.name(), c.beginningBalance(),
                    c.rate().stripTrailingZeros().toPlainString(), c.interest()));
        }
        BigDecimal net = BigDecimal.ZERO;
        StringBuilder groups = new StringBuilder();
        for (int g = 0; g < k.deal().groupCount(); g++) {
            GroupResult gr = r.groups().get(g);
            GroupCollateral gc = collateralOf(k, gr.group());
            BigDecimal gross = Rounding.CENTS_HALF_UP.divide(gc.beginningBalance().multiply(gc.grossWac()), TWELVE_HUNDRED);
            BigDecimal fees = gr.servicingFee().add(gr.subServicingFee()).add(gr.trusteeFee());
            BigDecimal groupNet = gross.subtract(fees).subtract(gc.netInterestShortfall()).max(BigDecimal.ZERO);
            net = net.add(groupNet);
            groups.append(String.format(Locale.ROOT, " %s %,.2f at %s%%: gross %,.2f - fees %,.2f - shortfall %,.2f = %,.2f;", gr.group(),
                    gc.beginningBalance(), gc.grossWac().toPlainString(), gross, fees, gc.netInterestShortfall(), groupNet));
        }
        if (paid.compareTo(net) > 0) {
            fail(String.format(Locale.ROOT, "%s: the classes are paid %,.2f interest, the collateral nets %,.2f: %,.2f more (seed %d)%n"
                    + "groups:%s%nclasses:%s", r.distributionDate(), paid, net, paid.subtract(net), seed, groups, classes));
        }
    }

    /**
     * With the certificates equal to the collateral at the start, every dollar of principal collected is paid and the
     * realized loss is allocated exactly: losses and write-downs together equal it (a write-down beyond it would be
     * principal paid as interest or to no class).
     */
    @Property(tries = 400)
    void collectedPrincipalIsPaidAndRealizedLossesAllocatedWhenLossesExhaustTheSubordinates(@ForAll long seed) {
        WaterfallEngineProperties.Case k = withHeavyLosses(WaterfallEngineProperties.Case.random(seed, false), new Random(seed));
        PeriodResult r = WaterfallEngine.run(k.deal(), k.collateral(), k.beginning());
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal lost = BigDecimal.ZERO;
        for (int c = 0; c < k.deal().classCount(); c++) {
            if (!k.deal().isInterestOnly(c)) {
                paid = paid.add(r.classes().get(c).principal());
                lost = lost.add(r.classes().get(c).loss()).add(r.classes().get(c).writeDown());
            }
        }
        BigDecimal collected = BigDecimal.ZERO;
        BigDecimal realized = BigDecimal.ZERO;
        for (GroupCollateral g : k.collateral().groups()) {
            collected = collected.add(g.principalCollected());
            realized = realized.add(g.realizedLoss());
        }
        if (collected.compareTo(paid) != 0 || realized.compareTo(lost) != 0) {
            fail(String.format(Locale.ROOT, "%s: principal collected %,.2f, paid %,.2f; realized loss %,.2f, losses and write-downs %,.2f "
                    + "(seed %d)%n%s%n%s",
                    r.distributionDate(), collected, paid, realized, lost, seed, describe(k.collateral()), describe(r)));
        }
    }

    @Property(tries = 400)
    void certificatesNeverExceedTheCollateralAfterTheDistribution(@ForAll long seed) {
        WaterfallEngineProperties.Case k = withHeavyLosses(WaterfallEngineProperties.Case.random(seed, false), new Random(seed));
        PeriodResult r = WaterfallEngine.run(k.deal(), k.collateral(), k.beginning());
        BigDecimal certificates = BigDecimal.ZERO;
        for (int c = 0; c < k.deal().classCount(); c++) {
            if (!k.deal().isInterestOnly(c)) {
                certificates = certificates.add(r.classes().get(c).endingBalance());
            }
        }
        BigDecimal collateral = BigDecimal.ZERO;
        for (GroupCollateral g : k.collateral().groups()) {
            collateral = collateral.add(g.endingBalance());
        }
        if (certificates.compareTo(collateral) > 0) {
            fail(String.format(Locale.ROOT, "%s: certificates %,.2f after the distribution, collateral %,.2f: %,.2f over (seed %d)%n%s%n%s",
                    r.distributionDate(), certificates, collateral, certificates.subtract(collateral), seed, describe(k.collateral()), describe(r)));
        }
    }

    /**
     * A class is written down only when every class junior to it (for a senior, every subordinate) is gone: ends the
     * date at zero. (On an ordinary date a junior class may be paid its pro-rata principal and then be written off by
     * the date's losses: the PSA pays principal first, then allocates realized losses from the most junior class up.)
     */
    @Property(tries = 400)
    void aClassIsWrittenDownOnlyWhenEveryJuniorClassIsGone(@ForAll long seed) {
        WaterfallEngineProperties.Case k = withHeavyLosses(WaterfallEngineProperties.Case.random(seed, false), new Random(seed));
        ResolvedDeal deal = k.deal();
        PeriodResult r = WaterfallEngine.run(deal, k.collateral(), k.beginning());
        int[] subs = deal.subordinates();
        List<String> violations = new ArrayList<>();
        for (int c = 0; c < deal.classCount(); c++) {
            ClassResult x = r.classes().get(c);
            BigDecimal writtenDown = x.loss().add(x.writeDown());
            if (deal.isInterestOnly(c) || writtenDown.signum() == 0) {
                continue;
            }
            int position = -1;
            for (int i = 0; i < subs.length; i++) {
                position = subs[i] == c ? i : position;
            }
            for (int i = position + 1; i < subs.length; i++) {
                ClassResult j = r.classes().get(subs[i]);
                if (j.endingBalance().signum() != 0) {
                    violations.add(String.format(Locale.ROOT, "%s is written down %,.2f (loss %,.2f, write-down %,.2f) while junior %s is paid "
                            + "%,.2f principal and ends at %,.2f", x.name(), writtenDown, x.loss(), x.writeDown(), j.name(), j.principal(),
                            j.endingBalance()));
                }
            }
        }
        if (!violations.isEmpty()) {
            fail(r.distributionDate() + " (seed " + seed + "):\n  " + String.join("\n  ", violations) + "\n" + describe(k.collateral()) + "\n"
                    + describe(r));
        }
    }

    /**
     * The case with each group's gross WAC drawn from 0.5-10%, and its gross interest given as the loans pay it:
     * beginning balance x gross WAC / 1200, rounded once to the cent.
     */
    static WaterfallEngineProperties.Case withRandomWacs(WaterfallEngineProperties.Case k, Random rnd) {
        List<GroupCollateral> groups = new ArrayList<>();
        for (GroupCollateral g : k.collateral().groups()) {
            BigDecimal wac = BigDecimal.valueOf(50 + rnd.nextInt(951), 2);
            groups.add(new GroupCollateral(g.group(), g.beginningBalance(), g.scheduledPrincipal(), g.prepayments(), g.liquidatedBalance(),
                    g.liquidationProceeds(), wac, g.prepaymentInterestShortfall(), g.compensatingInterest(), g.reliefActShortfall())
                    .withInterestCollected(Rounding.CENTS_HALF_UP.divide(g.beginningBalance().multiply(wac), TWELVE_HUNDRED)));
        }
        return withCollateral(k, groups);
    }

    /** The case with each group liquidating up to 40% of its balance at a severity of 0-100%. */
    static WaterfallEngineProperties.Case withHeavyLosses(WaterfallEngineProperties.Case k, Random rnd) {
        List<GroupCollateral> groups = new ArrayList<>();
        for (GroupCollateral g : k.collateral().groups()) {
            BigDecimal room = g.beginningBalance().subtract(g.scheduledPrincipal()).subtract(g.prepayments());
            BigDecimal liquidated = Rounding.CENTS_HALF_UP.apply(room.multiply(BigDecimal.valueOf(rnd.nextInt(4001), 4)));
            BigDecimal proceeds = Rounding.CENTS_HALF_UP.apply(liquidated.multiply(BigDecimal.valueOf(rnd.nextInt(101), 2)));
            groups.add(new GroupCollateral(g.group(), g.beginningBalance(), g.scheduledPrincipal(), g.prepayments(), liquidated, proceeds,
                    g.grossWac(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        return withCollateral(k, groups);
    }

    private static WaterfallEngineProperties.Case withCollateral(WaterfallEngineProperties.Case k, List<GroupCollateral> groups) {
        PeriodCollateral p = k.collateral();
        return new WaterfallEngineProperties.Case(k.deal(), new PeriodCollateral(p.distributionDate(), groups, p.delinquent60PlusAverage(),
                p.cumulativeLossesBefore()), k.beginning(), k.classes());
    }

    private static GroupCollateral collateralOf(WaterfallEngineProperties.Case k, String group) {
        for (GroupCollateral g : k.collateral().groups()) {
            if (g.group().equals(group)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no group " + group);
    }

    private static String describe(PeriodCollateral p) {
        StringBuilder s = new StringBuilder("collateral:");
        for (GroupCollateral g : p.groups()) {
            s.append(String.format(Locale.ROOT, " %s %,.2f (sched %,.2f, prepaid %,.2f, liquidated %,.2f, proceeds %,.2f) at %s%%;", g.group(),
                    g.beginningBalance(), g.scheduledPrincipal(), g.prepayments(), g.liquidatedBalance(), g.liquidationProceeds(),
                    g.grossWac().toPlainString()));
        }
        return s.toString();
    }

    private static String describe(PeriodResult r) {
        StringBuilder s = new StringBuilder("classes:");
        for (ClassResult c : r.classes()) {
            s.append(String.format(Locale.ROOT, " %s %,.2f -> %,.2f (interest %,.2f, principal %,.2f, loss %,.2f, write-down %,.2f);", c.name(),
                    c.beginningBalance(), c.endingBalance(), c.interest(), c.principal(), c.loss(), c.writeDown()));
        }
        return s.toString();
    }
}
