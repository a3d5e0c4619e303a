package org.waterfall.engine;

import java.math.BigDecimal;
import org.waterfall.deal.CouponKind;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.TrusteeConventions;

/**
 * One distribution date's figures as the engine left them, read by index without building a {@link ClassResult} or
 * {@link GroupResult} per class and group: what a projection reads every month. Classes are indexed as the deal's
 * classes ({@code c}), groups as its groups ({@code g}). Derived figures are computed when asked for, and only
 * those the date was run for (its {@link Detail}); {@link #result} builds the full {@link PeriodResult}. Figures of a
 * date run in a {@link WaterfallEngine.Workspace} are read from the workspace: read them before it runs its next date.
 */
public final class DateFigures {

    private final Period p;
    private final Detail detail;

    DateFigures(Period p, Detail detail) {
        this.p = p;
        this.detail = detail;
    }

    /** Beginning balance; for an IO class its beginning notional. */
    public BigDecimal beginningBalance(int c) {
        return p.begin[c];
    }

    /** The coupon in percent, unrounded, at which interest accrued (see {@link ClassResult#rate}). */
    public BigDecimal rate(int c) {
        return p.rate(c);
    }

    /** Interest distributed. */
    public BigDecimal interest(int c) {
        return p.interestPaid[c];
    }

    /** Principal distributed. */
    public BigDecimal principal(int c) {
        return p.principal[c];
    }

    /** Realized losses allocated. */
    public BigDecimal loss(int c) {
        return p.loss[c];
    }

    /** The write-down by the certificates' excess over the collateral. */
    public BigDecimal writeDown(int c) {
        return p.writeDown[c];
    }

    /** Interest owed after this date that the available funds could not pay. */
    public BigDecimal unpaidInterest(int c) {
        return p.unpaidAfter[c];
    }

    /** Ending balance; for an IO class its ending notional. */
    public BigDecimal endingBalance(int c) {
        return p.ending[c];
    }

    /** The rate as the trustee prints it (see {@link ClassResult#printedRate}). */
    public BigDecimal printedRate(int c) {
        boolean strip = p.deal.couponKind(c) == CouponKind.WAC_EXCESS_STRIP;
        return printedRate(p.deal, c, strip ? null : p.rate[c], p.accrued[c], p.begin[c]);
    }

    /**
     * Ending balance per $1,000 of original (see {@link ClassResult#endingFactor}).
     *
     * @throws IllegalStateException if the date was run for {@link Detail#AMOUNTS} only
     */
    public BigDecimal endingFactor(int c) {
        return endingFactor(p.deal, p.dateNumber, c, p.begin, p.principalTwins(), p.loss, p.writeDown, p.ending);
    }

    /** The date's number in the deal's calendar (what the deal's dated rules, such as an IO strip's end, are read by). */
    public int dateNumber() {
        return p.dateNumber;
    }

    /**
     * Principal distributed before rounding, working precision: the basis of the ending factor on the unrounded-amounts
     * convention.
     *
     * @throws IllegalStateException if the date was run for {@link Detail#AMOUNTS} only
     */
    public BigDecimal principalUnrounded(int c) {
        BigDecimal[] twins = p.principalTwins();
        if (twins == null) {
            throw new IllegalStateException("the unrounded principal was not asked for when the date was run");
        }
        return twins[c];
    }

    /** Interest accrued at the coupon, before shortfalls, rounded: a WAC strip's printed rate is implied from it. */
    public BigDecimal accrued(int c) {
        return p.accrued[c];
    }

    /**
     * The rule of {@link #printedRate(int)} from ingredients a caller kept after the date was run: for a WAC strip
     * ({@link CouponKind#WAC_EXCESS_STRIP}) implied from its accrued interest over its beginning notional, otherwise the
     * coupon rounded by the deal's rate convention.
     *
     * @param rate the coupon, percent ({@link #rate}); not read for a WAC strip (may be null)
     * @param accrued the accrued interest ({@link #accrued}); read for a WAC strip only
     */
    public static BigDecimal printedRate(ResolvedDeal deal, int c, BigDecimal rate, BigDecimal accrued, BigDecimal begin) {
        boolean strip = deal.couponKind(c) == CouponKind.WAC_EXCESS_STRIP; // printed from its interest, not its rate
        return ClassResult.printedRate(deal.conventions(), strip, rate, accrued, begin);
    }

    /**
     * The rule of {@link #endingFactor(int)} from a date's figures by class index as a caller kept them after the date
     * was run (the engine's arrays are reused by the next date): zero for a class with nothing at the start of the date,
     * otherwise the ending balance (before rounding on the unrounded-amounts basis: beginning less unrounded principal,
     * loss and write-down, an IO class's summed over its reference classes) per $1,000 of original, by the deal's factor
     * convention.
     *
     * @param dateNumber the date's {@link #dateNumber()}
     * @param principalUnrounded the unrounded principal by class ({@link #principalUnrounded}), or null if not computed
     * @throws IllegalStateException if the factor needs the unrounded principal and {@code principalUnrounded} is null
     */
    public static BigDecimal endingFactor(ResolvedDeal deal, int dateNumber, int c, BigDecimal[] begin, BigDecimal[] principalUnrounded,
            BigDecimal[] loss, BigDecimal[] writeDown, BigDecimal[] ending) {
        TrusteeConventions conv = deal.conventions();
        if (begin[c].signum() == 0) {
            return conv.factor().zero(); // a retired class (or an ended notional): nothing to pay down, factor 0
        }
        BigDecimal basis = conv.derivedFigureBasis() == TrusteeConventions.DerivedFigureBasis.UNROUNDED_AMOUNTS
                ? Results.endingUnrounded(deal, dateNumber, c, begin, principalUnrounded, loss, writeDown)
                : ending[c];
        return conv.factor().perThousand(basis, deal.original(c));
    }

    /** A group's interest on its beginning balance at the gross WAC. */
    public BigDecimal grossInterest(int g) {
        return p.grossInterest[g];
    }

    /** A group's fees: master servicing, sub-servicing and trustee. */
    public BigDecimal fees(int g) {
        return p.fees[g];
    }

    /** What the group provides for the certificates. */
    public BigDecimal availableFunds(int g) {
        return p.availableFunds[g];
    }

    /** What the group's seniors were paid from it. */
    public BigDecimal paidToSeniors(int g) {
        return p.paidToSeniors[g];
    }

    /** The shifting-interest percentages and tests. */
    public ShiftingInterestState shifting() {
        return p.shifting;
    }

    /**
     * Every figure of the date as a {@link PeriodResult}.
     *
     * @throws IllegalStateException unless the date was run for {@link Detail#ALL}
     */
    public PeriodResult result() {
        if (detail != Detail.ALL) {
            throw new IllegalStateException("the date was run for " + detail + ", not every figure");
        }
        return Results.apply(p);
    }
}
