package org.waterfall.inference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.engine.PeriodResult;
import org.waterfall.engine.WaterfallEngine;
import org.waterfall.money.MoneyFormat;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.GroupField;
import org.waterfall.statement.TrusteeStatement;

/**
 * The month's inputs from the statement alone: what the first month of a series needs. The classes' beginning
 * balances are printed; each group's beginning balance B is not, and is inferred.
 *
 * <p>Per group, every senior class's printed principal, the rest of its row (ending balance, total less interest,
 * principal factor) and the servicing fee each read B independently ({@link BeginningBalanceVotes}); the reading most
 * of them share is taken, and a figure that disagrees is recorded as a suspect, with the balance it alone implies.
 * Then every cent of the agreed range is run through the engine, keeping the cents at which the engine agrees with
 * every agreeing figure (each agreeing principal exactly); B is the middle of that run. The agreeing principal of the
 * group's largest class is marked as an input (the run is fitted to it); the other figures stay independent checks.
 * Scheduled principal is B - E - P - L.
 */
public final class StatementInference {

    /** Candidate beginning balances tried on each side of the starting value, in cents. */
    private static final int SEARCH_CENTS = 150;

    private StatementInference() {
    }

    /** Infers the month's inputs; the statement must be one of the deal's (see the verifier's checks). */
    public static MonthInputs infer(ResolvedDeal deal, TrusteeStatement st) {
        Map<FigureId, String> inputFigures = new LinkedHashMap<>();
        Map<FigureId, String> suspects = new LinkedHashMap<>();
        BigDecimal[] beginning = PrintedInputs.beginningBalances(deal, st, inputFigures, "beginning balance: an input of the month");
        PrintedInputs.GroupFigures figures = PrintedInputs.GroupFigures.read(deal, st, inputFigures);
        int n = deal.groupCount();
        BigDecimal[] begin = new BigDecimal[n];
        for (int g = 0; g < n; g++) {
            BigDecimal feeRate = deal.group(g).servicingFeeRate();
            FigureId feeId = FigureId.group(g + 1, GroupField.MASTER_SERVICING_FEE);
            begin[g] = feeRate.signum() > 0 && st.has(feeId)
                    ? st.value(feeId).multiply(BigDecimal.valueOf(1200)).divide(feeRate, 2, java.math.RoundingMode.HALF_UP)
                    : figures.floor(g);
            begin[g] = begin[g].max(figures.floor(g));
        }
        BigDecimal delinquent = PrintedInputs.sixtyPlus(st);
        FigureId cumulativeId = FigureId.groupTotal(GroupField.CUMULATIVE_LOSSES);
        BigDecimal cumulativeBefore = st.value(cumulativeId).subtract(st.value(FigureId.groupTotal(GroupField.REALIZED_LOSSES)));
        inputFigures.put(cumulativeId, "cumulative losses: less this month's, the loss test's history");

        String[] method = new String[n];
        for (int pass = 0; pass < 2; pass++) {
            suspects.clear();
            PeriodResult first = WaterfallEngine.run(deal, figures.collateral(deal, st, begin, delinquent, cumulativeBefore), beginning);
            for (int g = 0; g < n; g++) {
                method[g] = solveGroup(deal, st, g, first, begin, figures, delinquent, cumulativeBefore, beginning,
                        inputFigures, suspects);
            }
        }
        List<InferredInput> inferred = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            String at = "group." + (g + 1);
            inferred.add(new InferredInput(at + ".beginningBalance", begin[g], method[g]));
            inferred.add(new InferredInput(at + ".scheduledPrincipal", begin[g].subtract(figures.floor(g)),
                    "beginning balance - ending balance - prepayments - liquidated balance"));
        }
        inferred.add(new InferredInput("delinquency.60plusAverage", delinquent,
                "this month's 60+ day delinquent balance (60-89, 90+, foreclosure, REO): the 6-month history is not printed"));
        inferred.add(new InferredInput("losses.cumulativeBefore", cumulativeBefore,
                "total cumulative losses less this month's realized losses"));
        PeriodCollateral collateral = figures.collateral(deal, st, begin, delinquent, cumulativeBefore);
        return new MonthInputs(collateral, beginning, inferred, inputFigures, suspects, null);
    }

    private static String solveGroup(ResolvedDeal deal, TrusteeStatement st, int g, PeriodResult month, BigDecimal[] begin,
            PrintedInputs.GroupFigures figures, BigDecimal delinquent, BigDecimal cumulativeBefore, BigDecimal[] beginning,
            Map<FigureId, String> inputFigures, Map<FigureId, String> suspects) {
        List<BeginningBalanceVotes.Vote> votes = BeginningBalanceVotes.collect(deal, st, g, beginning, month, figures);
        BeginningBalanceVotes.Consensus consensus = BeginningBalanceVotes.consensus(votes, beginning);
        if (consensus == null) {
            return "no senior class outstanding: taken from the servicing fee";
        }
        for (BeginningBalanceVotes.Vote v : consensus.disagreeing()) {
            suspects.put(v.figure(), "group " + deal.group(g).id() + "'s beginning balance: " + consensus.describe());
        }
        BeginningBalanceVotes.Vote anchor = consensus.anchor(beginning);
        if (anchor != null) {
            inputFigures.put(anchor.figure(), "used to infer group " + deal.group(g).id() + "'s beginning balance");
        }
        long fitted = consensus.agreeing().stream().filter(BeginningBalanceVotes.Vote::isPrincipal).count();
        BigDecimal floor = figures.floor(g);
        java.util.function.Predicate<BigDecimal> reproduces = candidate -> {
            if (candidate.compareTo(floor) < 0 || candidate.compareTo(consensus.low()) < 0
                    || candidate.compareTo(consensus.high()) > 0) {
                return false;
            }
            begin[g] = candidate;
            PeriodResult r = WaterfallEngine.run(deal, figures.collateral(deal, st, begin, delinquent, cumulativeBefore), beginning);
            return consensus.reproducedBy(r, deal, st);
        };
        BigDecimal start = (anchor == null ? consensus.middle() : anchor.point()).max(consensus.low()).min(consensus.high())
                .setScale(2, java.math.RoundingMode.HALF_UP);
        CentRun run = CentRun.around(start, SEARCH_CENTS, reproduces);
        String agreement = consensus.describe();
        String anchorText = anchor == null ? "the agreeing figures"
                : "class " + deal.className(anchor.classIndex()) + "'s principal (" + MoneyFormat.grouped(st.value(anchor.figure())) + ")"
                        + (fitted > 1 ? " and the other " + (fitted - 1) + " agreeing senior principals" : "");
        if (run == null) {
            begin[g] = consensus.middle().max(floor);
            return "the middle of the agreed range: no cent within $" + SEARCH_CENTS / 100 + " of it reproduces " + anchorText
                    + " exactly; " + agreement;
        }
        begin[g] = run.middle();
        String range = run.single() ? "only this cent reproduces them"
                : "every cent from " + MoneyFormat.grouped(run.low()) + " to " + MoneyFormat.grouped(run.high())
                        + " reproduces them; the middle is used";
        return "solved from the shifting-interest rule so that the engine reproduces " + anchorText + " exactly (" + range + "); "
                + agreement;
    }
}
