package org.waterfall.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.deal.CouponKind;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.engine.DateFigures;

/**
 * One run's monthly cash flows, kept column by column as the engine left them: for each projected date, one array per
 * figure holding every class's amount (the references the engine produced: nothing is rounded, summed or divided to keep
 * them), and the ingredients of the figures a statement derives from them (the unrounded principal a factor is taken
 * from; the coupon, or for a WAC strip the accrued interest, its printed rate comes from). Likewise each group's collateral
 * and the engine's figures for it.
 *
 * <p>The derived figures are computed when a caller asks for a month: {@link #classFlows} and {@link #groupFlows} are
 * read-only list views that build a {@link ClassCashflow} (its printed rate and ending factor computed then, by the
 * engine's rules in {@link DateFigures}) or a {@link GroupCashflow} on each {@code get}. A run that keeps its cash flows
 * so costs a few arrays a date rather than a record and two derived figures a class-month.
 *
 * <p>Filled by one run on its thread ({@link #addDate}, {@link #writeOffLastDate}), then read: the views are made after
 * the run and may be read from any thread (a read writes nothing but its class's printed-rate memo, an immutable pair
 * replaced whole).
 */
final class CashflowColumns {

    private final ResolvedDeal deal;
    private final int nClasses;
    private final int nGroups;
    /** Whether each class is a WAC strip, whose printed rate is implied from its accrued interest. */
    private final boolean[] strip;
    /**
     * The last printed rate each class's view derived and the coupon it came from: months with an equal coupon (a fixed
     * coupon, a net-WAC coupon on a constant WAC) print the same rate without rounding it again. Replaced whole, so a
     * reader on another thread sees a coupon with its own rate.
     */
    private final PrintedRate[] lastPrinted;
    /** The projector's distribution dates, by projected month k (index 0 unused): date m of the run is {@code dates[m + 1]}. */
    private final LocalDate[] dates;
    private int size;

    // by date, then by class
    private final int[] dateNumber;
    private final BigDecimal[][] begin;
    /**
     * What the printed rate is derived from: the coupon, percent, unrounded; for a WAC strip its accrued interest (its
     * coupon is a 34-digit quotient the printed rate does not need).
     */
    private final BigDecimal[][] rateSource;
    private final BigDecimal[][] interest;
    private final BigDecimal[][] principal;
    /** The unrounded principal, the ending factor's basis on the unrounded-amounts convention. */
    private final BigDecimal[][] principalUnrounded;
    private final BigDecimal[][] loss;
    private final BigDecimal[][] writeDown;
    private final BigDecimal[][] ending;
    private final BigDecimal[][] unpaidInterest;

    // by date, then by group
    private final List<List<GroupCollateral>> collateral;
    private final BigDecimal[][] defaults;
    private final BigDecimal[][] grossInterest;
    private final BigDecimal[][] fees;
    private final BigDecimal[][] availableFunds;
    private final BigDecimal[][] paidToSeniors;

    /**
     * What the collateral's exhaustion wrote off on the last date, by class (see {@link #writeOffLastDate}); null unless
     * it did.
     */
    private BigDecimal[] writtenOff;
    private BigDecimal[] endingAfterWriteOff;

    /**
     * @param dates the distribution dates by projected month, index 0 unused
     * @param capacity the most dates the run can have
     */
    CashflowColumns(ResolvedDeal deal, LocalDate[] dates, int capacity) {
        this.deal = Objects.requireNonNull(deal, "deal");
        this.dates = dates;
        nClasses = deal.classCount();
        nGroups = deal.groupCount();
        strip = new boolean[nClasses];
        for (int c = 0; c < nClasses; c++) {
            strip[c] = deal.couponKind(c) == CouponKind.WAC_EXCESS_STRIP;
        }
        lastPrinted = new PrintedRate[nClasses];
        dateNumber = new int[capacity];
        begin = new BigDecimal[capacity][];
        rateSource = new BigDecimal[capacity][];
        interest = new BigDecimal[capacity][];
        principal = new BigDecimal[capacity][];
        principalUnrounded = new BigDecimal[capacity][];
        loss = new BigDecimal[capacity][];
        writeDown = new BigDecimal[capacity][];
        ending = new BigDecimal[capacity][];
        unpaidInterest = new BigDecimal[capacity][];
        collateral = new ArrayList<>(capacity);
        defaults = new BigDecimal[capacity][];
        grossInterest = new BigDecimal[capacity][];
        fees = new BigDecimal[capacity][];
        availableFunds = new BigDecimal[capacity][];
        paidToSeniors = new BigDecimal[capacity][];
    }

    /** The number of dates kept. */
    int size() {
        return size;
    }

    /**
     * Keeps the next date's figures: the engine's, read before it runs another date, and the collateral it was given.
     *
     * @param groupCollateral each group's collateral of the date, in deal order (kept as it is: it is not changed after)
     * @param groupDefaults each group's defaults of the date (kept as it is: it is not changed after)
     */
    void addDate(DateFigures r, List<GroupCollateral> groupCollateral, BigDecimal[] groupDefaults) {
        int m = size;
        dateNumber[m] = r.dateNumber();
        BigDecimal[] b = begin[m] = new BigDecimal[nClasses];
        BigDecimal[] rate = rateSource[m] = new BigDecimal[nClasses];
        BigDecimal[] paid = interest[m] = new BigDecimal[nClasses];
        BigDecimal[] prin = principal[m] = new BigDecimal[nClasses];
        BigDecimal[] twin = principalUnrounded[m] = new BigDecimal[nClasses];
        BigDecimal[] l = loss[m] = new BigDecimal[nClasses];
        BigDecimal[] w = writeDown[m] = new BigDecimal[nClasses];
        BigDecimal[] e = ending[m] = new BigDecimal[nClasses];
        BigDecimal[] owed = unpaidInterest[m] = new BigDecimal[nClasses];
        for (int c = 0; c < nClasses; c++) {
            b[c] = r.beginningBalance(c);
            rate[c] = strip[c] ? r.accrued(c) : r.rate(c);
            paid[c] = r.interest(c);
            prin[c] = r.principal(c);
            twin[c] = r.principalUnrounded(c);
            l[c] = r.loss(c);
            w[c] = r.writeDown(c);
            e[c] = r.endingBalance(c);
            owed[c] = r.unpaidInterest(c);
        }
        collateral.add(groupCollateral);
        defaults[m] = groupDefaults;
        BigDecimal[] gi = grossInterest[m] = new BigDecimal[nGroups];
        BigDecimal[] f = fees[m] = new BigDecimal[nGroups];
        BigDecimal[] af = availableFunds[m] = new BigDecimal[nGroups];
        BigDecimal[] ps = paidToSeniors[m] = new BigDecimal[nGroups];
        for (int g = 0; g < nGroups; g++) {
            gi[g] = r.grossInterest(g);
            f[g] = r.fees(g);
            af[g] = r.availableFunds(g);
            ps[g] = r.paidToSeniors(g);
        }
        size++;
    }

    /**
     * Records the write-off of the certificates' balances when the collateral is exhausted, on the last date kept: each
     * class's written-off amount is added to its write-down and its ending balance (notional) becomes
     * {@code endingAfter}; a factor that was not zero becomes zero where the ending balance is.
     *
     * @throws IllegalStateException if no date is kept
     */
    void writeOffLastDate(BigDecimal[] writtenOff, BigDecimal[] endingAfter) {
        if (size == 0) {
            throw new IllegalStateException("no date to write off on");
        }
        this.writtenOff = writtenOff.clone();
        this.endingAfterWriteOff = endingAfter.clone();
    }

    /** Class {@code c}'s ending balance (notional) on date {@code m}, as the engine gave it. */
    BigDecimal endingBalance(int m, int c) {
        return ending[m][c];
    }

    /** Class {@code c}'s cash flows, one per date kept: a read-only view that builds each month's record when asked. */
    List<ClassCashflow> classFlows(int c) {
        Objects.checkIndex(c, nClasses);
        return new Months<>(m -> classCashflow(m, c), size);
    }

    /** Group {@code g}'s collateral flows, one per date kept: a read-only view that builds each month's record when asked. */
    List<GroupCashflow> groupFlows(int g) {
        Objects.checkIndex(g, nGroups);
        return new Months<>(m -> groupCashflow(m, g), size);
    }

    /** Class {@code c} on date {@code m}, its printed rate and ending factor derived now. */
    ClassCashflow classCashflow(int m, int c) {
        BigDecimal b = begin[m][c];
        BigDecimal rate = printedRate(m, c);
        BigDecimal factor = DateFigures.endingFactor(deal, dateNumber[m], c, begin[m], principalUnrounded[m], loss[m], writeDown[m],
                ending[m]).movePointLeft(3);
        BigDecimal w = writeDown[m][c];
        BigDecimal end = ending[m][c];
        if (writtenOff != null && m == size - 1) {
            w = w.add(writtenOff[c]);
            end = endingAfterWriteOff[c];
            factor = factor.signum() == 0 || end.signum() != 0 ? factor : BigDecimal.ZERO;
        }
        return new ClassCashflow(dates[m + 1], b, rate, interest[m][c], principal[m][c], loss[m][c], w, end, factor,
                unpaidInterest[m][c]);
    }

    /** Class {@code c}'s rate on date {@code m} as the trustee prints it, by the engine's rule. */
    private BigDecimal printedRate(int m, int c) {
        BigDecimal source = rateSource[m][c];
        if (strip[c]) {
            return DateFigures.printedRate(deal, c, null, source, begin[m][c]);
        }
        PrintedRate last = lastPrinted[c];
        if (last != null && last.coupon().equals(source)) {
            return last.rate();
        }
        BigDecimal rate = DateFigures.printedRate(deal, c, source, null, begin[m][c]);
        lastPrinted[c] = new PrintedRate(source, rate);
        return rate;
    }

    /** A coupon and the rate printed for it. */
    private record PrintedRate(BigDecimal coupon, BigDecimal rate) {
    }

    /** Group {@code g} on date {@code m}. */
    GroupCashflow groupCashflow(int m, int g) {
        GroupCollateral gc = collateral.get(m).get(g);
        return new GroupCashflow(dates[m + 1], gc.beginningBalance(), gc.grossWac(), gc.scheduledPrincipal(), gc.prepayments(),
                defaults[m][g], gc.liquidatedBalance(), gc.netRecoveries(), gc.realizedLoss(), grossInterest[m][g], fees[m][g],
                gc.endingBalance(), gc.advancesOnLiquidated(), availableFunds[m][g], paidToSeniors[m][g]);
    }

    @Override
    public String toString() {
        return "CashflowColumns[" + size + " dates, " + nClasses + " classes, " + nGroups + " groups]";
    }

    /**
     * One class's or group's months, each record built when read; equal to any list of the same records (the
     * {@link List} contract), and refuses changes.
     */
    private static final class Months<T> extends AbstractList<T> implements RandomAccess {
        private final IntFunction<T> month;
        private final int months;

        Months(IntFunction<T> month, int months) {
            this.month = month;
            this.months = months;
        }

        @Override
        public T get(int m) {
            return month.apply(Objects.checkIndex(m, months));
        }

        @Override
        public int size() {
            return months;
        }
    }

    /** Whether {@code list} is a view of a store: already read-only, nothing to copy. */
    static boolean isView(List<?> list) {
        return list instanceof Months;
    }

}
