package org.waterfall.inference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.Bucket;
import org.waterfall.statement.FigureId.ClassField;
import org.waterfall.statement.FigureId.DelinquencyField;
import org.waterfall.statement.FigureId.GroupField;
import org.waterfall.statement.FigureId.ReoField;
import org.waterfall.statement.FigureId.ReoRow;
import org.waterfall.statement.TrusteeStatement;

/**
 * The month's inputs as the statement prints them, shared by every way of completing them: the classes'
 * beginning balances and each group's ending balance, prepayments, realized losses and WAC.
 */
final class PrintedInputs {

    private PrintedInputs() {
    }

    /** Each principal class's beginning balance as printed (IO entries zero), recorded as an input figure. */
    static BigDecimal[] beginningBalances(ResolvedDeal deal, TrusteeStatement st, Map<FigureId, String> inputFigures,
            String why) {
        BigDecimal[] beginning = new BigDecimal[deal.classCount()];
        for (int c = 0; c < deal.classCount(); c++) {
            FigureId id = FigureId.of(deal.className(c), ClassField.BEGINNING_BALANCE);
            if (deal.isInterestOnly(c)) {
                beginning[c] = BigDecimal.ZERO;
            } else {
                beginning[c] = st.value(id);
                if (why != null) {
                    inputFigures.put(id, why);
                }
            }
        }
        return beginning;
    }

    /** The printed per-group figures a month's collateral is built from, by deal group index. */
    record GroupFigures(BigDecimal[] ending, BigDecimal[] prepaid, BigDecimal[] liquidated, BigDecimal[] wac) {

        static GroupFigures read(ResolvedDeal deal, TrusteeStatement st, Map<FigureId, String> inputFigures) {
            int n = deal.groupCount();
            GroupFigures f = new GroupFigures(new BigDecimal[n], new BigDecimal[n], new BigDecimal[n], new BigDecimal[n]);
            for (int g = 0; g < n; g++) {
                int column = g + 1;
                f.ending[g] = input(st, FigureId.group(column, GroupField.ENDING_BALANCE),
                        "ending collateral balance: gives scheduled principal", inputFigures);
                f.prepaid[g] = input(st, FigureId.group(column, GroupField.PREPAYMENTS), "prepayments: an input of the month",
                        inputFigures);
                f.wac[g] = input(st, FigureId.group(column, GroupField.AVERAGE_LOAN_RATE), "gross WAC: sets the net WAC",
                        inputFigures);
                f.liquidated[g] = input(st, FigureId.group(column, GroupField.REALIZED_LOSSES),
                        "realized losses: taken as the liquidated balance with no proceeds (proceeds are not printed)",
                        inputFigures);
            }
            return f;
        }

        /** Ending balance + prepayments + liquidated balance: the least a group's beginning balance can be. */
        BigDecimal floor(int g) {
            return ending[g].add(prepaid[g]).add(liquidated[g]);
        }

        /** The month's collateral for the given beginning balances: scheduled principal is B - E - P - L. */
        PeriodCollateral collateral(ResolvedDeal deal, TrusteeStatement st, BigDecimal[] begin, BigDecimal delinquent,
                BigDecimal cumulativeBefore) {
            return collateral(deal, st, begin, delinquent, cumulativeBefore, null);
        }

        /** The same, with the scheduled shift in force after the previous date's step-down tests (null: unknown). */
        PeriodCollateral collateral(ResolvedDeal deal, TrusteeStatement st, BigDecimal[] begin, BigDecimal delinquent,
                BigDecimal cumulativeBefore, BigDecimal previousShift) {
            List<GroupCollateral> groups = new ArrayList<>(deal.groupCount());
            BigDecimal zero = BigDecimal.ZERO;
            for (int g = 0; g < deal.groupCount(); g++) {
                BigDecimal scheduled = begin[g].subtract(floor(g));
                // the interest the loans paid is known only to the printed WAC's precision: the top of that range, so
                // that the available-funds limit binds only where it binds beyond doubt
                groups.add(new GroupCollateral(deal.group(g).id(), begin[g], scheduled.max(zero), prepaid[g], liquidated[g],
                        zero, wac[g], zero, zero, zero).withInterestCollected(GroupCollateral.interestAtTopOfPrintedWac(begin[g], wac[g])));
            }
            return new PeriodCollateral(st.distributionDate(), groups, delinquent, cumulativeBefore, previousShift, false);
        }
    }

    /** The month's 60+ day delinquent balance: 60-89, 90+, foreclosure, and the REO balance. */
    static BigDecimal sixtyPlus(TrusteeStatement st) {
        BigDecimal sum = BigDecimal.ZERO;
        for (FigureId id : List.of(FigureId.delinquency(Bucket.DAYS_60_89, DelinquencyField.BALANCE),
                FigureId.delinquency(Bucket.DAYS_90_PLUS, DelinquencyField.BALANCE),
                FigureId.delinquency(Bucket.FORECLOSURE, DelinquencyField.BALANCE),
                FigureId.reo(ReoRow.TOTAL, ReoField.BALANCE))) {
            if (st.has(id)) {
                sum = sum.add(st.value(id));
            }
        }
        return sum;
    }

    /** Each class's printed unpaid interest (IO classes' too), in deal order: what it is owed going into the next date. */
    static BigDecimal[] unpaidInterest(ResolvedDeal deal, TrusteeStatement st) {
        BigDecimal[] unpaid = new BigDecimal[deal.classCount()];
        for (int c = 0; c < deal.classCount(); c++) {
            FigureId id = FigureId.of(deal.className(c), ClassField.UNPAID_INTEREST);
            unpaid[c] = st.has(id) ? st.value(id) : BigDecimal.ZERO;
        }
        return unpaid;
    }

    static BigDecimal input(TrusteeStatement st, FigureId id, String why, Map<FigureId, String> inputFigures) {
        inputFigures.put(id, why);
        return st.value(id);
    }
}
