package org.waterfall.render;

import java.math.BigDecimal;
import org.waterfall.InputException;
import org.waterfall.InputProblem;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.engine.PeriodResult;
import org.waterfall.engine.WaterfallEngine;
import org.waterfall.inference.ChainedInputs;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.ClassField;
import org.waterfall.statement.TrusteeStatement;

/**
 * The month after a statement, on the engine: the classes begin where the statement's printed ending balances left
 * them, and the month's collateral is given (a servicer's period data, or a scenario's).
 */
public final class MonthAfter {

    private MonthAfter() {
    }

    /** Each principal class's beginning balance for the next month: its printed ending balance (IO entries zero). */
    public static BigDecimal[] beginningBalances(ResolvedDeal deal, TrusteeStatement previous) {
        BigDecimal[] beginning = new BigDecimal[deal.classCount()];
        for (int c = 0; c < deal.classCount(); c++) {
            beginning[c] = deal.isInterestOnly(c) ? BigDecimal.ZERO
                    : previous.value(FigureId.of(deal.className(c), ClassField.ENDING_BALANCE));
        }
        return beginning;
    }

    /**
     * Runs the month after {@code previous} with the given collateral.
     *
     * @throws InputException naming the period data when it is not for the next distribution date
     */
    public static PeriodResult run(ResolvedDeal deal, TrusteeStatement previous, PeriodCollateral collateral, String source) {
        int before = deal.deal().calendar().dateNumber(previous.distributionDate());
        int date = deal.deal().calendar().dateNumber(collateral.distributionDate());
        if (date != before + 1) {
            throw new InputException(new InputProblem(source, 0, "distributionDate", "period data is for "
                    + collateral.distributionDate() + " but the distribution after " + previous.distributionDate() + " is "
                    + deal.deal().calendar().distributionDate(before + 1)));
        }
        return WaterfallEngine.run(deal, collateral, beginningBalances(deal, previous), ChainedInputs.carriedUnpaidInterest(deal, previous));
    }
}
