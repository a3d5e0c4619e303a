package org.waterfall.inference;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * The inputs of a month that follows another statement of the same series. Nothing needs inferring: each
 * group's beginning balance is the previous month's printed ending balance, cumulative losses before the month are
 * the previous month's printed total, and the 60+ day delinquent balance is averaged over the statements of the
 * series that fall in the delinquency test's window.
 *
 * <p>The month's scheduled principal is still not printed: it is B - E - P - L with the printed ending balance E,
 * which the group's senior principals and principal factors check. When they agree with E it is used as printed;
 * when they agree with each other but not with E, E is the figure reported, and the ending balance they imply is
 * used (every cent near their reading is run through the engine, as for a first month's beginning balance).
 */
public final class ChainedInputs {

    private static final int SEARCH_CENTS = 150;

    private ChainedInputs() {
    }

    /**
     * @param earlier the series' statements before this one, in date order (not empty)
     * @param averagingMonths months of the delinquency test's average
     * @param previousShift the scheduled prepayment shift in force after the previous date's step-down tests (the
     *     previous month's recomputed result), or null when unknown
     */
    public static MonthInputs next(ResolvedDeal deal, List<TrusteeStatement> earlier, TrusteeStatement st, int averagingMonths,
            BigDecimal previousShift) {
        TrusteeStatement previous = earlier.get(earlier.size() - 1);
        Map<FigureId, String> inputFigures = new LinkedHashMap<>();
        Map<FigureId, String> suspects = new LinkedHashMap<>();
        BigDecimal[] beginning = PrintedInputs.beginningBalances(deal, st, inputFigures, null);
        PrintedInputs.GroupFigures figures = PrintedInputs.GroupFigures.read(deal, st, inputFigures);
        int n = deal.groupCount();
        BigDecimal[] begin = new BigDecimal[n];
        for (int g = 0; g < n; g++) {
            inputFigures.remove(FigureId.group(g + 1, GroupField.ENDING_BALANCE));
            begin[g] = previous.value(FigureId.group(g + 1, GroupField.ENDING_BALANCE));
            if (begin[g].compareTo(figures.floor(g)) < 0) {
                // the printed ending, prepayments and losses exceed last month's balance: take them as the floor and let
                // the checks report the month
                begin[g] = figures.floor(g);
            }
        }
        List<TrusteeStatement> window = new ArrayList<>(earlier.subList(Math.max(0, earlier.size() - (averagingMonths - 1)), earlier.size()));
        window.add(st);
        BigDecimal delinquentSum = BigDecimal.ZERO;
        for (TrusteeStatement s : window) {
            delinquentSum = delinquentSum.add(PrintedInputs.sixtyPlus(s));
        }
        BigDecimal delinquent = delinquentSum.divide(BigDecimal.valueOf(window.size()), 2, RoundingMode.HALF_UP);
        BigDecimal cumulativeBefore = previous.value(FigureId.groupTotal(GroupField.CUMULATIVE_LOSSES));
        BigDecimal[] unpaid = carriedUnpaidInterest(deal, previous);
        Month month = new Month(deal, st, begin, figures, delinquent, cumulativeBefore, previousShift, beginning, unpaid);

        BigDecimal[] printedEnding = figures.ending().clone();
        String[] method = new String[n];
        for (int pass = 0; pass < 2; pass++) {
            suspects.clear();
            System.arraycopy(printedEnding, 0, figures.ending(), 0, n);
            PeriodResult first = month.run();
            for (int g = 0; g < n; g++) {
                method[g] = solveEnding(month, g, first, inputFigures, suspects);
            }
        }
        List<InferredInput> inferred = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            String at = "group." + (g + 1);
            inferred.add(new InferredInput(at + ".beginningBalance", begin[g], "the " + previous.distributionDate()
                    + " statement's printed ending balance"));
            inferred.add(new InferredInput(at + ".scheduledPrincipal", begin[g].subtract(figures.floor(g)),
                    "beginning balance - ending balance - prepayments - liquidated balance; " + method[g]));
        }
        inferred.add(new InferredInput("delinquency.60plusAverage", delinquent, "average of the 60+ day delinquent balances "
                + "(60-89, 90+, foreclosure, REO) of the " + window.size() + " statement" + (window.size() == 1 ? "" : "s")
                + " from " + window.get(0).distributionDate() + " to " + st.distributionDate()
                + (window.size() < averagingMonths ? " (the series starts later than the test's " + averagingMonths + " months)" : "")));
        inferred.add(new InferredInput("losses.cumulativeBefore", cumulativeBefore,
                "the " + previous.distributionDate() + " statement's total cumulative losses"));
        return new MonthInputs(month.collateral(), beginning, inferred, inputFigures, suspects, previous, unpaid);
    }

    /** Each class's interest owed going into the month after a statement: its printed unpaid interest, in deal order. */
    public static BigDecimal[] carriedUnpaidInterest(ResolvedDeal deal, TrusteeStatement previous) {
        return PrintedInputs.unpaidInterest(deal, previous);
    }

    /** Everything a chained month's engine run takes, the group ending balances being solved for. */
    private record Month(ResolvedDeal deal, TrusteeStatement st, BigDecimal[] begin, PrintedInputs.GroupFigures figures,
            BigDecimal delinquent, BigDecimal cumulativeBefore, BigDecimal previousShift, BigDecimal[] beginning,
            BigDecimal[] unpaid) {

        PeriodCollateral collateral() {
            return figures.collateral(deal, st, begin, delinquent, cumulativeBefore, previousShift);
        }

        PeriodResult run() {
            return WaterfallEngine.run(deal, collateral(), beginning, unpaid);
        }
    }

    private static String solveEnding(Month m, int g, PeriodResult first, Map<FigureId, String> inputFigures,
            Map<FigureId, String> suspects) {
        ResolvedDeal deal = m.deal();
        TrusteeStatement st = m.st();
        PrintedInputs.GroupFigures figures = m.figures();
        BigDecimal[] begin = m.begin();
        BigDecimal[] beginning = m.beginning();
        List<BeginningBalanceVotes.Vote> votes = BeginningBalanceVotes.collect(deal, st, g, beginning, first, figures,
                BeginningBalanceVotes.Unknown.ENDING, begin[g]);
        BeginningBalanceVotes.Consensus consensus = BeginningBalanceVotes.consensus(votes, beginning);
        FigureId endingId = FigureId.group(g + 1, GroupField.ENDING_BALANCE);
        if (consensus == null || consensus.disagreeing().stream().noneMatch(v -> v.figure().equals(endingId))) {
            if (consensus != null) {
                for (BeginningBalanceVotes.Vote v : consensus.disagreeing()) {
                    suspects.put(v.figure(), "group " + deal.group(g).id() + "'s ending balance: " + consensus.describe());
                }
            }
            return "the printed ending balance, which the group's senior principals and factors agree with";
        }
        for (BeginningBalanceVotes.Vote v : consensus.disagreeing()) {
            suspects.put(v.figure(), "group " + deal.group(g).id() + "'s ending balance: " + consensus.describe());
        }
        BeginningBalanceVotes.Vote anchor = consensus.anchor(beginning);
        if (anchor != null) {
            inputFigures.put(anchor.figure(), "used to infer group " + deal.group(g).id() + "'s scheduled principal");
        }
        BigDecimal ceiling = begin[g].subtract(figures.prepaid()[g]).subtract(figures.liquidated()[g]);
        java.util.function.Predicate<BigDecimal> reproduces = candidate -> {
            if (candidate.signum() < 0 || candidate.compareTo(ceiling) > 0 || candidate.compareTo(consensus.low()) < 0
                    || candidate.compareTo(consensus.high()) > 0) {
                return false;
            }
            figures.ending()[g] = candidate;
            return consensus.reproducedBy(m.run(), deal, st);
        };
        CentRun run = CentRun.around(consensus.middle(), SEARCH_CENTS, reproduces);
        figures.ending()[g] = run == null ? consensus.middle() : run.middle();
        return "the ending balance the group's senior principals imply (" + MoneyFormat.grouped(figures.ending()[g])
                + "), not the printed " + MoneyFormat.grouped(st.value(endingId));
    }
}
