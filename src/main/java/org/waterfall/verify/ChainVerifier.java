package org.waterfall.verify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.waterfall.InputException;
import org.waterfall.InputProblem;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.engine.ShiftingInterestState;
import org.waterfall.inference.ChainedInputs;
import org.waterfall.inference.DealMatch;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.ClassField;
import org.waterfall.statement.FigureId.GroupField;
import org.waterfall.statement.TrusteeStatement;

/**
 * Verifies a deal's statements month after month. The first month of a series is inferred from itself; each later
 * month takes the previous statement's printed figures as its inputs ({@link ChainedInputs}): each group begins at
 * the previous printed ending balance, each class's printed beginning balance must be the previous printed ending
 * balance (the trustee carries one balance below the cent and prints it rounded both times), cumulative losses
 * carry forward, and the delinquency test averages the series' own history. A one-cent change to an ending balance,
 * which no single month can see, shows as the next month's beginning balance.
 */
public final class ChainVerifier {

    private ChainVerifier() {
    }

    /**
     * @param statements the series, in any order (sorted by distribution date here)
     * @param allowGaps whether a missing month is accepted (the month after it is then inferred from itself)
     * @throws InputException if a statement is not the deal's, two are for one date, or a month is missing
     */
    public static ChainReport verify(ResolvedDeal deal, List<TrusteeStatement> statements, boolean allowGaps) {
        List<TrusteeStatement> series = new ArrayList<>(statements);
        series.sort(Comparator.comparing(TrusteeStatement::distributionDate));
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            TrusteeStatement st = series.get(i);
            DealMatch.require(deal, st);
            if (i > 0) {
                TrusteeStatement before = series.get(i - 1);
                int gap = dateNumber(deal, st) - dateNumber(deal, before);
                if (gap == 0) {
                    problems.add(new InputProblem(st.source(), 0, "distributionDate", "the same distribution date ("
                            + st.distributionDate() + ") as " + before.source()));
                } else if (gap > 1 && !allowGaps) {
                    problems.add(new InputProblem(st.source(), 0, "distributionDate", (gap - 1) + " distribution date"
                            + (gap == 2 ? "" : "s") + " missing between " + before.distributionDate() + " (" + before.source()
                            + ") and " + st.distributionDate() + "; give every month, or --allow-gaps"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        int averaging = deal.shiftingInterest().delinquencyTest() == null ? 1
                : Math.max(1, deal.shiftingInterest().delinquencyTest().averagingMonths());
        List<VerificationReport> months = new ArrayList<>();
        List<Boolean> chained = new ArrayList<>();
        int runStart = 0;
        for (int i = 0; i < series.size(); i++) {
            TrusteeStatement st = series.get(i);
            boolean follows = i > 0 && dateNumber(deal, st) - dateNumber(deal, series.get(i - 1)) == 1;
            if (!follows) {
                runStart = i;
                months.add(Verifier.verify(deal, st));
            } else {
                BigDecimal previousShift = months.get(i - 1).recomputed().shifting().steppedShiftPercent();
                months.add(Verifier.verify(deal, st, ChainedInputs.next(deal, series.subList(runStart, i), st, averaging,
                        previousShift)));
                months.set(i - 1, endingsSeenNextMonth(deal, months.get(i - 1), series.get(i - 1), st));
            }
            chained.add(follows);
        }
        return new ChainReport(deal.deal().id(), months, history(months, series, chained));
    }

    /**
     * A class's ending balance that the next statement begins at another amount, where the next statement's two
     * printings of that beginning balance agree: the ending balance is the odd one out.
     */
    private static VerificationReport endingsSeenNextMonth(ResolvedDeal deal, VerificationReport month, TrusteeStatement st,
            TrusteeStatement next) {
        List<FigureCheck> figures = new ArrayList<>(month.figures().size());
        boolean changed = false;
        for (FigureCheck f : month.figures()) {
            if (f.id() instanceof FigureId.OfClass c && c.field() == ClassField.ENDING_BALANCE
                    && !deal.isInterestOnly(deal.classIndex(c.className())) && f.status() != Status.DISCREPANCY) {
                FigureId begin = FigureId.of(c.className(), ClassField.BEGINNING_BALANCE);
                FigureId reprint = FigureId.of(c.className(), ClassField.BEGINNING_BALANCE_REPRINT);
                if (next.has(begin) && next.value(begin).compareTo(f.reported()) != 0
                        && (!next.has(reprint) || next.value(reprint).compareTo(next.value(begin)) == 0)) {
                    BigDecimal b = next.value(begin);
                    figures.add(new FigureCheck(f.id(), f.line(), f.reported(), b, f.reported().subtract(b), BigDecimal.ZERO,
                            Status.DISCREPANCY, "the " + next.distributionDate() + " statement begins class " + c.className()
                                    + " at " + b.toPlainString() + " (both its printings agree): the trustee carries one balance "
                                    + "from a distribution to the next and prints it rounded both times, so this ending balance "
                                    + "is misprinted; within its own month it was " + f.status() + " (" + f.reason() + ")",
                            f.convention()));
                    changed = true;
                    continue;
                }
            }
            figures.add(f);
        }
        return changed ? new VerificationReport(month.deal(), month.statement(), month.distributionDate(), month.numbersFound(),
                month.inferredInputs(), month.conventions(), figures, month.recomputed()) : month;
    }

    private static List<ChainReport.MonthSummary> history(List<VerificationReport> months, List<TrusteeStatement> series,
            List<Boolean> chained) {
        List<ChainReport.MonthSummary> rows = new ArrayList<>();
        BigDecimal before = null;
        for (int i = 0; i < months.size(); i++) {
            VerificationReport r = months.get(i);
            TrusteeStatement st = series.get(i);
            BigDecimal gap = st.value(FigureId.total(ClassField.ENDING_BALANCE))
                    .subtract(st.value(FigureId.groupTotal(GroupField.ENDING_BALANCE)));
            ShiftingInterestState s = r.recomputed().shifting();
            rows.add(new ChainReport.MonthSummary(r.distributionDate(), r.recomputed().dateNumber(), chained.get(i),
                    r.figures().size(), r.numbersFound(), r.count(Status.TIED_OUT), r.count(Status.DISCREPANCY),
                    r.count(Status.INPUT), r.count(Status.NOT_RECOMPUTED), gap, before == null ? null : gap.subtract(before),
                    s.seniorAboveClosing(), s.twoTimesMet(), s.delinquencyTestPassed(), s.lossTestPassed(),
                    s.scheduledShiftPercent(), s.appliedShiftPercent()));
            before = gap;
        }
        return rows;
    }

    private static int dateNumber(ResolvedDeal deal, TrusteeStatement st) {
        return deal.deal().calendar().dateNumber(st.distributionDate());
    }
}
