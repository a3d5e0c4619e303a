package org.waterfall.engine;

import java.math.BigDecimal;
import java.util.Arrays;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.TrusteeConventions;
import org.waterfall.money.Rounding;
import org.waterfall.money.Sums;

/**
 * The working figures of one distribution date while the engine's steps run: each step reads what the steps
 * before it wrote and fills in its own part. Held by a {@link WaterfallEngine.Workspace} (one thread's, reused date
 * after date: {@link #start} clears it) and every step is a stateless function of it. Arrays are indexed as the deal's
 * classes ({@code [c]}) or groups ({@code [g]}).
 */
final class Period {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    final ResolvedDeal deal;
    final TrusteeConventions conv;
    PeriodCollateral collateral;
    /** Each group's collateral, in the deal's group order. */
    GroupCollateral[] groups;
    int dateNumber;
    final int nClasses;
    final int nGroups;
    /** Whether the unrounded principal twins ({@link #principalExact} and what feeds it) are computed. */
    boolean unroundedPrincipal;
    /** Whether the unrounded interest ({@link #accruedExact}) is computed; otherwise it is the rounded interest. */
    boolean unroundedInterest;
    /** Beginning balance, or for an interest-only class its beginning notional. */
    final BigDecimal[] begin;
    /** Interest owed from earlier dates that the available funds could not pay. */
    final BigDecimal[] unpaidBefore;

    // accrual and coupons
    final BigDecimal[] netWac;
    /** Each group's net WAC as a coupon on it is written (the deal's coupon-rate rounding, if any). */
    final BigDecimal[] netWacCoupon;
    final BigDecimal[] seniorBalance;
    BigDecimal subordinateRate;
    /** Each class's coupon; for a WAC strip null until asked for ({@link #rate(int)}), its dollars in {@link #stripDollars}. */
    final BigDecimal[] rate;
    /** A WAC strip's sum of balance x excess rate (percent-dollars per annum), the numerator of its rate. */
    final BigDecimal[] stripDollars;
    final BigDecimal[] accrued;
    final BigDecimal[] accruedExact;

    // shortfalls and available funds
    final BigDecimal[] shortfall;
    final BigDecimal[] groupShortfall;
    final BigDecimal[] grossInterest;
    final BigDecimal[] fees;
    final BigDecimal[] servicingFee;
    final BigDecimal[] subServicingFee;
    final BigDecimal[] trusteeFee;
    /** Scratch for one payment's amounts due, by class: reused by every payment of the date. */
    final BigDecimal[] due;
    final BigDecimal[] availableFunds;
    /** What is left of each group's interest funds (net interest) as the payments proceed: they pay interest only. */
    final BigDecimal[] interestLeft;
    /** What is left of each group's principal funds (principal collected): they pay principal only. */
    final BigDecimal[] principalLeft;
    /** The interest funds left after every group's seniors are paid: they pay the subordinate classes' interest. */
    BigDecimal subordinateInterest = BigDecimal.ZERO;
    /** The principal funds left after every group's seniors are paid: they pay the subordinate classes' principal. */
    BigDecimal subordinatePrincipalFunds = BigDecimal.ZERO;

    // shifting interest
    ShiftingInterestState shifting;
    BigDecimal shiftFraction;

    // principal amounts due
    final BigDecimal[] sp;
    final BigDecimal[] spp;
    final BigDecimal[] seniorAmount;
    final BigDecimal[] seniorExact;
    final BigDecimal[] subordinateAmount;
    final BigDecimal[] subordinateScheduled;
    final BigDecimal[] excessSenior;
    BigDecimal subordinatePool = BigDecimal.ZERO;
    /** Each subordinate principal class's share of the subordinate principal (what it is due), by class. */
    final BigDecimal[] subordinateDue;
    /** The same before rounding (the exact pro-rata shares), for the figures derived from unrounded amounts. */
    final BigDecimal[] subordinateDueExact;

    // payments
    final BigDecimal[] interestPaid;
    final BigDecimal[] unpaidAfter;
    final BigDecimal[] principal;
    final BigDecimal[] principalExact;
    final BigDecimal[] paidToSeniors;

    // losses
    final BigDecimal[] loss;
    final BigDecimal[] writeDown;
    final BigDecimal[] groupLoss;
    /** Principal collections a group's interest could not spare for an advance or its fees: a loss in the loss order. */
    final BigDecimal[] principalHeldBack;

    /** {@link #remaining(int)}'s last result and the principal, loss and write-down it was taken from. */
    private final BigDecimal[] remainingKept;
    private final BigDecimal[] remainingPrincipal;
    private final BigDecimal[] remainingLoss;
    private final BigDecimal[] remainingWriteDown;
    /** The amounts each date starts at zero and its steps add to. */
    private final BigDecimal[][] amountsFromZero;

    // results
    /** Ending balance, or for an interest-only class its ending notional (set by {@link Results#endings}). */
    final BigDecimal[] ending;

    /** The groups' seniors as their principal rules pay them ({@link SeniorPayments}, {@link CrossCollateral}). */
    final SeniorPayees seniorPayees;
    /** The classes that are not interest-only, in the deal's order. */
    final int[] principalClasses;
    /** Scratch for one step's sum of products (two factors, by term): as many terms as classes or groups. */
    final BigDecimal[][] productScratch;
    /** Scratch for one capped pro-rata split ({@link Allocation#proRataCapped}): room, shares and exact shares, by member. */
    final BigDecimal[][] allocationScratch;
    /** Scratch for the subordinate principal's split: each subordinate class's room, by class. */
    final BigDecimal[] subordinateRoom;
    /** Scratch for the class prepayment trigger: whether each subordinate is eligible, and the balance from it down. */
    final boolean[] subordinateEligible;
    final BigDecimal[] subordinateFrom;
    /** Scratch for the subordinate payments: whether a class's interest is paid yet, by class. */
    final boolean[] interestPaidScratch;
    /** Scratch for one sum of balances remaining ({@link #remainingTotal}), by class. */
    private final BigDecimal[] remainingScratch;

    /** The working figures of one deal's dates, their arrays allocated once and reset by {@link #start} each date. */
    Period(ResolvedDeal deal) {
        this.deal = deal;
        this.conv = deal.conventions();
        this.nClasses = deal.classCount();
        this.nGroups = deal.groupCount();
        begin = new BigDecimal[nClasses];
        unpaidBefore = new BigDecimal[nClasses];
        netWac = new BigDecimal[nGroups];
        netWacCoupon = new BigDecimal[nGroups];
        seniorBalance = new BigDecimal[nGroups];
        rate = new BigDecimal[nClasses];
        stripDollars = new BigDecimal[nClasses];
        accrued = new BigDecimal[nClasses];
        accruedExact = new BigDecimal[nClasses];
        shortfall = new BigDecimal[nClasses];
        groupShortfall = new BigDecimal[nGroups];
        grossInterest = new BigDecimal[nGroups];
        fees = new BigDecimal[nGroups];
        servicingFee = new BigDecimal[nGroups];
        subServicingFee = new BigDecimal[nGroups];
        trusteeFee = new BigDecimal[nGroups];
        due = new BigDecimal[nClasses];
        availableFunds = new BigDecimal[nGroups];
        interestLeft = new BigDecimal[nGroups];
        principalLeft = new BigDecimal[nGroups];
        sp = new BigDecimal[nGroups];
        spp = new BigDecimal[nGroups];
        seniorAmount = new BigDecimal[nGroups];
        seniorExact = new BigDecimal[nGroups];
        subordinateAmount = new BigDecimal[nGroups];
        subordinateScheduled = new BigDecimal[nGroups];
        excessSenior = new BigDecimal[nGroups];
        subordinateDue = new BigDecimal[nClasses];
        subordinateDueExact = new BigDecimal[nClasses];
        interestPaid = new BigDecimal[nClasses];
        unpaidAfter = new BigDecimal[nClasses];
        principal = new BigDecimal[nClasses];
        principalExact = new BigDecimal[nClasses];
        paidToSeniors = new BigDecimal[nGroups];
        loss = new BigDecimal[nClasses];
        writeDown = new BigDecimal[nClasses];
        groupLoss = new BigDecimal[nGroups];
        principalHeldBack = new BigDecimal[nGroups];
        ending = new BigDecimal[nClasses];
        remainingKept = new BigDecimal[nClasses];
        remainingPrincipal = new BigDecimal[nClasses];
        remainingLoss = new BigDecimal[nClasses];
        remainingWriteDown = new BigDecimal[nClasses];
        amountsFromZero = new BigDecimal[][] {groupShortfall, excessSenior, subordinateDue, subordinateDueExact, interestPaid,
            unpaidAfter, principal, principalExact, paidToSeniors, loss, writeDown, groupLoss, principalHeldBack};
        seniorPayees = new SeniorPayees(this);
        int principalCount = 0;
        for (int c = 0; c < nClasses; c++) {
            principalCount += deal.isInterestOnly(c) ? 0 : 1;
        }
        principalClasses = new int[principalCount];
        for (int c = 0, k = 0; c < nClasses; c++) {
            if (!deal.isInterestOnly(c)) {
                principalClasses[k++] = c;
            }
        }
        remainingScratch = new BigDecimal[nClasses];
        productScratch = new BigDecimal[2][Math.max(nClasses, nGroups)];
        allocationScratch = new BigDecimal[3][nClasses];
        subordinateRoom = new BigDecimal[nClasses];
        subordinateEligible = new boolean[nClasses];
        subordinateFrom = new BigDecimal[nClasses];
        interestPaidScratch = new boolean[nClasses];
    }

    /**
     * Starts a date: every figure of the previous date is cleared (amounts to zero, the rest unset) and the
     * date's collateral and detail taken; the caller then fills {@link #begin} and {@link #unpaidBefore}.
     */
    Period start(PeriodCollateral collateral, GroupCollateral[] groups, Detail detail) {
        this.collateral = collateral;
        this.groups = groups;
        this.dateNumber = deal.deal().calendar().dateNumber(collateral.distributionDate());
        this.unroundedPrincipal = detail.unroundedPrincipal();
        this.unroundedInterest = detail.unroundedInterest();
        subordinateRate = null;
        subordinateInterest = BigDecimal.ZERO;
        subordinatePrincipalFunds = BigDecimal.ZERO;
        shifting = null;
        shiftFraction = null;
        subordinatePool = BigDecimal.ZERO;
        // every class's or group's entry of the other arrays is written by its step before any step reads it (rate, accrued,
        // fees, available funds, senior amounts, endings...): only what is read before it is written, or kept across
        // reads, is cleared
        Arrays.fill(stripDollars, null);
        Arrays.fill(remainingKept, null);
        Arrays.fill(shortfall, conv.interest().zero());
        for (BigDecimal[] zero : amountsFromZero) {
            Arrays.fill(zero, BigDecimal.ZERO);
        }
        BigDecimal noCents = conv.principal().zero();
        for (int c = 0; c < nClasses; c++) {
            if (!deal.isInterestOnly(c)) {
                principal[c] = noCents; // a principal class's principal is an amount at the cent even when nothing is paid
            }
        }
        return this;
    }

    /** The unrounded principal paid, by class, when this date computes it; null when no caller asks for it. */
    BigDecimal[] principalTwins() {
        return unroundedPrincipal ? principalExact : null;
    }

    /**
     * A class's coupon for the date, percent; a WAC strip's (its dollars over its notional, 34 digits: it is printed
     * only through its rounded interest) is divided out when first asked for, not every date.
     */
    BigDecimal rate(int c) {
        BigDecimal r = rate[c];
        if (r == null) {
            r = stripDollars[c].divide(begin[c], Rounding.INTERMEDIATE);
            rate[c] = r;
        }
        return r;
    }

    boolean finalDistribution() {
        return collateral.finalDistribution();
    }

    /**
     * A class's balance after this date's principal, losses and write-downs so far. The steps ask for it many times a
     * date; it is kept with the three amounts it was taken from and taken again only when one of them has changed
     * (amounts are immutable, so an unchanged reference is an unchanged amount).
     */
    BigDecimal remaining(int c) {
        BigDecimal pr = principal[c];
        BigDecimal l = loss[c];
        BigDecimal w = writeDown[c];
        BigDecimal r = remainingKept[c];
        if (r != null && remainingPrincipal[c] == pr && remainingLoss[c] == l && remainingWriteDown[c] == w) {
            return r;
        }
        r = Sums.minus(begin[c], pr, l, w);
        remainingKept[c] = r;
        remainingPrincipal[c] = pr;
        remainingLoss[c] = l;
        remainingWriteDown[c] = w;
        return r;
    }

    /** The classes' balances after this date's amounts so far ({@link #remaining}), summed at once ({@link Sums#total}). */
    BigDecimal remainingTotal(int[] classes) {
        for (int c : classes) {
            remainingScratch[c] = remaining(c);
        }
        return Sums.total(remainingScratch, classes);
    }

    static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

    static BigDecimal sum(BigDecimal[] values) {
        return Sums.total(values, null);
    }

    static BigDecimal sum(BigDecimal[] values, int[] indexes) {
        return Sums.total(values, indexes);
    }
}
