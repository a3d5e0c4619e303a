package org.waterfall.verify;

import static org.waterfall.verify.Expectations.BALANCES_BELOW_CENT;
import static org.waterfall.verify.Expectations.FACTOR_FROM_UNROUNDED;
import static org.waterfall.verify.Expectations.IO_RATE_FROM_ROUNDED_INTEREST;
import static org.waterfall.verify.Expectations.NET_WAC_PRECISION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waterfall.InputException;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.TrusteeConventions;
import org.waterfall.engine.PeriodResult;
import org.waterfall.engine.WaterfallEngine;
import org.waterfall.inference.DealMatch;
import org.waterfall.inference.MonthInputs;
import org.waterfall.inference.PeriodDataInputs;
import org.waterfall.inference.StatementInference;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.PrintedFigure;
import org.waterfall.statement.TrusteeStatement;

/**
 * Recomputes the month a trustee statement reports and checks every printed figure: against the engine
 * (within a tolerance only where a named convention justifies one) and against the statement's own arithmetic
 * (totals, factors, ending balances), which must hold exactly. Nothing printed is skipped: a figure with no
 * rule is reported {@link Status#NOT_RECOMPUTED} with the reason.
 *
 * <p>The month's inputs come from {@link org.waterfall.inference}: inferred from the statement alone, read from a
 * period data file, or carried from the previous statement of a series ({@link ChainVerifier}). The checks are
 * grouped by the part of the statement they cover: {@link ClassChecks}, {@link TotalChecks}, {@link GroupChecks},
 * {@link AggregateChecks} and {@link ServicerDataChecks}.
 */
public final class Verifier {

    private Verifier() {
    }

    /**
     * Verifies a statement, inferring the unprinted collateral inputs from it.
     *
     * @throws InputException if the statement is not one of this deal's (series, classes, CUSIPs, groups)
     */
    public static VerificationReport verify(ResolvedDeal deal, TrusteeStatement statement) {
        DealMatch.require(deal, statement);
        return verify(deal, statement, StatementInference.infer(deal, statement));
    }

    /** Verifies a statement with the collateral inputs taken from a period data file. */
    public static VerificationReport verify(ResolvedDeal deal, TrusteeStatement statement, PeriodCollateral periodData,
            String periodSource) {
        DealMatch.require(deal, statement);
        return verify(deal, statement, PeriodDataInputs.from(deal, statement, periodData, periodSource));
    }

    /** Verifies a statement of this deal with the month's inputs as given. */
    public static VerificationReport verify(ResolvedDeal deal, TrusteeStatement st, MonthInputs inputs) {
        PeriodResult result = WaterfallEngine.run(deal, inputs.collateral(), inputs.beginning(), inputs.unpaidInterest());
        Expectations x = new Expectations(deal, st, result, inputs);
        ClassChecks.expect(x);
        TotalChecks.expect(x);
        GroupChecks.expect(x);
        AggregateChecks.expect(x);
        ServicerDataChecks.expect(x);

        FigureChecker checker = new FigureChecker(x);
        List<FigureCheck> checks = new ArrayList<>(st.figures().size());
        Map<FigureId, FigureCheck> byId = new HashMap<>();
        for (PrintedFigure f : st.figures()) {
            FigureCheck check = checker.check(f);
            checks.add(check);
            byId.put(f.id(), check);
        }
        List<FigureCheck> explained = new ArrayList<>(checks.size());
        for (FigureCheck c : checks) {
            explained.add(c.status() == Status.DISCREPANCY ? checker.explain(c, byId) : c);
        }
        return new VerificationReport(deal.deal().id(), st.source(), st.distributionDate(), st.numbersFound(),
                inputs.inferred(), conventionNames(x), explained, result);
    }

    private static List<String> conventionNames(Expectations x) {
        TrusteeConventions conv = x.conv;
        List<String> names = new ArrayList<>();
        names.add("interest: " + conv.interest());
        names.add("principal: " + conv.principal() + ", senior remainder " + conv.seniorRemainder()
                + ", subordinate remainder " + conv.subordinateRemainder());
        names.add("factors: " + conv.factor() + " per $1,000 of original balance");
        names.add("rates: " + conv.rate() + "; coupon accrues at " + (conv.couponRate() == null ? "the unrounded rate" : conv.couponRate()));
        names.add(NET_WAC_PRECISION + ": the net WAC is known only to the printed average loan rate's precision (+/- "
                + x.wacHalfUlp.stripTrailingZeros().toPlainString() + "%); interest at a WAC-based rate is accepted within "
                + "balance x that / 1200 plus one rounding cent");
        names.add(IO_RATE_FROM_ROUNDED_INTEREST + ": a WAC strip's printed rate is its rounded interest x 1200 / notional");
        if (x.unroundedBasis()) {
            names.add(FACTOR_FROM_UNROUNDED + ": factors are computed from amounts before rounding (a class's exact "
                    + "pro-rata share), so a printed factor may differ from the printed amount's by up to half a cent's worth");
        }
        names.add("working precision " + conv.workingPrecision().named());
        if (conv.balancesBelowCent()) {
            names.add(BALANCES_BELOW_CENT + ": the trustee carries balances below the cent and prints each rounded; an "
                    + "ending balance is accepted if it rounds the unrounded ending with the beginning known to +/- half a cent "
                    + "(IO notionals: half a cent per class summed)");
        }
        return names;
    }
}
