package org.waterfall.benchmarks;

import org.waterfall.deal.CouponKind;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.ShiftingInterest;
import org.waterfall.projection.GroupStart;
import org.waterfall.projection.StandardFormulas;
import org.waterfall.projection.StartState;

/**
 * The speed limit: the same full-life projection loop as {@code Projector} + {@code WaterfallEngine}, for a
 * constant-CPR scenario with no defaults, in primitive doubles with no rounding. It reads the same resolved deal
 * and start state and follows the same rules (coupons by kind, SP and SPP with the step-down schedule and the
 * two-times test, senior pro rata by group, cross-collateralization, the class prepayment trigger, subordinate
 * pro rata, IO notionals). It lives in benchmarks/ only: it is not exact, and shows what exactness costs.
 */
public final class FullLifeDoubleBaseline {

    private final ResolvedDeal deal;
    private final StartState start;
    private final int nClasses;
    private final int nGroups;
    private final double[] fee;
    private final double[] couponRate;
    private final double closingSenior;
    private final double closingSub;
    private final double originalTotal;
    private final double[] originalFrom;
    private final int maxMonths;

    /** Monthly results of the last run, [month - 1][class]. */
    public double[][] principal;
    public double[][] interest;
    public double[][] ending;
    public int months;

    public FullLifeDoubleBaseline(ResolvedDeal deal, StartState start) {
        this.deal = deal;
        this.start = start;
        nClasses = deal.classCount();
        nGroups = deal.groupCount();
        fee = new double[nGroups];
        int longest = 0;
        for (int g = 0; g < nGroups; g++) {
            fee[g] = deal.groupFeeRate(g).doubleValue();
            longest = Math.max(longest, start.groups().get(g).remainingTermMonths());
        }
        couponRate = new double[nClasses];
        for (int c = 0; c < nClasses; c++) {
            couponRate[c] = deal.couponRate(c) == null ? 0 : deal.couponRate(c).doubleValue();
        }
        closingSenior = deal.closingSeniorFraction().doubleValue();
        closingSub = deal.closingSubordinateFraction().doubleValue();
        originalTotal = deal.originalTotal().doubleValue();
        int[] subs = deal.subordinates();
        originalFrom = new double[subs.length];
        for (int i = 0; i < subs.length; i++) {
            originalFrom[i] = deal.originalSubordinateFrom(i).doubleValue();
        }
        maxMonths = longest + 1;
        principal = new double[maxMonths][nClasses];
        interest = new double[maxMonths][nClasses];
        ending = new double[maxMonths][nClasses];
    }

    /** Runs the deal at a constant CPR (percent) until every class is paid or the collateral is gone. */
    public int run(double cpr) {
        double smm = StandardFormulas.smmFromCpr(cpr) / 100; // percent to a fraction
        ShiftingInterest rules = deal.shiftingInterest();
        double[] bal = new double[nClasses];
        for (int c = 0; c < nClasses; c++) {
            bal[c] = deal.isInterestOnly(c) ? 0 : start.classBalances().get(c).doubleValue();
        }
        double[] perf = new double[nGroups];
        double[] wac = new double[nGroups];
        int[] term = new int[nGroups];
        for (int g = 0; g < nGroups; g++) {
            GroupStart gs = start.groups().get(g);
            perf[g] = gs.balance().doubleValue();
            wac[g] = gs.grossWac().doubleValue();
            term[g] = gs.remainingTermMonths();
        }
        double[] begin = new double[nGroups];
        double[] sched = new double[nGroups];
        double[] prepaid = new double[nGroups];
        double[] seniorBal = new double[nGroups];
        double[] netWac = new double[nGroups];
        double[] sp = new double[nGroups];
        double[] seniorAmt = new double[nGroups];
        double[] excess = new double[nGroups];
        double[] pay = new double[nClasses];
        double[] notional = new double[nClasses];
        int[] subs = deal.subordinates();
        int k = 0;
        while (k < maxMonths) {
            // the exact engine's stopping rules: every group's balance rounds to zero cents, or every class's does
            boolean exhausted = true;
            for (int g = 0; g < nGroups; g++) {
                exhausted &= perf[g] < 0.005;
            }
            boolean allPaid = true;
            for (int c = 0; c < nClasses; c++) {
                allPaid &= bal[c] < 0.005;
            }
            if (exhausted || allPaid) {
                break;
            }
            k++;
            int date = start.asOfDateNumber() + k;
            // collateral: scheduled principal on a level-pay loan, then prepayments
            for (int g = 0; g < nGroups; g++) {
                double b = perf[g];
                double r = wac[g] / 1200;
                int n = term[g] - (k - 1);
                double factor = n <= 1 ? 1 : r == 0 ? 1.0 / n : r / (Math.pow(1 + r, n) - 1);
                begin[g] = b;
                sched[g] = b * factor;
                prepaid[g] = (b - sched[g]) * smm;
                perf[g] = b - sched[g] - prepaid[g];
                netWac[g] = wac[g] - fee[g];
                double s = 0;
                for (int c : deal.seniorsOf(g)) {
                    s += bal[c];
                }
                seniorBal[g] = s;
            }
            for (int c = 0; c < nClasses; c++) {
                if (deal.isInterestOnly(c)) {
                    double s = 0;
                    for (int ref : deal.notionalOf(c)) {
                        s += bal[ref];
                    }
                    notional[c] = s;
                }
            }
            // interest
            double weighted = 0;
            double weights = 0;
            double poolBegin = 0;
            double seniorTotal = 0;
            for (int g = 0; g < nGroups; g++) {
                double comp = begin[g] - seniorBal[g];
                if (comp > 0) {
                    weighted += comp * netWac[g];
                    weights += comp;
                }
                poolBegin += begin[g];
                seniorTotal += seniorBal[g];
            }
            double subRate = weights > 0 ? weighted / weights : 0;
            double[] interestNow = interest[k - 1];
            for (int c = 0; c < nClasses; c++) {
                double rate;
                double base = bal[c];
                switch (deal.couponKind(c)) {
                    case FIXED -> rate = deal.couponCapGroup(c) < 0 ? couponRate[c]
                            : Math.min(couponRate[c], netWac[deal.couponCapGroup(c)]);
                    case GROUP_NET_WAC -> rate = netWac[deal.couponGroup(c)];
                    case SUBORDINATE_NET_WAC -> rate = subRate - couponRate[c];
                    case FIXED_STRIP -> {
                        rate = couponRate[c];
                        base = bal[deal.stripOf(c)];
                    }
                    default -> {
                        double excessDollars = 0;
                        double w = netWac[deal.couponGroup(c)];
                        for (int ref : deal.stripOver(c)) {
                            double e = w - couponRate[ref];
                            if (e > 0) {
                                excessDollars += bal[ref] * e;
                            }
                        }
                        rate = 0;
                        base = 0;
                        interestNow[c] = excessDollars / 1200;
                    }
                }
                if (base != 0) {
                    interestNow[c] = base * Math.max(rate, 0) / 1200;
                }
            }
            // shifting interest
            double aggSenior = poolBegin > 0 ? Math.min(1, seniorTotal / poolBegin) : 0;
            double aggSub = 1 - aggSenior;
            double subBalance = 0;
            for (int c : subs) {
                subBalance += bal[c];
            }
            double shift = rules.scheduledShift(date).doubleValue();
            boolean above = aggSenior > closingSenior;
            boolean delinquencyPassed = rules.delinquencyTest() == null
                    || 0 < subBalance * rules.delinquencyTest().limitPercentOfSubordinate().doubleValue();
            double lossLimit = rules.lossLimitPercent(date) == null ? Double.NaN : rules.lossLimitPercent(date).doubleValue();
            boolean lossPassed = Double.isNaN(lossLimit)
                    || start.cumulativeLosses().doubleValue() * 100 < deal.originalSubordinate().doubleValue() * lossLimit;
            boolean twoTimes = rules.twoTimesTest() != null && aggSub >= closingSub * rules.twoTimesTest().multiple().doubleValue();
            if (rules.fullPrepaymentWhenSeniorAboveClosing() && above) {
                shift = 100;
            } else if (twoTimes && delinquencyPassed && lossPassed) {
                shift = Math.min(shift, rules.twoTimesTest().shift(date).doubleValue());
            }
            double shiftFraction = shift / 100;
            // senior principal by group
            double subPool = 0;
            double subScheduled = 0;
            java.util.Arrays.fill(pay, 0);
            for (int g = 0; g < nGroups; g++) {
                sp[g] = begin[g] > 0 ? Math.min(1, seniorBal[g] / begin[g]) : 0;
                double spp = sp[g] + (1 - sp[g]) * shiftFraction;
                double collected = sched[g] + prepaid[g];
                double formula = Math.min(sp[g] * sched[g] + spp * prepaid[g], collected);
                seniorAmt[g] = Math.min(formula, seniorBal[g]);
                excess[g] = formula - seniorAmt[g];
                subPool += collected - formula;
                subScheduled += (1 - sp[g]) * sched[g];
            }
            var cross = rules.crossCollateralization();
            boolean retiredCross = cross.retiredGroup() && (cross.retiredGroupUnlessSubordinateMultiple() == null
                    || aggSub < closingSub * cross.retiredGroupUnlessSubordinateMultiple().doubleValue() || !delinquencyPassed);
            for (int g = 0; g < nGroups; g++) {
                if (excess[g] <= 0) {
                    continue;
                }
                if (!retiredCross) {
                    subPool += excess[g];
                    continue;
                }
                double room = 0;
                for (int h = 0; h < nGroups; h++) {
                    room += h == g ? 0 : seniorBal[h] - seniorAmt[h];
                }
                double paid = Math.min(excess[g], room);
                if (room > 0) {
                    for (int h = 0; h < nGroups; h++) {
                        if (h != g) {
                            seniorAmt[h] += paid * (seniorBal[h] - seniorAmt[h]) / room;
                        }
                    }
                }
                subPool += excess[g] - paid;
            }
            for (int g = 0; g < nGroups; g++) {
                double gap = seniorBal[g] - seniorAmt[g] - perf[g];
                if (gap > 0 && subPool > 0) {
                    double paid = Math.min(gap, subPool);
                    seniorAmt[g] += paid;
                    subPool -= paid;
                }
                proRata(seniorAmt[g], deal.seniorsOf(g), bal, pay);
            }
            // subordinate principal with the class prepayment trigger
            boolean allEligible = true;
            boolean[] eligible = new boolean[subs.length];
            double below = 0;
            double[] fromClass = new double[subs.length];
            for (int i = subs.length - 1; i >= 0; i--) {
                below += bal[subs[i]];
                fromClass[i] = below;
            }
            boolean seen = false;
            for (int i = 0; i < subs.length; i++) {
                eligible[i] = true;
                if (bal[subs[i]] <= 0 || !rules.classPrepaymentTrigger()) {
                    continue;
                }
                if (!seen) {
                    seen = true;
                    continue;
                }
                eligible[i] = fromClass[i] * originalTotal >= originalFrom[i] * poolBegin;
                allEligible &= eligible[i];
            }
            if (allEligible) {
                proRata(subPool, subs, bal, pay);
            } else {
                double scheduledPart = Math.min(subScheduled, subPool);
                proRata(scheduledPart, subs, bal, pay);
                double left = subPool - scheduledPart;
                double room = 0;
                for (int i = 0; i < subs.length; i++) {
                    room += eligible[i] ? bal[subs[i]] - pay[subs[i]] : 0;
                }
                for (int i = 0; i < subs.length; i++) {
                    if (eligible[i] && room > 0) {
                        pay[subs[i]] += Math.min(left, room) * (bal[subs[i]] - pay[subs[i]]) / room;
                    }
                }
            }
            double[] principalNow = principal[k - 1];
            double[] endingNow = ending[k - 1];
            double certificates = 0;
            double collateral = 0;
            for (int c = 0; c < nClasses; c++) {
                if (!deal.isInterestOnly(c)) {
                    principalNow[c] = pay[c];
                    bal[c] -= pay[c];
                    certificates += bal[c];
                }
            }
            for (int g = 0; g < nGroups; g++) {
                collateral += perf[g];
            }
            // the most junior class outstanding is written down by the certificates' excess over the collateral; in
            // doubles the unrounded amounts drift by cents from the exact engine's, so only an excess of 50 cents or
            // more (the 1.08 at the 2003-11 start) is written down here
            double writeDown = deal.deal().losses().writeDownExcessOverCollateral() ? certificates - collateral : 0;
            for (int c : deal.lossOrder()) {
                if (writeDown < 0.5) {
                    break;
                }
                double take = Math.min(writeDown, bal[c]);
                bal[c] -= take;
                writeDown -= take;
            }
            for (int c = 0; c < nClasses; c++) {
                if (!deal.isInterestOnly(c)) {
                    endingNow[c] = bal[c];
                }
            }
            for (int c = 0; c < nClasses; c++) {
                if (deal.isInterestOnly(c)) {
                    double s = 0;
                    for (int ref : deal.notionalOf(c)) {
                        s += bal[ref];
                    }
                    principalNow[c] = 0;
                    endingNow[c] = s;
                }
            }
        }
        months = k;
        return k;
    }

    /** Pays {@code amount} to {@code members} pro rata by balance, never more than a balance. */
    private static void proRata(double amount, int[] members, double[] bal, double[] pay) {
        double sum = 0;
        for (int c : members) {
            sum += bal[c] - pay[c];
        }
        if (sum <= 0 || amount <= 0) {
            return;
        }
        double a = Math.min(amount, sum);
        double[] room = new double[members.length];
        for (int i = 0; i < members.length; i++) {
            room[i] = bal[members[i]] - pay[members[i]];
        }
        for (int i = 0; i < members.length; i++) {
            pay[members[i]] += a * room[i] / sum;
        }
    }
}
