package org.waterfall.deal;

import java.util.Objects;
import org.waterfall.money.RemainderRule;
import org.waterfall.money.Rounding;

/**
 * How this trustee rounds: not in the PSA, so each choice is deal data and named in every report.
 *
 * @param interest rounding of each class's interest
 * @param principal rounding of principal amounts and of each class's pro-rata share
 * @param seniorRemainder who absorbs the rounding cent when a group's senior principal is split
 * @param subordinateRemainder who absorbs it when the subordinate principal is split
 * @param shortfallRemainder who absorbs it when an interest shortfall is split
 * @param factor rounding of factors per $1,000
 * @param rate rounding of printed rates (IO rates derived from rounded interest)
 * @param couponRate rounding applied to a computed coupon before interest accrues, or {@code null} to accrue
 *     at the unrounded rate
 * @param derivedFigureBasis whether figures derived from a class's amounts (factors per $1,000, the total
 *     distribution) are computed from the rounded amounts or from the amounts before rounding
 * @param balancesBelowCent whether the trustee carries class balances below the cent and prints them rounded
 *     (then an ending balance or IO notional recomputed from printed cents may differ by a cent)
 * @param workingPrecision the precision of the engine's ratios and a projection's carried unrounded balances
 */
public record TrusteeConventions(
        Rounding interest,
        Rounding principal,
        RemainderRule seniorRemainder,
        RemainderRule subordinateRemainder,
        RemainderRule shortfallRemainder,
        Rounding factor,
        Rounding rate,
        Rounding couponRate,
        DerivedFigureBasis derivedFigureBasis,
        boolean balancesBelowCent,
        WorkingPrecision workingPrecision) {

    public TrusteeConventions {
        Objects.requireNonNull(workingPrecision, "workingPrecision");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(seniorRemainder, "seniorRemainder");
        Objects.requireNonNull(subordinateRemainder, "subordinateRemainder");
        Objects.requireNonNull(shortfallRemainder, "shortfallRemainder");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(derivedFigureBasis, "derivedFigureBasis");
    }

    /** The conventions with ratios at 34 significant digits ({@link WorkingPrecision#DIGITS_34}). */
    public TrusteeConventions(Rounding interest, Rounding principal, RemainderRule seniorRemainder, RemainderRule subordinateRemainder,
            RemainderRule shortfallRemainder, Rounding factor, Rounding rate, Rounding couponRate, DerivedFigureBasis derivedFigureBasis,
            boolean balancesBelowCent) {
        this(interest, principal, seniorRemainder, subordinateRemainder, shortfallRemainder, factor, rate, couponRate, derivedFigureBasis,
                balancesBelowCent, WorkingPrecision.DIGITS_34);
    }

    /** What factors per $1,000 and a class's total distribution are computed from. */
    public enum DerivedFigureBasis {
        /** The printed (rounded) amount. */
        ROUNDED_AMOUNTS,
        /** The amount before rounding: a class's exact pro-rata share, its exact accrued interest. */
        UNROUNDED_AMOUNTS
    }
}
