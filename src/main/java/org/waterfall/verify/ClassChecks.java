package org.waterfall.verify;

import static org.waterfall.verify.Expectations.BALANCES_BELOW_CENT;
import static org.waterfall.verify.Expectations.CENT;
import static org.waterfall.verify.Expectations.FACTOR_FROM_UNROUNDED;
import static org.waterfall.verify.Expectations.HALF_CENT;
import static org.waterfall.verify.Expectations.IO_RATE_FROM_ROUNDED_INTEREST;
import static org.waterfall.verify.Expectations.NET_WAC_PRECISION;
import static org.waterfall.verify.Expectations.TWELVE_HUNDRED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.waterfall.deal.CertificateClass;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.engine.ClassResult;
import org.waterfall.money.RemainderRule;
import org.waterfall.money.Rounding;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.ClassField;

/**
 * Each class row: beginning balance (or notional), rate, principal, interest, total, losses, shortfalls, ending
 * balance, unpaid interest and the three factors, each against the engine and the row's own arithmetic. In a chained
 * month a class's beginning balance is also the previous statement's printed ending balance.
 */
final class ClassChecks {

    private final Expectations x;

    private ClassChecks(Expectations x) {
        this.x = x;
    }

    static void expect(Expectations x) {
        ClassChecks checks = new ClassChecks(x);
        for (int c = 0; c < x.deal.classCount(); c++) {
            checks.expectClass(c);
        }
    }

    private static FigureId id(CertificateClass k, ClassField field) {
        return FigureId.of(k.name(), field);
    }

    private void expectClass(int c) {
        ResolvedDeal deal = x.deal;
        ClassResult r = x.result.classes().get(c);
        CertificateClass k = deal.certificateClass(c);
        BigDecimal interestTol = interestTolerance(c, r);
        String rateConvention = interestTol.signum() == 0 ? "" : NET_WAC_PRECISION;
        expectBeginning(c, k, r);
        x.put(id(k, ClassField.BEGINNING_BALANCE_REPRINT), Expected.exact(x.printed(id(k, ClassField.BEGINNING_BALANCE)),
                "reprint of " + id(k, ClassField.BEGINNING_BALANCE), id(k, ClassField.BEGINNING_BALANCE)));
        x.put(id(k, ClassField.PASS_THROUGH_RATE), rate(c, k, r, interestTol));
        x.put(id(k, ClassField.PASS_THROUGH_RATE_REPRINT), Expected.exact(x.printed(id(k, ClassField.PASS_THROUGH_RATE)),
                "reprint of " + id(k, ClassField.PASS_THROUGH_RATE), id(k, ClassField.PASS_THROUGH_RATE)));
        boolean io = deal.isInterestOnly(c);
        x.put(id(k, ClassField.PRINCIPAL), Expected.exact(r.principal(), io ? "interest-only: no principal"
                : k.role().isSenior() ? "group senior principal (SP x scheduled + SPP x prepayments), pro rata by balance"
                : "subordinate principal, pro rata by balance"));
        x.put(id(k, ClassField.INTEREST), Expected.within(r.interest(), interestTol, rateConvention,
                "balance x rate / 1200, to the cent, less allocated shortfalls"));
        x.put(id(k, ClassField.TOTAL_DISTRIBUTION), total(k, r, interestTol, rateConvention));
        x.put(id(k, ClassField.PRINCIPAL_LOSS), Expected.exact(r.loss(), "realized losses allocated in reverse order of seniority"));
        x.put(id(k, ClassField.INTEREST_SHORTFALL), Expected.exact(r.interestShortfall(), "shortfalls pro rata to accrued interest"));
        x.put(id(k, ClassField.ENDING_BALANCE), ending(c, k, r));
        x.put(id(k, ClassField.UNPAID_INTEREST), Expected.exact(r.unpaidInterest(),
                "interest owed that the available funds could not pay, carried to the next date"));
        expectFactors(c, k, r, interestTol);
    }

    private void expectBeginning(int c, CertificateClass k, ClassResult r) {
        FigureId at = id(k, ClassField.BEGINNING_BALANCE);
        int refs = k.notionalOf().size();
        if (x.deal.isInterestOnly(c)) {
            Expected notional;
            if (k.printsNotional()) {
                notional = x.hiddenCents(r.beginningBalance(), r.beginningBalance(), refs,
                        "notional: sum of the beginning balances of " + String.join(", ", k.notionalOf()));
                List<FigureId> ids = k.notionalOf().stream().map(n -> FigureId.of(n, ClassField.BEGINNING_BALANCE)).toList();
                notional = x.withPrintedHidden(notional, x.sum(ids), refs, "sum of the printed beginning balances of "
                        + String.join(", ", k.notionalOf()));
            } else {
                notional = Expected.exact(BigDecimal.ZERO, "the statement prints no notional for " + k.name());
            }
            x.put(at, notional);
        } else if (x.inputs.chained()) {
            FigureId previousEnding = id(k, ClassField.ENDING_BALANCE);
            BigDecimal before = x.inputs.previous().has(previousEnding) ? x.inputs.previous().value(previousEnding) : null;
            if (before != null) {
                // the trustee carries one balance from a distribution to the next, so both print the same cents
                x.put(at, Expected.exact(before, "the " + x.inputs.previous().distributionDate()
                        + " statement's printed ending balance (one carried balance, printed rounded twice); the month's input"));
            }
        }
    }

    private Expected rate(int c, CertificateClass k, ClassResult r, BigDecimal interestTol) {
        ResolvedDeal deal = x.deal;
        BigDecimal zero = BigDecimal.ZERO;
        if (!k.printsNotional()) {
            return Expected.exact(zero, "the statement prints no rate for " + k.name());
        }
        return switch (deal.couponKind(c)) {
            case WAC_EXCESS_STRIP -> stripRate(c, k, r, interestTol);
            case SUBORDINATE_NET_WAC -> Expected.within(r.printedRate(),
                    x.wacHalfUlp.signum() == 0 ? zero : x.conv.rate().ulp(), NET_WAC_PRECISION,
                    "subordinate rate (net WACs weighted by subordinate components) less " + deal.couponRate(c).toPlainString());
            case GROUP_NET_WAC -> Expected.exact(r.printedRate(), "group " + deal.group(deal.couponGroup(c)).id()
                    + " net WAC: average loan rate less " + deal.groupFeeRate(deal.couponGroup(c)).toPlainString() + "% fees");
            default -> Expected.exact(r.printedRate(), "fixed coupon from the deal");
        };
    }

    private Expected stripRate(int c, CertificateClass k, ClassResult r, BigDecimal interestTol) {
        ResolvedDeal deal = x.deal;
        FigureId interestId = id(k, ClassField.INTEREST);
        BigDecimal notional = r.beginningBalance();
        BigDecimal tol = notional.signum() == 0 ? BigDecimal.ZERO
                : interestTol.multiply(TWELVE_HUNDRED).divide(notional, Rounding.INTERMEDIATE)
                        .setScale(x.conv.rate().scale(), RoundingMode.CEILING);
        int[] over = deal.stripOver(c);
        Expected rate;
        if (over.length == 1) {
            // a one-class strip: net WAC less the class's rate, which the printed WAC pins exactly; the rounded
            // interest over the notional is accepted too
            BigDecimal direct = x.conv.rate().apply(x.result.groups().get(deal.couponGroup(c)).netWac()
                    .subtract(deal.couponRate(over[0])));
            rate = Expected.between(direct, direct.min(r.printedRate()), direct.max(r.printedRate()),
                    IO_RATE_FROM_ROUNDED_INTEREST, "net WAC less the rate of " + deal.className(over[0])
                            + " (or interest x 1200 / notional)", interestId);
        } else {
            rate = Expected.within(r.printedRate(), tol, IO_RATE_FROM_ROUNDED_INTEREST + ", " + NET_WAC_PRECISION,
                    "interest x 1200 / notional", interestId);
        }
        BigDecimal repNotional = x.printed(id(k, ClassField.BEGINNING_BALANCE));
        BigDecimal repInterest = x.printed(interestId);
        if (repNotional != null && repInterest != null) {
            rate = rate.withPrinted(x.conv.rate().divide(repInterest.multiply(TWELVE_HUNDRED), repNotional),
                    "printed interest x 1200 / printed notional");
        }
        return rate;
    }

    /**
     * What a class's rounded principal may differ from its exact pro-rata share beyond its own half cent: under
     * {@code LARGEST_ABSORBS} the largest class of an allocation takes the other members' rounding remainders, up to
     * half a cent each. Zero for every other class.
     */
    private BigDecimal absorbedRemainder(int c) {
        ResolvedDeal deal = x.deal;
        if (deal.isInterestOnly(c)) {
            return BigDecimal.ZERO;
        }
        boolean senior = deal.certificateClass(c).role().isSenior();
        RemainderRule rule = senior ? x.conv.seniorRemainder() : x.conv.subordinateRemainder();
        if (rule != RemainderRule.LARGEST_ABSORBS) {
            return BigDecimal.ZERO;
        }
        int[] members = senior ? deal.proRataPeersOf(c) : deal.subordinates();
        int largest = -1;
        int positive = 0;
        for (int m : members) {
            BigDecimal b = x.result.classes().get(m).beginningBalance();
            if (b.signum() > 0) {
                positive++;
                if (largest < 0 || b.compareTo(x.result.classes().get(largest).beginningBalance()) > 0) {
                    largest = m;
                }
            }
        }
        return largest == c && positive > 1 ? HALF_CENT.multiply(BigDecimal.valueOf(positive - 1L)) : BigDecimal.ZERO;
    }

    private static String absorbedNote(BigDecimal absorbed) {
        return absorbed.signum() == 0 ? "" : "; LARGEST_ABSORBS: the largest class takes the others' rounding remainders, +/- "
                + absorbed.toPlainString() + " more";
    }

    private Expected total(CertificateClass k, ClassResult r, BigDecimal interestTol, String rateConvention) {
        FigureId principal = id(k, ClassField.PRINCIPAL);
        FigureId interest = id(k, ClassField.INTEREST);
        Expected total = Expected.within(r.totalDistribution(), interestTol, rateConvention, "principal + interest",
                principal, interest);
        BigDecimal printedSum = x.sum(List.of(principal, interest));
        if (printedSum != null && x.unroundedBasis()) {
            BigDecimal absorbed = absorbedRemainder(x.deal.classIndex(k.name()));
            BigDecimal spread = CENT.add(absorbed);
            return total.withPrinted(printedSum, printedSum.subtract(spread), printedSum.add(spread),
                    "printed principal + interest (each rounded from the unrounded amounts, " + FACTOR_FROM_UNROUNDED + ": +/- 0.01"
                            + absorbedNote(absorbed) + ")");
        }
        return total.withPrinted(printedSum, "printed principal + interest");
    }

    private Expected ending(int c, CertificateClass k, ClassResult r) {
        int refs = k.notionalOf().size();
        if (x.deal.isInterestOnly(c)) {
            if (!k.printsNotional()) {
                return Expected.exact(BigDecimal.ZERO, "the statement prints no notional for " + k.name());
            }
            Expected ending = x.hiddenCents(r.endingBalance(), r.endingBalanceUnrounded(), refs,
                    "notional: sum of the ending balances of " + String.join(", ", k.notionalOf()),
                    id(k, ClassField.BEGINNING_BALANCE));
            List<FigureId> ids = k.notionalOf().stream().map(n -> FigureId.of(n, ClassField.ENDING_BALANCE)).toList();
            return x.withPrintedHidden(ending, x.sum(ids), refs,
                    "sum of the printed ending balances of " + String.join(", ", k.notionalOf()));
        }
        String rule = r.writeDown().signum() == 0 ? "beginning - principal - losses"
                : "beginning - principal - losses - the write-down of " + r.writeDown().toPlainString() + " by which the "
                        + "certificates exceed the collateral after the distribution (the deal's writeDownExcessOverCollateral:"
                        + " the most junior class takes it)";
        Expected ending = x.hiddenCents(r.endingBalance(), r.endingBalanceUnrounded(), 1, rule,
                id(k, ClassField.PRINCIPAL), id(k, ClassField.PRINCIPAL_LOSS));
        BigDecimal b = x.printed(id(k, ClassField.BEGINNING_BALANCE));
        BigDecimal p = x.printed(id(k, ClassField.PRINCIPAL));
        BigDecimal l = x.printed(id(k, ClassField.PRINCIPAL_LOSS));
        if (b != null && p != null && l != null) {
            BigDecimal absorbed = x.unroundedBasis() ? absorbedRemainder(c) : BigDecimal.ZERO;
            // the statement prints no write-down: where the engine writes the class down, the arithmetic takes it
            String how = r.writeDown().signum() == 0 ? "printed beginning - principal - losses"
                    : "printed beginning - principal - losses - the engine's write-down of " + r.writeDown().toPlainString();
            ending = x.withPrintedHidden(ending, b.subtract(p).subtract(l).subtract(r.writeDown()), 2, how, absorbed);
        }
        return ending;
    }

    private void expectFactors(int c, CertificateClass k, ClassResult r, BigDecimal interestTol) {
        BigDecimal zero = BigDecimal.ZERO;
        BigDecimal original = x.deal.original(c);
        boolean fromUnrounded = x.unroundedBasis();
        BigDecimal interestDelta = interestTol.signum() == 0 ? zero
                : r.beginningBalance().multiply(x.wacHalfUlp).divide(TWELVE_HUNDRED, Rounding.INTERMEDIATE);
        BigDecimal absorbed = absorbedRemainder(c);
        putFactor(id(k, ClassField.PRINCIPAL_FACTOR), r.principalFactor(), fromUnrounded ? r.principalUnrounded() : r.principal(),
                zero, original, id(k, ClassField.PRINCIPAL), NET_WAC_PRECISION, absorbed);
        putFactor(id(k, ClassField.INTEREST_FACTOR), r.interestFactor(), fromUnrounded ? r.interestUnrounded() : r.interest(),
                interestDelta, original, id(k, ClassField.INTEREST), NET_WAC_PRECISION, zero);
        boolean paidOff = r.beginningBalance().signum() == 0;
        int refs = x.deal.isInterestOnly(c) ? k.notionalOf().size() : 1;
        BigDecimal hidden = x.conv.balancesBelowCent() && !paidOff ? HALF_CENT.multiply(BigDecimal.valueOf(refs)) : zero;
        putFactor(id(k, ClassField.ENDING_FACTOR), r.endingFactor(), fromUnrounded ? r.endingBalanceUnrounded() : r.endingBalance(),
                hidden, original, id(k, ClassField.ENDING_BALANCE), BALANCES_BELOW_CENT, absorbed);
    }

    /**
     * A factor per $1,000: the engine's, accepted for any rounding of {@code (basis +/- delta) x 1000 / original};
     * and the statement's own, from the printed amount (+/- half a cent when factors come from unrounded amounts).
     */
    private void putFactor(FigureId id, BigDecimal computed, BigDecimal basis, BigDecimal delta, BigDecimal original,
            FigureId amountId, String convention, BigDecimal absorbed) {
        Expected e;
        String rule = "amount x 1000 / original balance " + original.toPlainString();
        if (delta.signum() == 0 || original.signum() == 0) {
            e = Expected.exact(computed, rule, amountId);
        } else {
            BigDecimal low = x.conv.factor().perThousand(basis.subtract(delta), original).min(computed);
            BigDecimal high = x.conv.factor().perThousand(basis.add(delta), original).max(computed);
            e = Expected.between(computed, low, high, convention, rule, amountId);
        }
        BigDecimal amount = x.printed(amountId);
        if (amount != null) {
            BigDecimal fromPrinted = x.conv.factor().perThousand(amount, original);
            if (x.unroundedBasis() && original.signum() > 0) {
                BigDecimal lo = x.conv.factor().perThousand(amount.subtract(HALF_CENT).subtract(absorbed), original);
                BigDecimal hi = x.conv.factor().perThousand(amount.add(HALF_CENT).add(absorbed), original);
                e = e.withPrinted(fromPrinted, lo, hi, "printed amount (+/- half a cent, " + FACTOR_FROM_UNROUNDED
                        + absorbedNote(absorbed) + ") x 1000 / original");
            } else {
                e = e.withPrinted(fromPrinted, "printed amount x 1000 / original");
            }
        }
        x.put(id, e);
    }

    /**
     * The interest tolerance of a class whose rate depends on a net WAC: the WAC is known only to the printed
     * precision, so interest may differ by up to balance x half a unit of that precision / 1200, plus one cent
     * for the two roundings; floored to the cent. Zero for fixed rates and fixed strips.
     */
    private BigDecimal interestTolerance(int c, ClassResult r) {
        if (x.wacHalfUlp.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal base = switch (x.deal.couponKind(c)) {
            case GROUP_NET_WAC, SUBORDINATE_NET_WAC, WAC_EXCESS_STRIP -> r.beginningBalance();
            default -> BigDecimal.ZERO;
        };
        if (base.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal delta = base.multiply(x.wacHalfUlp).divide(TWELVE_HUNDRED, Rounding.INTERMEDIATE);
        return delta.add(CENT).setScale(2, RoundingMode.FLOOR);
    }
}
