package org.waterfall.projection;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.waterfall.analytics.WeightedAverageLife;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.DealCalendar;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.WorkingPrecision;
import org.waterfall.engine.DateFigures;
import org.waterfall.engine.Detail;
import org.waterfall.engine.PeriodResult;
import org.waterfall.engine.WaterfallEngine;
import org.waterfall.money.Exact128;
import org.waterfall.money.MoneyFormat;
import org.waterfall.money.Rounding;
import org.waterfall.money.RunningTotal;

/**
 * Projects a deal forward from a {@link StartState}, month by month, under a {@link Scenario}. Each month the
 * collateral model produces each group's {@link GroupCollateral} and the one single-period
 * {@link WaterfallEngine} distributes it: every waterfall rule (interest, shifting interest and its tests,
 * cross-collateralization, losses, IO notionals) is the engine's, so a projection and a tie-out never disagree.
 *
 * <p>Collateral model, per group: the loans are one level-payment loan at the group's gross WAC (or its
 * {@link RatePath}) over the remaining term; scheduled principal = balance x r / ((1 + r)^n - 1) with r = WAC /
 * 1200 and n the payments left, re-amortized whenever the balance or the rate changes. Within a month, defaults come
 * off the beginning performing balance first, then scheduled principal is due on what survives, then prepayments
 * are SMM x (survivors - scheduled principal) (see {@link GroupAssumptions}). Every dollar amount is a
 * {@code BigDecimal} rounded to the cent with {@link Rounding#CENTS_HALF_UP}; only the speeds are {@code double}.
 * The performing balance is carried at working precision through the three steps and rounded at each (after
 * defaults, after scheduled principal, after prepayments); each amount is the difference of two rounded
 * checkpoints. So the amounts add up to the change in balance to the cent, and rounding does not compound: with
 * no prepayments or defaults the balance is the closed-form amortization schedule, rounded, every month.
 * Interest shortfalls (prepayment interest net of compensating interest, Relief Act) are taken as zero. The servicer
 * advances a month's interest on each defaulted loan awaiting liquidation; its liquidation proceeds repay those advances
 * first.
 *
 * <p>The run ends when every principal class is paid, or when the collateral is exhausted (at the latest the
 * longest remaining term plus the recovery lag); the date the last loan pays is a final distribution (every class paid
 * in order of seniority, what is left unpaid written off from the most junior class up). Where the deal says so, the
 * engine writes the most junior class down by the certificates' excess over the collateral every month. An optional
 * clean-up call buys the collateral on the first date the pool's beginning balance is at or below the call percent of
 * the original pool balance, at par of every loan still in the trust (the performing balance prepays in full; loans
 * awaiting liquidation are bought at par plus their advanced interest), as a final distribution.
 *
 * <p>Build one per deal, start state and options; {@link #run} may be called from many threads at once.
 */
public final class Projector {

    private static final Rounding CENTS = Rounding.CENTS_HALF_UP;
    private static final MathContext MC = Rounding.INTERMEDIATE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final BigDecimal MINUS_HALF_CENT = HALF_CENT.negate();

    private final ResolvedDeal deal;
    private final StartState start;
    private final ProjectionOptions options;
    private final int nClasses;
    private final int nGroups;
    /** Months a run can take: the longest remaining term, plus the longest recovery lag, plus one. */
    private final int maxMonths;
    private final LocalDate[] dates;
    private final String[] groupIds;
    private final String[] ratePathLabels;
    /** Gross WAC by group and projected month (index k - 1). */
    private final BigDecimal[][] wac;
    /**
     * What a dollar of surviving balance leaves after its scheduled principal, 1 - scheduled principal per dollar, by
     * group and projected month (index k - 1): the amortized balance is one product, the same exact number as the
     * surviving balance less its scheduled principal.
     */
    private final BigDecimal[][] amortizedPerDollar;
    /** The deal's working precision: the carried performing balance and the scheduled principal per dollar. */
    private final WorkingPrecision precision;
    private final BigDecimal originalPool;
    private final int delinquencyMonths;

    public Projector(ResolvedDeal deal, StartState start, ProjectionOptions options) {
        this.deal = Objects.requireNonNull(deal, "deal");
        this.start = Objects.requireNonNull(start, "start");
        this.options = Objects.requireNonNull(options, "options");
        nClasses = deal.classCount();
        nGroups = deal.groupCount();
        if (start.classBalances().size() != nClasses || start.groups().size() != nGroups) {
            throw new IllegalArgumentException("the start state is not for this deal's classes and groups");
        }
        for (String g : options.ratePaths().keySet()) {
            if (deal.groupIndex(g) < 0) {
                throw new IllegalArgumentException("rate path for unknown group '" + g + "'");
            }
        }
        int longestTerm = 0;
        for (GroupStart g : start.groups()) {
            longestTerm = Math.max(longestTerm, g.remainingTermMonths());
        }
        maxMonths = longestTerm + GroupAssumptions.MAX_RECOVERY_LAG + 1;
        DealCalendar calendar = deal.deal().calendar();
        dates = new LocalDate[maxMonths + 1];
        for (int k = 1; k <= maxMonths; k++) {
            dates[k] = calendar.distributionDate(start.asOfDateNumber() + k);
        }
        groupIds = new String[nGroups];
        ratePathLabels = new String[nGroups];
        wac = new BigDecimal[nGroups][];
        amortizedPerDollar = new BigDecimal[nGroups][];
        precision = deal.conventions().workingPrecision();
        for (int g = 0; g < nGroups; g++) {
            GroupStart gs = start.groups().get(g);
            if (!gs.group().equals(deal.group(g).id())) {
                throw new IllegalArgumentException("start state group " + gs.group() + " is not the deal's group " + deal.group(g).id());
            }
            groupIds[g] = gs.group();
            RatePath path = options.ratePath(gs.group());
            ratePathLabels[g] = path.label();
            int term = gs.remainingTermMonths();
            wac[g] = path.grossWacs(gs.grossWac(), Math.max(term, 1));
            amortizedPerDollar[g] = new BigDecimal[wac[g].length];
            for (int k = 1; k <= wac[g].length; k++) {
                BigDecimal r = wac[g][k - 1].divide(TWELVE_HUNDRED, MC);
                amortizedPerDollar[g][k - 1] = precision.perDollar(BigDecimal.ONE.subtract(scheduledPerDollar(r, term - (k - 1))));
            }
        }
        originalPool = deal.originalTotal();
        delinquencyMonths = deal.shiftingInterest().delinquencyTest() == null ? 1
                : Math.max(1, deal.shiftingInterest().delinquencyTest().averagingMonths());
    }

    /**
     * Scheduled principal per dollar of balance for a level-payment loan with {@code n} payments left at monthly
     * rate {@code r}: payment r / (1 - (1 + r)^-n) less interest r, which is r / ((1 + r)^n - 1); 1 / n at a zero
     * rate; everything at the last payment.
     */
    static BigDecimal scheduledPerDollar(BigDecimal r, int n) {
        if (n <= 1) {
            return BigDecimal.ONE;
        }
        if (r.signum() == 0) {
            return BigDecimal.ONE.divide(BigDecimal.valueOf(n), MC);
        }
        return r.divide(BigDecimal.ONE.add(r).pow(n, MC).subtract(BigDecimal.ONE), MC);
    }

    /**
     * {@code exact} to the cent ({@link #CENTS}), read from {@code carried}, its rounding to the nearest point of a grid
     * finer than a tenth of a cent (the working precision's carry), when that is cheaper: the carried value is a number
     * of about 19 digits where the exact one can have 90. The two round to the same cent unless the carried value is on
     * a half cent: rounding to the cent changes only at half cents, which are points of the grid, so a half cent between
     * {@code exact} and {@code carried} (or on {@code exact}) would be a grid point at least as near to {@code exact} as
     * {@code carried}, that is {@code carried} itself. On a half cent (or on a grid coarser than a tenth of a cent)
     * {@code exact} is rounded itself.
     */
    static BigDecimal centsOfCarried(BigDecimal carried, BigDecimal exact) {
        if (carried.scale() >= CENTS.scale() + 1) {
            BigDecimal cents = CENTS.apply(carried);
            BigDecimal gap = carried.subtract(cents);
            if (gap.compareTo(HALF_CENT) != 0 && gap.compareTo(MINUS_HALF_CENT) != 0) {
                return cents;
            }
        }
        return CENTS.apply(exact);
    }

    /**
     * total + amount, the sum itself when adding would change neither its value nor its scale (most of a month's
     * amounts are zero): a run's totals do not allocate for them.
     */
    static BigDecimal accumulate(BigDecimal total, BigDecimal amount) {
        return amount.signum() == 0 && amount.scale() <= total.scale() ? total : total.add(amount);
    }

    /** total - amount, the total itself when subtracting would change neither its value nor its scale. */
    static BigDecimal reduce(BigDecimal total, BigDecimal amount) {
        return amount.signum() == 0 && amount.scale() <= total.scale() ? total : total.subtract(amount);
    }

    public StartState start() {
        return start;
    }

    public ResolvedDeal deal() {
        return deal;
    }

    /** Runs one scenario. */
    public ScenarioResult run(Scenario scenario) {
        return new Run(scenario, null).execute();
    }

    /** Runs one scenario, handing each month's engine result to {@code months} as it is computed (to render it). */
    public ScenarioResult run(Scenario scenario, java.util.function.Consumer<PeriodResult> months) {
        return new Run(scenario, months).execute();
    }

    /** One scenario's mutable state: local to the calling thread. */
    private final class Run {
        private final Scenario scenario;
        private final java.util.function.Consumer<PeriodResult> months;
        private final boolean keep = options.keepCashflows();
        /**
         * A caller rendering each month asks for every figure; kept cash flows keep the unrounded principal each month's
         * ending factor is derived from when a record is read ({@link CashflowColumns}); summaries need the amounts only.
         */
        private final Detail detail;
        /** The engine's working arrays, reused every date of this run. */
        private final WaterfallEngine.Workspace workspace = new WaterfallEngine.Workspace(deal);
        private final GroupAssumptions[] assumptions = new GroupAssumptions[nGroups];
        private final BigDecimal[] recoveryFraction = new BigDecimal[nGroups];
        private final BigDecimal[] delinquentFraction = new BigDecimal[nGroups];
        private final BigDecimal[] classBalance = new BigDecimal[nClasses];
        /** Performing balance, to the cent (the pool balance the engine sees, with {@link #awaiting}). */
        private final BigDecimal[] performing = new BigDecimal[nGroups];
        /** Performing balance before rounding, at the deal's working precision: rounding never compounds from month to month. */
        private final BigDecimal[] performingExact = new BigDecimal[nGroups];
        private final BigDecimal[] awaiting = new BigDecimal[nGroups];
        /** Defaulted balance to liquidate, by group and projected month. */
        private final BigDecimal[][] pending;
        /**
         * The servicer's interest advances on those loans so far, by group and month of liquidation, as far as
         * {@link #settleAdvances} has added them up: the months advanced at {@link #monthlyAdvance} since are counted in
         * {@link #advanceMonths}.
         */
        private final BigDecimal[][] pendingAdvances;
        /** A month's advance on the loans to liquidate, at {@link #advanceWac}; null until computed for their balance. */
        private final BigDecimal[][] monthlyAdvance;
        private final BigDecimal[][] advanceWac;
        private final int[][] advanceMonths;
        /** Interest each class is owed from earlier dates (the engine's unpaid interest, carried). */
        private final BigDecimal[] unpaidInterest = new BigDecimal[nClasses];
        /** Write-downs by the certificates' excess over the collateral, by class, over the run. */
        private final RunningTotal[] totalWritedown = new RunningTotal[nClasses];
        /** The scheduled prepayment shift in force after the previous date's step-down tests, or null before the first. */
        private BigDecimal previousShift;
        /** Dates on which a capped fixed coupon paid less than its written rate, by class. */
        private final int[] cappedDates = new int[nClasses];
        /** The first date a class's coupon was capped. */
        private final LocalDate[] firstCapped = new LocalDate[nClasses];
        /** The most interest a class was owed at once, and when. */
        private final BigDecimal[] mostUnpaid = new BigDecimal[nClasses];
        private final LocalDate[] mostUnpaidDate = new LocalDate[nClasses];
        private BigDecimal advancesRepaid = BigDecimal.ZERO;
        private final BigDecimal[] delinquentHistory = new BigDecimal[delinquencyMonths];
        private int delinquentFilled;
        /** The sum of {@link #delinquentHistory}'s entries. */
        private BigDecimal delinquentSum = BigDecimal.ZERO;
        /** The pool balance after the last date run (before the first, at the start). */
        private BigDecimal pool = BigDecimal.ZERO;
        private BigDecimal cumulativeLosses = start.cumulativeLosses();

        // class accumulators
        private final RunningTotal[] totalPrincipal = new RunningTotal[nClasses];
        private final RunningTotal[] totalInterest = new RunningTotal[nClasses];
        private final RunningTotal[] totalLoss = new RunningTotal[nClasses];
        private final WeightedAverageLife[] wal = new WeightedAverageLife[nClasses];
        private final LocalDate[] firstPrincipal = new LocalDate[nClasses];
        private final LocalDate[] lastPrincipal = new LocalDate[nClasses];
        private final LocalDate[] finalDate = new LocalDate[nClasses];
        private final BigDecimal[] firstCoupon = new BigDecimal[nClasses];
        private final List<List<BigDecimal>> anniversaries = new ArrayList<>(nClasses);
        private final BigDecimal[] endingNow = new BigDecimal[nClasses];

        // group accumulators
        /** By group: scheduled principal, prepayments, defaults, losses, gross interest, fees. */
        private final RunningTotal[][] groupTotals = new RunningTotal[nGroups][6];

        /** The monthly cash flows, when the run keeps them: the engine's figures by date, derived figures on demand. */
        private final CashflowColumns columns = keep ? new CashflowColumns(deal, dates, maxMonths) : null;

        private final List<LocalDate> runDates = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private LocalDate callDate;
        /** The last rate {@link #remainingPerDollar} converted for each use (2 g: group g's defaults, 2 g + 1: its prepayments). */
        private final double[] lastRate = new double[2 * nGroups];
        private final BigDecimal[] lastRemaining = new BigDecimal[2 * nGroups];

        Run(Scenario scenario, java.util.function.Consumer<PeriodResult> months) {
            this.scenario = Objects.requireNonNull(scenario, "scenario");
            this.months = months;
            this.detail = months != null ? Detail.ALL : keep ? Detail.ENDING_FACTORS : Detail.AMOUNTS;
            int longestLag = 0;
            for (int g = 0; g < nGroups; g++) {
                GroupAssumptions a = scenario.assumptionsFor(groupIds[g]);
                assumptions[g] = a;
                longestLag = Math.max(longestLag, a.recoveryLagMonths());
                recoveryFraction[g] = BigDecimal.ONE.subtract(a.severityPercent().divide(HUNDRED, MC));
                delinquentFraction[g] = a.delinquencyPercent().divide(HUNDRED, MC);
                GroupStart gs = start.groups().get(g);
                performing[g] = gs.balance();
                performingExact[g] = gs.balance();
                pool = pool.add(gs.balance());
                awaiting[g] = BigDecimal.ZERO;
                for (int t = 0; t < groupTotals[g].length; t++) {
                    groupTotals[g][t] = new RunningTotal();
                }
            }
            for (String id : scenario.groupOverrides().keySet()) {
                if (deal.groupIndex(id) < 0) {
                    throw new IllegalArgumentException("assumptions for unknown group '" + id + "'");
                }
            }
            pending = new BigDecimal[nGroups][maxMonths + 2];
            pendingAdvances = new BigDecimal[nGroups][maxMonths + 2];
            monthlyAdvance = new BigDecimal[nGroups][maxMonths + 2];
            advanceWac = new BigDecimal[nGroups][maxMonths + 2];
            advanceMonths = new int[nGroups][maxMonths + 2];
            Arrays.fill(unpaidInterest, BigDecimal.ZERO);
            Arrays.fill(mostUnpaid, BigDecimal.ZERO);
            for (int c = 0; c < nClasses; c++) {
                classBalance[c] = deal.isInterestOnly(c) ? BigDecimal.ZERO : start.classBalances().get(c);
                totalPrincipal[c] = new RunningTotal();
                totalInterest[c] = new RunningTotal();
                totalLoss[c] = new RunningTotal();
                totalWritedown[c] = new RunningTotal();
                wal[c] = new WeightedAverageLife();
                anniversaries.add(new ArrayList<>());
            }
        }

        ScenarioResult execute() {
            int k = 1;
            String ending = null;
            for (; k <= maxMonths; k++) {
                if (allClassesPaid()) {
                    ending = "every class is paid";
                    break;
                }
                if (poolBalance().signum() == 0) {
                    ending = "the collateral is exhausted";
                    break;
                }
                month(k);
            }
            if (ending == null) {
                ending = "the run reached its limit of " + maxMonths + " months";
            }
            LocalDate last = runDates.isEmpty() ? start.asOf() : runDates.get(runDates.size() - 1);
            notes.add("the run ends " + last + " after " + runDates.size() + " distribution dates: " + ending);
            BigDecimal leftOver = poolBalance();
            if (leftOver.signum() > 0 && allClassesPaid()) {
                notes.add("collateral of " + MoneyFormat.grouped(leftOver) + " is left after every class is paid");
            }
            noteWriteDowns();
            BigDecimal[] writedown = writeDownIfExhausted(last);
            return result(writedown);
        }

        /**
         * Notes for what the stress rules did: coupons capped at the net WAC, interest the funds could not pay, the
         * servicer's advances repaid, and the write-downs of the certificates' excess over the collateral.
         */
        private void noteWriteDowns() {
            StringBuilder capped = new StringBuilder();
            StringBuilder unpaid = new StringBuilder();
            for (int c = 0; c < nClasses; c++) {
                if (cappedDates[c] > 0) {
                    capped.append(capped.length() == 0 ? "" : ", ").append(deal.className(c)).append(" on ").append(cappedDates[c])
                            .append(" dates from ").append(firstCapped[c]);
                }
                if (mostUnpaid[c].signum() > 0) {
                    unpaid.append(unpaid.length() == 0 ? "" : ", ").append(deal.className(c)).append(" up to ")
                            .append(MoneyFormat.grouped(mostUnpaid[c])).append(" (").append(mostUnpaidDate[c]).append("), ")
                            .append(MoneyFormat.grouped(unpaidInterest[c])).append(" at the end");
                }
            }
            if (capped.length() > 0) {
                notes.add("fixed coupons capped at the group's net WAC: " + capped);
            }
            if (unpaid.length() > 0) {
                notes.add("interest the available funds could not pay, owed to later dates: " + unpaid);
            }
            if (advancesRepaid.signum() > 0) {
                notes.add("servicer interest advances on defaulted loans repaid from their liquidations before the certificates: "
                        + MoneyFormat.grouped(advancesRepaid));
            }
            StringBuilder who = new StringBuilder();
            BigDecimal total = BigDecimal.ZERO;
            for (int c = 0; c < nClasses; c++) {
                BigDecimal written = totalWritedown[c].value();
                if (written.signum() > 0) {
                    total = total.add(written);
                    who.append(who.length() == 0 ? "" : ", ").append(deal.className(c)).append(' ').append(MoneyFormat.grouped(written));
                }
            }
            if (total.signum() > 0) {
                notes.add("the certificates' excess over the collateral was written down, " + MoneyFormat.grouped(total)
                        + " in all, most junior class first (" + who + ")");
            }
        }

        private boolean allClassesPaid() {
            for (int c = 0; c < nClasses; c++) {
                if (!deal.isInterestOnly(c) && classBalance[c].signum() != 0) {
                    return false;
                }
            }
            return true;
        }

        /** The pool balance: every group's performing balance and loans awaiting liquidation, after the last date run. */
        private BigDecimal poolBalance() {
            return pool;
        }

        private void month(int k) {
            LocalDate date = dates[k];
            BigDecimal poolBegin = poolBalance();
            boolean call = scenario.cleanUpCallPercent() != null
                    && Exact128.compareProducts(poolBegin, HUNDRED, scenario.cleanUpCallPercent(), originalPool) <= 0;
            List<GroupCollateral> collateral = new ArrayList<>(nGroups);
            BigDecimal[] defaults = new BigDecimal[nGroups];
            BigDecimal delinquent = BigDecimal.ZERO;
            for (int g = 0; g < nGroups; g++) {
                GroupAssumptions a = assumptions[g];
                GroupStart gs = start.groups().get(g);
                BigDecimal bp = performing[g];
                BigDecimal pipeline = awaiting[g];
                BigDecimal begin = bp.add(pipeline);
                int age = gs.loanAgeMonths() + k;
                int m = Math.min(k, wac[g].length) - 1;
                BigDecimal grossWac = wac[g][m];
                delinquent = accumulate(delinquent, pipeline);
                if (delinquentFraction[g].signum() != 0) {
                    delinquent = accumulate(delinquent, CENTS.product(bp, delinquentFraction[g]));
                }

                BigDecimal defaulted = ZERO;
                BigDecimal scheduled = ZERO;
                BigDecimal prepaid = ZERO;
                if (bp.signum() > 0) {
                    // the balance through the month's three steps at the working precision (WorkingPrecision.step); each
                    // amount is the difference of rounded checkpoints. x (1 - rate) is x - x rate: one product a step
                    BigDecimal exact = performingExact[g];
                    BigDecimal survivingPerDollar = remainingPerDollar(a.defaults().monthlyRate(k, age), 2 * g);
                    BigDecimal unprepaidPerDollar = remainingPerDollar(a.prepayment().monthlyRate(k, age), 2 * g + 1);
                    BigDecimal survivingExact = survivingPerDollar == null ? exact : precision.step(exact, survivingPerDollar);
                    BigDecimal amortizedExact = k <= amortizedPerDollar[g].length ? precision.step(survivingExact, amortizedPerDollar[g][k - 1])
                            : survivingExact.subtract(survivingExact); // past the schedule everything is due
                    BigDecimal endExact = call ? BigDecimal.ZERO
                            : unprepaidPerDollar == null ? amortizedExact : precision.step(amortizedExact, unprepaidPerDollar);
                    BigDecimal surviving = CENTS.apply(survivingExact);
                    BigDecimal amortized = CENTS.apply(amortizedExact);
                    BigDecimal carried = precision.carry(endExact);
                    BigDecimal end = centsOfCarried(carried, endExact);
                    defaulted = bp.subtract(surviving);
                    scheduled = surviving.subtract(amortized);
                    prepaid = amortized.subtract(end);
                    performing[g] = end;
                    performingExact[g] = carried;
                }
                defaults[g] = defaulted;
                if (defaulted.signum() > 0) {
                    int due = Math.min(k + a.recoveryLagMonths(), maxMonths + 1);
                    if (pending[g][due] != null) {
                        settleAdvances(g, due);
                    }
                    pending[g][due] = pending[g][due] == null ? defaulted : pending[g][due].add(defaulted);
                }
                if (pipeline.signum() > 0 || defaulted.signum() > 0) {
                    advanceInterest(g, k, Math.min(k + a.recoveryLagMonths(), maxMonths + 1), grossWac);
                }
                boolean liquidateAll = call || k == maxMonths;
                BigDecimal liquidated = ZERO;
                BigDecimal advances = ZERO;
                for (int j = k; j <= (liquidateAll ? pending[g].length - 1 : k); j++) {
                    if (pending[g][j] != null) {
                        settleAdvances(g, j);
                        liquidated = liquidated.add(pending[g][j]);
                        advances = advances.add(pendingAdvances[g][j]);
                        pending[g][j] = null;
                        pendingAdvances[g][j] = null;
                    }
                }
                // the call's purchase price buys a loan awaiting liquidation at par plus its accrued interest (which
                // repays the servicer's advances); otherwise a liquidation recovers (1 - severity) of the balance
                BigDecimal proceeds = call ? liquidated.add(advances)
                        : liquidated.signum() == 0 ? ZERO : CENTS.product(liquidated, recoveryFraction[g]);
                awaiting[g] = reduce(accumulate(pipeline, defaulted), liquidated);
                collateral.add(new GroupCollateral(groupIds[g], begin, scheduled, prepaid, liquidated, proceeds, grossWac,
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, advances, BigDecimal.ZERO, null));
            }
            BigDecimal delinquentAverage = delinquentAverage(delinquent);
            BigDecimal poolEnd = BigDecimal.ZERO;
            for (GroupCollateral gc : collateral) {
                poolEnd = accumulate(poolEnd, gc.endingBalance());
            }
            pool = poolEnd;
            boolean last = call || poolEnd.signum() == 0;
            DateFigures result = WaterfallEngine.run(workspace, new PeriodCollateral(date, collateral, delinquentAverage, cumulativeLosses,
                    previousShift, last), classBalance, unpaidInterest, detail);
            if (months != null) {
                months.accept(result.result());
            }
            previousShift = result.shifting().steppedShiftPercent();
            runDates.add(date);
            if (call) {
                callDate = date;
                notes.add("clean-up call exercised on " + date + ": pool balance " + MoneyFormat.grouped(poolBegin) + " is at or below "
                        + scenario.cleanUpCallPercent().toPlainString() + "% of the original " + MoneyFormat.grouped(originalPool));
            }
            recordGroups(collateral, defaults, result);
            recordClasses(k, date, result);
            if (keep) {
                columns.addDate(result, collateral, defaults);
            }
        }

        /**
         * The 60+ day delinquent balance averaged over the delinquency test's months, this one's {@code delinquent} with
         * those before it (as many as the run has had), to the cent. The sum is kept running; the average is the exact
         * quotient rounded once (the cents over a count of at most the test's months are never within 34 digits of a
         * half cent without being on it, so this is the number the 34-digit quotient rounded again gave).
         */
        private BigDecimal delinquentAverage(BigDecimal delinquent) {
            int slot = (delinquentFilled++) % delinquencyMonths;
            BigDecimal evicted = delinquentHistory[slot];
            if (evicted != null && evicted.signum() != 0) {
                delinquentSum = delinquentSum.subtract(evicted);
            }
            delinquentHistory[slot] = delinquent;
            delinquentSum = accumulate(delinquentSum, delinquent);
            int n = Math.min(delinquentFilled, delinquencyMonths);
            return delinquentSum.signum() == 0 ? ZERO : CENTS.divide(delinquentSum, BigDecimal.valueOf(n));
        }

        /**
         * The servicer advances a month's interest (at the gross WAC, to the cent) on every defaulted loan still awaiting
         * liquidation, from the month it defaults: each cohort's advances are kept with it, to be repaid from its
         * liquidation proceeds.
         */
        private void advanceInterest(int g, int k, int lastDue, BigDecimal grossWac) {
            for (int j = k; j <= lastDue; j++) {
                if (pending[g][j] != null) {
                    if (monthlyAdvance[g][j] == null || advanceWac[g][j].compareTo(grossWac) != 0) {
                        settleAdvances(g, j);
                        monthlyAdvance[g][j] = CENTS.productOver(pending[g][j], grossWac, TWELVE_HUNDRED);
                        advanceWac[g][j] = grossWac;
                    }
                    advanceMonths[g][j]++;
                }
            }
        }

        /**
         * Adds the months advanced at the same amount (the same balance to liquidate, the same WAC) to the advances on the
         * loans to liquidate in month {@code j}: n months of the same cents are n times them, the sum month by month.
         * The monthly amount is computed again on the next advance.
         */
        private void settleAdvances(int g, int j) {
            int months = advanceMonths[g][j];
            if (months > 0) {
                BigDecimal each = monthlyAdvance[g][j];
                BigDecimal advanced = months == 1 ? each : each.multiply(BigDecimal.valueOf(months));
                pendingAdvances[g][j] = pendingAdvances[g][j] == null ? advanced : pendingAdvances[g][j].add(advanced);
            }
            advanceMonths[g][j] = 0;
            monthlyAdvance[g][j] = null;
            advanceWac[g][j] = null;
        }

        /**
         * What a dollar keeps of a monthly rate (SMM or MDR, a fraction in [0, 1)), 1 - rate, as a decimal; null for a
         * zero rate (the dollar keeps all of it): the boundary where a speed meets money. {@code BigDecimal.valueOf(double)}
         * goes through the decimal string, so each use (a group's defaults, its prepayments) keeps its last conversion:
         * a constant speed is converted once a run.
         */
        private BigDecimal remainingPerDollar(double rate, int use) {
            if (rate == 0) {
                return null;
            }
            if (lastRate[use] != rate || lastRemaining[use] == null) {
                lastRate[use] = rate;
                lastRemaining[use] = precision.perDollar(BigDecimal.ONE.subtract(BigDecimal.valueOf(rate)));
            }
            return lastRemaining[use];
        }

        /** The groups' running totals. */
        private void recordGroups(List<GroupCollateral> collateral, BigDecimal[] defaults, DateFigures result) {
            for (int g = 0; g < nGroups; g++) {
                GroupCollateral gc = collateral.get(g);
                BigDecimal loss = gc.realizedLoss();
                cumulativeLosses = accumulate(cumulativeLosses, loss);
                advancesRepaid = accumulate(advancesRepaid, gc.advancesOnLiquidated());
                BigDecimal interest = result.grossInterest(g);
                BigDecimal fees = result.fees(g);
                RunningTotal[] t = groupTotals[g];
                t[0].add(gc.scheduledPrincipal());
                t[1].add(gc.prepayments());
                t[2].add(defaults[g]);
                t[3].add(loss);
                t[4].add(interest);
                t[5].add(fees);
            }
        }

        /** The classes' balances for the next date, and their summaries: totals, WAL, dates, anniversaries, notes. */
        private void recordClasses(int k, LocalDate date, DateFigures r) {
            for (int c = 0; c < nClasses; c++) {
                boolean io = deal.isInterestOnly(c);
                BigDecimal begin = r.beginningBalance(c);
                BigDecimal end = r.endingBalance(c);
                BigDecimal principal = r.principal(c);
                if (k == 1) {
                    firstCoupon[c] = r.rate(c);
                }
                totalPrincipal[c].add(principal);
                totalInterest[c].add(r.interest(c));
                totalLoss[c].add(r.loss(c));
                totalWritedown[c].add(r.writeDown(c));
                unpaidInterest[c] = r.unpaidInterest(c);
                if (unpaidInterest[c].compareTo(mostUnpaid[c]) > 0) {
                    mostUnpaid[c] = unpaidInterest[c];
                    mostUnpaidDate[c] = date;
                }
                if (deal.couponCapGroup(c) >= 0 && begin.signum() > 0 && r.rate(c).compareTo(deal.couponRate(c)) < 0) {
                    cappedDates[c]++;
                    if (firstCapped[c] == null) {
                        firstCapped[c] = date;
                    }
                }
                BigDecimal paid = io ? begin.subtract(end) : principal;
                if (paid.signum() > 0) {
                    wal[c].add(k, paid);
                    if (firstPrincipal[c] == null) {
                        firstPrincipal[c] = date;
                    }
                    lastPrincipal[c] = date;
                }
                if (begin.signum() > 0 && end.signum() == 0) {
                    finalDate[c] = date;
                }
                if (k % 12 == 0 && begin.signum() > 0) {
                    anniversaries.get(c).add(end);
                }
                endingNow[c] = end;
                if (!io) {
                    classBalance[c] = end;
                }
            }
        }

        /**
         * When the collateral is gone and classes still have a balance, writes it off on the last date: the
         * certificates exceeded the collateral. Returns each class's writedown.
         */
        private BigDecimal[] writeDownIfExhausted(LocalDate last) {
            BigDecimal[] writedown = new BigDecimal[nClasses];
            Arrays.fill(writedown, BigDecimal.ZERO);
            if (poolBalance().signum() != 0 || allClassesPaid()) {
                return writedown;
            }
            BigDecimal total = BigDecimal.ZERO;
            StringBuilder who = new StringBuilder();
            for (int c = 0; c < nClasses; c++) {
                if (deal.isInterestOnly(c) || classBalance[c].signum() == 0) {
                    continue;
                }
                writedown[c] = classBalance[c];
                total = total.add(classBalance[c]);
                who.append(who.length() == 0 ? "" : ", ").append(deal.className(c)).append(' ').append(MoneyFormat.grouped(classBalance[c]));
                classBalance[c] = ZERO;
                finalDate[c] = last;
            }
            notes.add("the collateral is exhausted with " + MoneyFormat.grouped(total) + " still on the certificates: written down on "
                    + last + " (" + who + ")");
            // interest-only notionals follow their reference classes down
            for (int c = 0; c < nClasses; c++) {
                if (deal.isInterestOnly(c) && endingNow[c] != null && endingNow[c].signum() > 0) {
                    boolean zero = true;
                    for (int ref : deal.notionalOf(c)) {
                        zero &= classBalance[ref].signum() == 0;
                    }
                    if (zero) {
                        finalDate[c] = last;
                    }
                }
            }
            if (keep && columns.size() > 0) {
                int m = columns.size() - 1;
                BigDecimal[] endAfter = new BigDecimal[nClasses];
                for (int c = 0; c < nClasses; c++) {
                    if (deal.isInterestOnly(c)) {
                        BigDecimal end = ZERO;
                        for (int ref : deal.notionalOf(c)) {
                            end = end.add(classBalance[ref]);
                        }
                        endAfter[c] = end;
                    } else {
                        endAfter[c] = columns.endingBalance(m, c).subtract(writedown[c]);
                    }
                }
                columns.writeOffLastDate(writedown, endAfter);
            }
            return writedown;
        }

        private ScenarioResult result(BigDecimal[] writedown) {
            List<ClassProjection> classes = new ArrayList<>(nClasses);
            for (int c = 0; c < nClasses; c++) {
                boolean io = deal.isInterestOnly(c);
                BigDecimal startBalance = io ? notional(c) : start.classBalances().get(c);
                classes.add(new ClassProjection(deal.className(c), io, deal.original(c), startBalance, totalPrincipal[c].value(),
                        totalInterest[c].value(), totalLoss[c].value(), totalWritedown[c].value().add(writedown[c]), wal[c].years(),
                        firstPrincipal[c], lastPrincipal[c], finalDate[c], anniversaries.get(c),
                        firstCoupon[c] == null ? BigDecimal.ZERO : firstCoupon[c], keep ? columns.classFlows(c) : List.of()));
            }
            List<GroupProjection> groups = new ArrayList<>(nGroups);
            for (int g = 0; g < nGroups; g++) {
                RunningTotal[] t = groupTotals[g];
                groups.add(new GroupProjection(groupIds[g], start.groups().get(g), ratePathLabels[g], t[0].value(), t[1].value(),
                        t[2].value(), t[3].value(), t[4].value(), t[5].value(),
                        performing[g].add(awaiting[g]), keep ? columns.groupFlows(g) : List.of()));
            }
            return new ScenarioResult(scenario, start, runDates, classes, groups, callDate, notes);
        }

        private BigDecimal notional(int c) {
            BigDecimal s = BigDecimal.ZERO;
            for (int ref : deal.notionalOf(c)) {
                s = s.add(start.classBalances().get(ref));
            }
            return s;
        }
    }
}
