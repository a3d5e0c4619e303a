package org.waterfall.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.waterfall.InputException;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.AggregateField;
import org.waterfall.statement.FigureId.ClassField;
import org.waterfall.statement.FigureId.GroupField;
import org.waterfall.statement.FigureId.Side;
import org.waterfall.statement.PrintedFigure;
import org.waterfall.statement.StatementParser;
import org.waterfall.statement.TrusteeStatement;

class ChainVerifierTest {

    private static final List<String> PRINCIPALS = List.of("A1", "A4", "A7", "2A1", "3A1", "4A1", "B1", "B6");
    private static final List<String> INTERESTS = List.of("A1", "AIO", "2A2", "4IO", "B3", "BIO");
    private static final List<String> ENDINGS = List.of("A2", "2A1", "3A1", "B6");

    @Test
    void thirteenMonthsChainVerifyWithEveryRenderedFigureTiedOut() {
        ChainReport chain = ChainVerifier.verify(StatementFixtures.deal(), StatementSeries.statements(), false);
        assertEquals(13, chain.months().size());
        // the real November 2003 statement keeps its own findings
        assertEquals(15, chain.months().get(0).count(Status.DISCREPANCY));
        for (VerificationReport m : chain.months().subList(1, 13)) {
            assertEquals(m.numbersFound(), m.figures().size(), m.distributionDate().toString());
            assertEquals(List.of(), m.discrepancies().stream().map(d -> d.id() + " " + d.reported() + " " + d.computed() + " "
                    + d.reason()).toList(), m.distributionDate().toString());
            // a chained month consumes no principal and checks every class's beginning balance against last month
            assertEquals(Status.TIED_OUT, m.figure(FigureId.of("A1", ClassField.PRINCIPAL)).status());
            assertEquals(Status.TIED_OUT, m.figure(FigureId.of("B6", ClassField.BEGINNING_BALANCE)).status());
            assertEquals(Status.TIED_OUT, m.figure(FigureId.groupTotal(GroupField.CUMULATIVE_LOSSES)).status());
        }
    }

    @Test
    void historySummarizesEachMonthAndTheLossCarriesForward() {
        ChainReport chain = ChainVerifier.verify(StatementFixtures.deal(), StatementSeries.statements(), false);
        assertEquals(13, chain.history().size());
        ChainReport.MonthSummary first = chain.history().get(0);
        assertTrue(!first.chained() && first.drift() == null);
        assertEquals(new BigDecimal("1.10"), first.certificatesOverCollateral());
        for (ChainReport.MonthSummary m : chain.history().subList(1, 13)) {
            assertTrue(m.chained() && m.twoTimesMet() && m.delinquencyTestPassed() && m.lossTestPassed(), m.toString());
            assertEquals(0, m.appliedShiftPercent().compareTo(BigDecimal.valueOf(50)), m.toString());
        }
        TrusteeStatement afterLoss = StatementSeries.statements().get(StatementSeries.LIQUIDATION_MONTH);
        assertEquals(StatementSeries.DEFAULTED, afterLoss.value(FigureId.of("B6", ClassField.PRINCIPAL_LOSS)));
        assertEquals(StatementSeries.DEFAULTED, StatementSeries.statements().get(12).value(FigureId.groupTotal(GroupField.CUMULATIVE_LOSSES)));
    }

    @Test
    void aMissingMonthIsAnErrorUnlessAllowed() {
        List<TrusteeStatement> gap = new ArrayList<>(StatementSeries.statements().subList(0, 4));
        gap.remove(2);
        InputException e = assertThrows(InputException.class, () -> ChainVerifier.verify(StatementFixtures.deal(), gap, false));
        assertTrue(e.getMessage().contains("1 distribution date missing"), e.getMessage());
        ChainReport allowed = ChainVerifier.verify(StatementFixtures.deal(), gap, true);
        assertTrue(!allowed.history().get(2).chained(), "the month after a gap is inferred from itself");
    }

    /**
     * 248 single-figure changes across the twelve rendered months, each caught and reported on the changed figure:
     * principals and interest (8 cents), a group's ending balance and servicing fee (8 cents), the aggregate senior
     * prepayment percentage (one unit of its 4th decimal), and one-cent changes to class ending balances, which no
     * single month can see (the trustee carries balances below the cent) and the next month's beginning exposes.
     */
    @TestFactory
    Stream<DynamicTest> everyChangedFigureOfTheSeriesIsReportedOnThatFigure() {
        List<StatementSeries.Month> months = StatementSeries.months();
        List<DynamicTest> tests = new ArrayList<>();
        BigDecimal eightCents = new BigDecimal("0.08");
        for (int k = 1; k < months.size(); k++) {
            int m = k;
            List<FigureId> ids = new ArrayList<>();
            PRINCIPALS.forEach(n -> ids.add(FigureId.of(n, ClassField.PRINCIPAL)));
            INTERESTS.forEach(n -> ids.add(FigureId.of(n, ClassField.INTEREST)));
            ids.add(FigureId.group(m % 4 + 1, GroupField.ENDING_BALANCE));
            ids.add(FigureId.group((m + 1) % 4 + 1, GroupField.MASTER_SERVICING_FEE));
            for (FigureId id : ids) {
                tests.add(changeIsReported(m, id, eightCents));
            }
            tests.add(changeIsReported(m, FigureId.aggregate(Side.SENIOR, AggregateField.PREPAYMENT_PERCENTAGE), new BigDecimal("0.0001")));
            if (m + 1 < months.size()) {
                ENDINGS.forEach(n -> tests.add(changeIsReported(m, FigureId.of(n, ClassField.ENDING_BALANCE), new BigDecimal("0.01"))));
            }
        }
        assertTrue(tests.size() >= 200, tests.size() + " changes");
        return tests.stream();
    }

    /** Month m of the series with one figure changed, chain-verified from the month before it to the month after. */
    private static DynamicTest changeIsReported(int m, FigureId id, BigDecimal delta) {
        return DynamicTest.dynamicTest("month " + m + " " + id + " +" + delta.toPlainString(), () -> {
            List<StatementSeries.Month> months = StatementSeries.months();
            StatementSeries.Month month = months.get(m);
            PrintedFigure f = month.statement().figure(id).orElseThrow();
            TrusteeStatement changed = StatementParser.parse("changed.txt",
                    VerifierCorruptionTest.corrupt(month.text().split("\n", -1), f, delta));
            List<TrusteeStatement> window = new ArrayList<>(StatementSeries.statements().subList(m - 1, Math.min(m + 2, months.size())));
            window.set(1, changed);
            ChainReport chain = ChainVerifier.verify(StatementFixtures.deal(), window, false);
            FigureCheck check = chain.months().get(1).figure(id);
            assertEquals(Status.DISCREPANCY, check.status(), id + " in " + changed.distributionDate() + ": " + check.reason()
                    + "\n discrepancies: " + chain.months().get(1).discrepancies().stream().map(d -> d.id().toString()).toList());
            if (id instanceof FigureId.OfClass c && c.field() == ClassField.ENDING_BALANCE) {
                FigureCheck next = chain.months().get(2).figure(FigureId.of(c.className(), ClassField.BEGINNING_BALANCE));
                // caught within its own month when the carried cents leave no room, and by the next month always
                assertEquals(Status.DISCREPANCY, next.status(), "the next month begins " + c.className() + " elsewhere");
            }
        });
    }
}
