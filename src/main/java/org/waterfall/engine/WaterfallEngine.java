package org.waterfall.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.ShiftingInterest;
import org.waterfall.deal.TrusteeConventions;
import org.waterfall.money.ProRata;
import org.waterfall.money.RemainderRule;
import org.waterfall.money.Rounding;

/**
 * The waterfall for one distribution date: a pure function of the resolved deal, the period's collateral and
 * the classes' beginning balances. Verification and projection both run this one code path.
 *
 * <p>Order of work: net WACs and the subordinate rate; each class's coupon and accrued interest (30/360, one
 * month); interest shortfalls pro rata to accrued interest; each group's Senior Percentage and Senior
 * Prepayment Percentage (shifting interest with the two-times test); senior principal pro rata within the
 * group; cross-collateralization; subordinate principal pro rata (with the class prepayment distribution
 * trigger); realized losses in reverse order, then to the group's seniors; ending balances, IO notionals and
 * factors. Every rounding names a {@link Rounding} convention from the deal's {@link TrusteeConventions}.
 */
public final class WaterfallEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    private WaterfallEngine() {
    }

    /**
     * Runs one distribution date.
     *
     * @param deal the resolved deal
     * @param collateral the period's collateral, one entry per group of the deal (any order)
     * @param beginningBalances each class's beginning balance, indexed as the deal's classes (entries of IO
     *     classes are ignored: their notionals are derived)
     */
    public static PeriodResult run(ResolvedDeal deal, PeriodCollateral collateral, BigDecimal[] beginningBalances) {
        int nClasses = deal.classCount();
        int nGroups = deal.groupCount();
        if (beginningBalances.length != nClasses) {
            throw new IllegalArgumentException("expected " + nClasses + " beginning balances, got " + beginningBalances.length);
        }
        GroupCollateral[] groups = orderGroups(deal, collateral);
        TrusteeConventions conv = deal.conventions();
        int dateNumber = deal.deal().calendar().dateNumber(collateral.distributionDate());

        BigDecimal[] begin = new BigDecimal[nClasses];
        for (int c = 0; c < nClasses; c++) {
            begin[c] = deal.isInterestOnly(c) ? BigDecimal.ZERO : requireBalance(deal, c, beginningBalances[c]);
        }
        for (int c = 0; c < nClasses; c++) {
            if (deal.isInterestOnly(c)) {
                begin[c] = sum(begin, deal.notionalOf(c));
            }
        }

        // --- Group percentages -------------------------------------------------------------------------
        BigDecimal[] seniorBalance = new BigDecimal[nGroups];
        BigDecimal[] netWac = new BigDecimal[nGroups];
        BigDecimal poolBegin = BigDecimal.ZERO;
        BigDecimal seniorTotal = BigDecimal.ZERO;
        for (int g = 0; g < nGroups; g++) {
            seniorBalance[g] = sum(begin, deal.seniorsOf(g));
            netWac[g] = groups[g].grossWac().subtract(deal.groupFeeRate(g));
            poolBegin = poolBegin.add(groups[g].beginningBalance());
            seniorTotal = seniorTotal.add(seniorBalance[g]);
        }
        BigDecimal subordinateRate = subordinateRate(deal, groups, seniorBalance, netWac);

        // --- Interest ----------------------------------------------------------------------------------
        boolean exactBasis = conv.derivedFigureBasis() == TrusteeConventions.DerivedFigureBasis.UNROUNDED_AMOUNTS;
        BigDecimal[] rate = new BigDecimal[nClasses];
        BigDecimal[] accrued = new BigDecimal[nClasses];
        BigDecimal[] accruedExact = new BigDecimal[nClasses];
        for (int c = 0; c < nClasses; c++) {
            BigDecimal couponRate = deal.couponRate(c);
            switch (deal.couponKind(c)) {
                case ResolvedDeal.FIXED -> rate[c] = couponRate;
                case ResolvedDeal.GROUP_NET_WAC -> rate[c] = couponRounded(conv, netWac[deal.couponGroup(c)]);
                case ResolvedDeal.SUBORDINATE_NET_WAC -> rate[c] = couponRounded(conv, subordinateRate).subtract(couponRate);
                case ResolvedDeal.FIXED_STRIP -> rate[c] = couponRate;
                case ResolvedDeal.WAC_EXCESS_STRIP -> rate[c] = null; // set below from the strip's interest
                default -> throw new IllegalStateException("coupon kind " + deal.couponKind(c));
            }
            if (rate[c] != null && rate[c].signum() < 0) {
                rate[c] = BigDecimal.ZERO;
            }
        }
        for (int c = 0; c < nClasses; c++) {
            if (deal.couponKind(c) == ResolvedDeal.WAC_EXCESS_STRIP) {
                BigDecimal wac = couponRounded(conv, netWac[deal.couponGroup(c)]);
                BigDecimal excessDollars = BigDecimal.ZERO; // sum of balance x excess rate, percent-dollars per annum
                for (int k : deal.stripOver(c)) {
                    BigDecimal excess = wac.subtract(rate[k]);
                    if (excess.signum() > 0) {
                        excessDollars = excessDollars.add(begin[k].multiply(excess));
                    }
                }
                accrued[c] = conv.interest().divide(excessDollars, TWELVE_HUNDRED);
                accruedExact[c] = exactBasis ? excessDollars.divide(TWELVE_HUNDRED, Rounding.WORKING_SCALE, RoundingMode.HALF_EVEN)
                        : accrued[c];
                rate[c] = begin[c].signum() == 0 ? BigDecimal.ZERO : excessDollars.divide(begin[c], Rounding.INTERMEDIATE);
            } else {
                BigDecimal base = deal.couponKind(c) == ResolvedDeal.FIXED_STRIP ? begin[deal.stripOf(c)] : begin[c];
                BigDecimal percentDollars = base.multiply(rate[c]);
                accrued[c] = conv.interest().divide(percentDollars, TWELVE_HUNDRED);
                accruedExact[c] = exactBasis ? percentDollars.divide(TWELVE_HUNDRED, Rounding.WORKING_SCALE, RoundingMode.HALF_EVEN)
                        : accrued[c];
            }
        }
        BigDecimal totalShortfall = BigDecimal.ZERO;
        for (GroupCollateral gc : groups) {
            totalShortfall = totalShortfall.add(gc.netInterestShortfall());
        }
        BigDecimal totalAccrued = sum(accrued);
        totalShortfall = conv.interest().apply(totalShortfall.min(totalAccrued));
        BigDecimal[] shortfall = ProRata.allocate(totalShortfall, accrued, conv.interest(), conv.shortfallRemainder());

        // --- Shifting interest -------------------------------------------------------------------------
        ShiftingInterest rules = deal.shiftingInterest();
        BigDecimal aggSenior = poolBegin.signum() == 0 ? BigDecimal.ZERO
                : seniorTotal.divide(poolBegin, Rounding.INTERMEDIATE).min(BigDecimal.ONE);
        BigDecimal aggSub = BigDecimal.ONE.subtract(aggSenior);
        BigDecimal closingSenior = deal.closingSeniorFraction();
        BigDecimal closingSub = deal.closingSubordinateFraction();
        BigDecimal subBalance = sum(begin, deal.subordinates());
        BigDecimal scheduledShift = rules.scheduledShift(dateNumber);
        boolean seniorAboveClosing = aggSenior.compareTo(closingSenior) > 0;
        boolean delinquencyPassed = rules.delinquencyTest() == null
                || collateral.delinquent60PlusAverage().multiply(HUNDRED)
                        .compareTo(subBalance.multiply(rules.delinquencyTest().limitPercentOfSubordinate())) < 0;
        BigDecimal cumulativeLosses = collateral.cumulativeLossesBefore();
        for (GroupCollateral gc : groups) {
            cumulativeLosses = cumulativeLosses.add(gc.realizedLoss());
        }
        BigDecimal lossLimit = rules.lossLimitPercent(dateNumber);
        boolean lossPassed = lossLimit == null
                || cumulativeLosses.multiply(HUNDRED).compareTo(deal.originalSubordinate().multiply(lossLimit)) < 0;
        boolean twoTimesMet = rules.twoTimesTest() != null
                && aggSub.compareTo(closingSub.multiply(rules.twoTimesTest().multiple())) >= 0;
        BigDecimal appliedShift = scheduledShift;
        if (rules.fullPrepaymentWhenSeniorAboveClosing() && seniorAboveClosing) {
            appliedShift = HUNDRED;
        } else if (twoTimesMet && delinquencyPassed && lossPassed) {
            appliedShift = appliedShift.min(rules.twoTimesTest().shift(dateNumber));
        }
        BigDecimal shiftFraction = appliedShift.movePointLeft(2);

        // --- Senior principal by group -----------------------------------------------------------------
        Rounding cents = conv.principal();
        BigDecimal[] sp = new BigDecimal[nGroups];
        BigDecimal[] spp = new BigDecimal[nGroups];
        BigDecimal[] seniorAmount = new BigDecimal[nGroups];
        BigDecimal[] seniorExact = new BigDecimal[nGroups];
        BigDecimal[] subordinateAmount = new BigDecimal[nGroups];
        BigDecimal[] subordinateScheduled = new BigDecimal[nGroups];
        BigDecimal[] excessSenior = new BigDecimal[nGroups];
        for (int g = 0; g < nGroups; g++) {
            GroupCollateral gc = groups[g];
            BigDecimal b = gc.beginningBalance();
            sp[g] = b.signum() == 0 ? BigDecimal.ZERO : seniorBalance[g].divide(b, Rounding.INTERMEDIATE).min(BigDecimal.ONE);
            spp[g] = sp[g].add(BigDecimal.ONE.subtract(sp[g]).multiply(shiftFraction));
            BigDecimal recovered = gc.liquidationProceeds().min(gc.liquidatedBalance());
            BigDecimal fromLiquidations = sp[g].multiply(gc.liquidatedBalance()).min(spp[g].multiply(recovered));
            BigDecimal unrounded = sp[g].multiply(gc.scheduledPrincipal()).add(spp[g].multiply(gc.prepayments()))
                    .add(fromLiquidations);
            BigDecimal rounded = cents.apply(unrounded);
            BigDecimal collected = gc.principalCollected();
            BigDecimal formula = rounded.min(collected);
            seniorAmount[g] = formula.min(seniorBalance[g]);
            seniorExact[g] = seniorAmount[g].compareTo(rounded) == 0
                    ? unrounded.setScale(Rounding.WORKING_SCALE, RoundingMode.HALF_EVEN) : seniorAmount[g];
            excessSenior[g] = formula.subtract(seniorAmount[g]);
            subordinateAmount[g] = collected.subtract(formula);
            subordinateScheduled[g] = cents.apply(BigDecimal.ONE.subtract(sp[g]).multiply(gc.scheduledPrincipal()));
        }

        // --- Cross-collateralization -------------------------------------------------------------------
        BigDecimal subordinatePool = sum(subordinateAmount);
        if (rules.crossCollateralization()) {
            // a paid-off group's excess senior principal goes to the other groups' seniors, pro rata
            for (int g = 0; g < nGroups; g++) {
                BigDecimal excess = excessSenior[g];
                if (excess.signum() <= 0) {
                    continue;
                }
                BigDecimal[] room = new BigDecimal[nGroups];
                for (int h = 0; h < nGroups; h++) {
                    room[h] = h == g ? BigDecimal.ZERO : seniorBalance[h].subtract(seniorAmount[h]);
                }
                BigDecimal available = sum(room);
                BigDecimal paid = excess.min(available);
                BigDecimal[] shares = ProRata.allocate(paid, room, cents, RemainderRule.LARGEST_ABSORBS);
                for (int h = 0; h < nGroups; h++) {
                    seniorAmount[h] = seniorAmount[h].add(shares[h]);
                    seniorExact[h] = seniorExact[h].add(shares[h]);
                }
                subordinatePool = subordinatePool.add(excess.subtract(paid));
            }
            // an undercollateralized group's seniors take subordinate principal first
            for (int g = 0; g < nGroups; g++) {
                BigDecimal seniorEnding = seniorBalance[g].subtract(seniorAmount[g]);
                BigDecimal gap = seniorEnding.subtract(groups[g].endingBalance());
                if (gap.signum() > 0 && subordinatePool.signum() > 0) {
                    BigDecimal paid = gap.min(subordinatePool);
                    seniorAmount[g] = seniorAmount[g].add(paid);
                    seniorExact[g] = seniorExact[g].add(paid);
                    subordinatePool = subordinatePool.subtract(paid);
                }
            }
        } else {
            for (int g = 0; g < nGroups; g++) {
                subordinatePool = subordinatePool.add(excessSenior[g]);
            }
        }

        BigDecimal[] principal = new BigDecimal[nClasses];
        BigDecimal[] principalExact = new BigDecimal[nClasses];
        java.util.Arrays.fill(principal, BigDecimal.ZERO);
        java.util.Arrays.fill(principalExact, BigDecimal.ZERO);
        for (int g = 0; g < nGroups; g++) {
            allocateCapped(seniorAmount[g], seniorExact[g], deal.seniorsOf(g), begin, principal, principalExact, cents,
                    conv.seniorRemainder());
        }

        // --- Subordinate principal ---------------------------------------------------------------------
        int[] subs = deal.subordinates();
        boolean[] eligible = prepaymentEligible(deal, rules, subs, begin, poolBegin);
        boolean allEligible = true;
        for (boolean e : eligible) {
            allEligible &= e;
        }
        if (allEligible) {
            allocateCapped(subordinatePool, subordinatePool, subs, begin, principal, principalExact, cents,
                    conv.subordinateRemainder());
        } else {
            BigDecimal scheduledPart = sum(subordinateScheduled).min(subordinatePool);
            allocateCapped(scheduledPart, scheduledPart, subs, begin, principal, principalExact, cents,
                    conv.subordinateRemainder());
            BigDecimal[] remaining = new BigDecimal[nClasses];
            for (int c = 0; c < nClasses; c++) {
                remaining[c] = begin[c].subtract(principal[c]);
            }
            int[] eligibleSubs = java.util.stream.IntStream.range(0, subs.length).filter(i -> eligible[i])
                    .map(i -> subs[i]).toArray();
            BigDecimal prepaymentPart = subordinatePool.subtract(scheduledPart);
            allocateCapped(prepaymentPart, prepaymentPart, eligibleSubs, remaining, principal, principalExact, cents,
                    conv.subordinateRemainder());
            // what the eligible classes cannot take (they are paid off) goes to the classes the trigger held back
            BigDecimal paidToSubs = sum(principal, subs);
            BigDecimal leftOver = subordinatePool.subtract(paidToSubs);
            if (leftOver.signum() > 0) {
                for (int c = 0; c < nClasses; c++) {
                    remaining[c] = begin[c].subtract(principal[c]);
                }
                allocateCapped(leftOver, leftOver, subs, remaining, principal, principalExact, cents, conv.subordinateRemainder());
            }
        }

        // --- Realized losses ---------------------------------------------------------------------------
        BigDecimal[] loss = new BigDecimal[nClasses];
        java.util.Arrays.fill(loss, BigDecimal.ZERO);
        BigDecimal[] groupLoss = new BigDecimal[nGroups];
        BigDecimal totalLoss = BigDecimal.ZERO;
        for (int g = 0; g < nGroups; g++) {
            groupLoss[g] = groups[g].realizedLoss();
            totalLoss = totalLoss.add(groupLoss[g]);
        }
        BigDecimal unallocated = totalLoss;
        for (int c : deal.lossOrder()) {
            if (unallocated.signum() <= 0) {
                break;
            }
            BigDecimal room = begin[c].subtract(principal[c]);
            BigDecimal take = unallocated.min(room);
            loss[c] = loss[c].add(take);
            unallocated = unallocated.subtract(take);
        }
        if (unallocated.signum() > 0 && totalLoss.signum() > 0) {
            // credit support depleted: each group's share of what is left goes to its seniors pro rata
            BigDecimal[] groupShare = ProRata.allocate(unallocated, groupLoss, cents, RemainderRule.LARGEST_ABSORBS);
            for (int g = 0; g < nGroups; g++) {
                int[] seniors = deal.seniorsOf(g);
                BigDecimal[] room = new BigDecimal[nClasses];
                for (int c = 0; c < nClasses; c++) {
                    room[c] = begin[c].subtract(principal[c]).subtract(loss[c]);
                }
                allocateCapped(groupShare[g], groupShare[g], seniors, room, loss, null, cents, RemainderRule.LARGEST_ABSORBS);
            }
        }

        // --- Ending balances, notionals, factors ---------------------------------------------------------
        BigDecimal[] ending = new BigDecimal[nClasses];
        for (int c = 0; c < nClasses; c++) {
            if (!deal.isInterestOnly(c)) {
                ending[c] = begin[c].subtract(principal[c]).subtract(loss[c]);
            }
        }
        List<ClassResult> classResults = new ArrayList<>(nClasses);
        for (int c = 0; c < nClasses; c++) {
            boolean io = deal.isInterestOnly(c);
            if (io) {
                ending[c] = sum(ending, deal.notionalOf(c));
            }
            BigDecimal interest = accrued[c].subtract(shortfall[c]);
            BigDecimal endingUnrounded = io ? sumExactEnding(deal.notionalOf(c), begin, principalExact, loss)
                    : begin[c].subtract(principalExact[c]).subtract(loss[c]);
            classResults.add(new ClassResult(deal.className(c), begin[c], rate[c], accrued[c], shortfall[c], interest, principal[c],
                    loss[c], ending[c], principalExact[c], accruedExact[c].subtract(shortfall[c]), conv,
                    deal.couponKind(c) == ResolvedDeal.WAC_EXCESS_STRIP, deal.original(c), endingUnrounded));
        }
        List<GroupResult> groupResults = new ArrayList<>(nGroups);
        for (int g = 0; g < nGroups; g++) {
            GroupCollateral gc = groups[g];
            BigDecimal b = gc.beginningBalance();
            groupResults.add(new GroupResult(deal.group(g).id(), b, gc.endingBalance(), gc.grossWac(), gc.scheduledPrincipal(),
                    gc.prepayments(), gc.liquidatedBalance(), netWac[g], sp[g], spp[g],
                    seniorAmount[g], subordinateAmount[g], groupLoss[g],
                    monthlyFee(conv, b, deal.group(g).servicingFeeRate()),
                    monthlyFee(conv, b, deal.group(g).subServicingFeeRate()),
                    monthlyFee(conv, b, deal.group(g).trusteeFeeRate())));
        }
        ShiftingInterestState state = new ShiftingInterestState(aggSenior, closingSenior, aggSub, closingSub,
                scheduledShift, appliedShift, seniorAboveClosing, twoTimesMet, delinquencyPassed, lossPassed,
                subordinateRate);
        return new PeriodResult(collateral.distributionDate(), dateNumber, classResults, groupResults, state);
    }

    private static BigDecimal sumExactEnding(int[] refs, BigDecimal[] begin, BigDecimal[] principalExact, BigDecimal[] loss) {
        BigDecimal s = BigDecimal.ZERO;
        for (int k : refs) {
            s = s.add(begin[k]).subtract(principalExact[k]).subtract(loss[k]);
        }
        return s;
    }

    /** A group's monthly fee: beginning balance x annual rate (percent) / 1200, to the cent. */
    private static BigDecimal monthlyFee(TrusteeConventions conv, BigDecimal balance, BigDecimal ratePercent) {
        return conv.interest().divide(balance.multiply(ratePercent), TWELVE_HUNDRED);
    }

    private static BigDecimal couponRounded(TrusteeConventions conv, BigDecimal ratePercent) {
        return conv.couponRate() == null ? ratePercent : conv.couponRate().apply(ratePercent);
    }

    /**
     * The groups' net WACs weighted by their subordinate components (beginning balance less the seniors'
     * beginning balance, never negative); by beginning balance when every component is zero.
     */
    static BigDecimal subordinateRate(ResolvedDeal deal, GroupCollateral[] groups, BigDecimal[] seniorBalance, BigDecimal[] netWac) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (int g = 0; g < groups.length; g++) {
            BigDecimal component = groups[g].beginningBalance().subtract(seniorBalance[g]);
            if (component.signum() > 0) {
                weighted = weighted.add(component.multiply(netWac[g]));
                weights = weights.add(component);
            }
        }
        if (weights.signum() == 0) {
            for (int g = 0; g < groups.length; g++) {
                weighted = weighted.add(groups[g].beginningBalance().multiply(netWac[g]));
                weights = weights.add(groups[g].beginningBalance());
            }
        }
        return weights.signum() == 0 ? BigDecimal.ZERO : weighted.divide(weights, Rounding.INTERMEDIATE);
    }

    /**
     * The class prepayment distribution trigger: the most senior outstanding subordinate class always
     * shares; another shares in prepayments only while its fractional interest (its balance and every class
     * junior to it, over the pool) is at least its original fractional interest.
     */
    private static boolean[] prepaymentEligible(ResolvedDeal deal, ShiftingInterest rules, int[] subs, BigDecimal[] begin,
            BigDecimal poolBegin) {
        boolean[] eligible = new boolean[subs.length];
        java.util.Arrays.fill(eligible, true);
        if (!rules.classPrepaymentTrigger() || poolBegin.signum() == 0 || deal.originalTotal().signum() == 0) {
            return eligible;
        }
        boolean seniorOutstandingSeen = false;
        BigDecimal[] fromClass = new BigDecimal[subs.length];
        BigDecimal below = BigDecimal.ZERO;
        for (int i = subs.length - 1; i >= 0; i--) {
            below = below.add(begin[subs[i]]);
            fromClass[i] = below;
        }
        for (int i = 0; i < subs.length; i++) {
            if (begin[subs[i]].signum() == 0) {
                continue;
            }
            if (!seniorOutstandingSeen) {
                seniorOutstandingSeen = true;
                continue;
            }
            // fromClass / poolBegin >= originalFrom / originalTotal, cross-multiplied to stay exact
            eligible[i] = fromClass[i].multiply(deal.originalTotal())
                    .compareTo(deal.originalSubordinateFrom(i).multiply(poolBegin)) >= 0;
        }
        return eligible;
    }

    /**
     * Pays {@code amount} to {@code members} pro rata by {@code weights}, never more than a member's weight
     * (its remaining balance); what a capped member cannot take goes to the others, again pro rata. When
     * {@code exactPaid} is given, it receives each member's share of {@code exactAmount} (the amount before
     * rounding) where no cap applies, and the paid amount where one does.
     */
    private static void allocateCapped(BigDecimal amount, BigDecimal exactAmount, int[] members, BigDecimal[] weights,
            BigDecimal[] paid, BigDecimal[] exactPaid, Rounding rounding, RemainderRule remainder) {
        BigDecimal left = amount;
        BigDecimal[] room = new BigDecimal[members.length];
        for (int i = 0; i < members.length; i++) {
            room[i] = weights[members[i]];
        }
        if (exactPaid != null && amount.signum() > 0) {
            BigDecimal[] exact = new BigDecimal[members.length];
            ProRata.exactShares(exactAmount, room, exact);
            for (int i = 0; i < members.length; i++) {
                exactPaid[members[i]] = exactPaid[members[i]].add(exact[i].min(room[i]));
            }
        }
        while (left.signum() > 0) {
            BigDecimal[] shares = ProRata.allocate(left, room, rounding, remainder);
            BigDecimal placed = BigDecimal.ZERO;
            boolean capped = false;
            for (int i = 0; i < members.length; i++) {
                BigDecimal share = shares[i];
                if (share.compareTo(room[i]) > 0) {
                    share = room[i];
                    capped = true;
                }
                paid[members[i]] = paid[members[i]].add(share);
                room[i] = room[i].subtract(share);
                placed = placed.add(share);
            }
            left = left.subtract(placed);
            if (!capped || placed.signum() == 0) {
                break;
            }
        }
    }

    private static GroupCollateral[] orderGroups(ResolvedDeal deal, PeriodCollateral collateral) {
        int n = deal.groupCount();
        GroupCollateral[] ordered = new GroupCollateral[n];
        for (GroupCollateral gc : collateral.groups()) {
            int g = deal.groupIndex(gc.group());
            if (g < 0) {
                throw new IllegalArgumentException("collateral for unknown group '" + gc.group() + "'");
            }
            if (ordered[g] != null) {
                throw new IllegalArgumentException("collateral for group '" + gc.group() + "' given twice");
            }
            ordered[g] = gc;
        }
        for (int g = 0; g < n; g++) {
            if (ordered[g] == null) {
                throw new IllegalArgumentException("no collateral for group '" + deal.group(g).id() + "'");
            }
        }
        return ordered;
    }

    private static BigDecimal requireBalance(ResolvedDeal deal, int c, BigDecimal balance) {
        if (balance == null) {
            throw new IllegalArgumentException("no beginning balance for class " + deal.className(c));
        }
        if (balance.signum() < 0) {
            throw new IllegalArgumentException("negative beginning balance for class " + deal.className(c));
        }
        return balance;
    }

    private static BigDecimal sum(BigDecimal[] values) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            s = s.add(v);
        }
        return s;
    }

    private static BigDecimal sum(BigDecimal[] values, int[] indexes) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i : indexes) {
            s = s.add(values[i]);
        }
        return s;
    }
}
