package org.waterfall.engine;

import java.math.BigDecimal;
import java.util.Arrays;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.WaterfallStep;

/**
 * The waterfall for one distribution date: a pure function of the resolved deal, the period's collateral and the
 * classes' beginning balances (and any interest still owed to them). Verification and projection both run this one
 * code path.
 *
 * <p>The steps, in the order of payments of the pooling and servicing agreement, as the deal names them
 * ({@link ResolvedDeal#steps()}); each is a small stateless function
 * of the date's working figures ({@link Period}), and every rounding in them names a convention of the deal's
 * {@link org.waterfall.deal.TrusteeConventions}:
 * <ol>
 *   <li>{@link Accrual}: net WACs, the subordinate rate, coupons (capped, floored, ending) and accrued interest;</li>
 *   <li>{@link InterestShortfalls}: net prepayment interest and Relief Act shortfalls;</li>
 *   <li>{@link AvailableFunds}: each group's net interest and principal collections;</li>
 *   <li>{@link ShiftingInterestTests}: aggregate percentages, delinquency, loss, two-times and step-down tests;</li>
 *   <li>{@link SeniorPrincipal}: each group's senior principal distribution amount;</li>
 *   <li>{@link SeniorPayments}: each group's funds pay its seniors' interest, then their principal;</li>
 *   <li>{@link CrossCollateral}: retired and undercollateralized groups;</li>
 *   <li>{@link SubordinatePrincipal}: each subordinate class's share of the subordinate principal;</li>
 *   <li>{@link SubordinatePayments}: the pooled funds pay B1 interest and principal, then B2, ...;</li>
 *   <li>{@link Losses}: realized losses in reverse seniority, excess losses pro rata;</li>
 *   <li>{@link WriteDowns}: the most junior class written down by the certificates' excess over the collateral;</li>
 *   <li>{@link Results}: each class's ending balance; each class's and group's figures when asked for.</li>
 * </ol>
 */
public final class WaterfallEngine {

    private WaterfallEngine() {
    }

    /**
     * Runs one distribution date with no interest owed from earlier dates.
     *
     * @param deal the resolved deal
     * @param collateral the period's collateral, one entry per group of the deal (any order)
     * @param beginningBalances each class's beginning balance, indexed as the deal's classes (entries of IO
     *     classes are ignored: their notionals are derived)
     */
    public static PeriodResult run(ResolvedDeal deal, PeriodCollateral collateral, BigDecimal[] beginningBalances) {
        return run(deal, collateral, beginningBalances, null);
    }

    /**
     * Runs one distribution date.
     *
     * @param unpaidInterest each class's interest owed from earlier dates (indexed as the deal's classes), or null
     *     for none
     */
    public static PeriodResult run(ResolvedDeal deal, PeriodCollateral collateral, BigDecimal[] beginningBalances,
            BigDecimal[] unpaidInterest) {
        return run(deal, collateral, beginningBalances, unpaidInterest, Detail.ALL).result();
    }

    /**
     * Runs one distribution date, computing the derived figures' unrounded bases only as far as {@code detail} asks:
     * the amounts are the same at every detail.
     *
     * @param unpaidInterest each class's interest owed from earlier dates (indexed as the deal's classes), or null
     *     for none
     */
    public static DateFigures run(ResolvedDeal deal, PeriodCollateral collateral, BigDecimal[] beginningBalances,
            BigDecimal[] unpaidInterest, Detail detail) {
        return run(new Workspace(deal), collateral, beginningBalances, unpaidInterest, detail);
    }

    /**
     * Runs one distribution date in a workspace: the date's working figures reuse the workspace's arrays, so a run of
     * many dates allocates them once. The figures returned are the workspace's: they are valid until the workspace
     * runs its next date.
     *
     * @param unpaidInterest each class's interest owed from earlier dates (indexed as the deal's classes), or null
     *     for none
     */
    public static DateFigures run(Workspace workspace, PeriodCollateral collateral, BigDecimal[] beginningBalances,
            BigDecimal[] unpaidInterest, Detail detail) {
        Period p = start(workspace, collateral, beginningBalances, unpaidInterest, detail);
        for (WaterfallStep step : workspace.deal.steps()) {
            apply(step, p);
        }
        return new DateFigures(p, detail);
    }

    /** Runs one of the steps the deal names. */
    private static void apply(WaterfallStep step, Period p) {
        switch (step) {
            case ACCRUAL -> Accrual.apply(p);
            case INTEREST_SHORTFALLS -> InterestShortfalls.apply(p);
            case AVAILABLE_FUNDS -> AvailableFunds.apply(p);
            case SHIFTING_INTEREST_TESTS -> ShiftingInterestTests.apply(p);
            case SENIOR_PRINCIPAL -> SeniorPrincipal.apply(p);
            case SENIOR_PAYMENTS -> SeniorPayments.apply(p);
            case CROSS_COLLATERAL -> CrossCollateral.apply(p);
            case SUBORDINATE_PRINCIPAL -> SubordinatePrincipal.apply(p);
            case SUBORDINATE_PAYMENTS -> SubordinatePayments.apply(p);
            case LOSSES -> Losses.apply(p);
            case WRITE_DOWNS -> WriteDowns.apply(p);
            case RESULTS -> Results.endings(p);
        }
    }

    /**
     * The working arrays of one deal's dates, for a caller that runs many dates one after another (a projection):
     * confined to one thread; each {@link #run(Workspace, PeriodCollateral, BigDecimal[], BigDecimal[], Detail)} reuses
     * them.
     */
    public static final class Workspace {
        private final ResolvedDeal deal;
        private final Period period;
        private final GroupCollateral[] groups;

        public Workspace(ResolvedDeal deal) {
            this.deal = deal;
            this.period = new Period(deal);
            this.groups = new GroupCollateral[deal.groupCount()];
        }

        public ResolvedDeal deal() {
            return deal;
        }
    }

    private static Period start(Workspace workspace, PeriodCollateral collateral, BigDecimal[] beginningBalances,
            BigDecimal[] unpaidInterest, Detail detail) {
        ResolvedDeal deal = workspace.deal;
        int nClasses = deal.classCount();
        if (beginningBalances.length != nClasses) {
            throw new IllegalArgumentException("expected " + nClasses + " beginning balances, got " + beginningBalances.length);
        }
        Period p = workspace.period.start(collateral, orderGroups(deal, collateral, workspace.groups), detail);
        BigDecimal[] begin = p.begin;
        for (int c = 0; c < nClasses; c++) {
            begin[c] = deal.isInterestOnly(c) ? BigDecimal.ZERO : requireBalance(deal, c, beginningBalances[c]);
        }
        for (int c = 0; c < nClasses; c++) {
            if (deal.isInterestOnly(c)) {
                begin[c] = Period.sum(begin, deal.notionalOf(c));
            }
        }
        if (unpaidInterest == null) {
            Arrays.fill(p.unpaidBefore, BigDecimal.ZERO);
        } else {
            if (unpaidInterest.length != nClasses) {
                throw new IllegalArgumentException("expected " + nClasses + " unpaid interest amounts, got " + unpaidInterest.length);
            }
            System.arraycopy(unpaidInterest, 0, p.unpaidBefore, 0, nClasses);
        }
        return p;
    }

    private static GroupCollateral[] orderGroups(ResolvedDeal deal, PeriodCollateral collateral, GroupCollateral[] ordered) {
        int n = deal.groupCount();
        Arrays.fill(ordered, null);
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
}
