package org.waterfall.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.WorkingPrecision;
import org.waterfall.deal.yaml.PeriodDataYamlReader;
import org.waterfall.inference.InferredInput;
import org.waterfall.statement.FigureId;

/**
 * Regression on the real November 2003 statement of BoAMS 2002-K: the summary counts, the exact list of
 * discrepancies (a golden file), the inferred inputs, and that the class figures are recomputed, not copied.
 */
class VerifierRegressionTest {

    private static VerificationReport report;
    private static Map<FigureId, FigureCheck> byId;

    @BeforeAll
    static void verifyTheRealStatement() {
        report = Verifier.verify(StatementFixtures.deal(), StatementFixtures.statement());
        byId = report.figures().stream().collect(Collectors.toMap(FigureCheck::id, Function.identity()));
    }

    @Test
    void accountsForEveryPrintedNumber() {
        assertEquals(426, report.numbersFound());
        assertEquals(426, report.figures().size());
        long accounted = report.count(Status.TIED_OUT) + report.count(Status.DISCREPANCY) + report.count(Status.INPUT)
                + report.count(Status.NOT_RECOMPUTED);
        assertEquals(426, accounted);
        assertEquals(330, report.count(Status.TIED_OUT));
        assertEquals(15, report.count(Status.DISCREPANCY));
        assertEquals(41, report.count(Status.INPUT));
        assertEquals(40, report.count(Status.NOT_RECOMPUTED));
    }

    @Test
    void namesTheWorkingPrecisionAmongItsConventions() {
        assertTrue(report.conventions().contains("working precision " + WorkingPrecision.DECIMALS_12.named()), report.conventions().toString());
        assertTrue(WorkingPrecision.DECIMALS_12.named().startsWith("DECIMALS_12: ratios (senior, aggregate senior and subordinate percentages, "
                + "subordinate rate) at 12 decimals"));
    }

    @Test
    void reportsExactlyTheKnownDiscrepancies() throws IOException {
        List<String> golden = Files.readAllLines(Path.of("src/test/resources/verify/2003-11-20.discrepancies.txt"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        List<String> actual = report.discrepancies().stream()
                .map(c -> c.id() + " " + c.reported().toPlainString() + " " + c.computed().toPlainString()).toList();
        assertEquals(golden, actual);
    }

    @Test
    void explainsEveryDiscrepancyBeyondItsRule() {
        for (FigureCheck c : report.discrepancies()) {
            boolean explained = c.reason().contains("The classes were paid") || c.reason().contains("follows from")
                    || c.reason().startsWith("statement arithmetic") || c.reason().contains("The printed figure is")
                    || c.reason().contains("The trustee divides");
            assertTrue(explained, c.id() + " has no explanation: " + c.reason());
        }
    }

    @Test
    void infersEachGroupsBeginningBalanceFromItsLargestSeniorClass() {
        Map<String, BigDecimal> inferred = report.inferredInputs().stream()
                .collect(Collectors.toMap(InferredInput::id, InferredInput::value));
        assertEquals(new BigDecimal("208808899.33"), inferred.get("group.1.beginningBalance"));
        assertEquals(new BigDecimal("127608666.45"), inferred.get("group.2.beginningBalance"));
        assertEquals(new BigDecimal("19595882.93"), inferred.get("group.3.beginningBalance"));
        assertEquals(new BigDecimal("30018312.54"), inferred.get("group.4.beginningBalance"));
        assertEquals(new BigDecimal("301118.99"), inferred.get("group.1.scheduledPrincipal"));
        for (String anchor : List.of("A1", "2A1", "3A1", "4A1")) {
            assertEquals(Status.INPUT, byId.get(FigureId.parse("class." + anchor + ".principal")).status(), anchor + " principal is consumed");
        }
    }

    @Test
    void recomputesClassFiguresRatherThanCopyingThem() {
        for (String name : StatementFixtures.statement().classNames()) {
            for (String field : List.of("interest", "passThroughRate", "principalFactor", "interestFactor", "endingFactor",
                    "unpaidInterest", "principalLoss", "interestShortfall")) {
                FigureCheck c = byId.get(FigureId.parse("class." + name + "." + field));
                assertNotNull(c.computed(), c.id() + " not recomputed");
                if (!name.equals("B6")) {
                    assertEquals(Status.TIED_OUT, c.status(), c.id() + ": " + c.reason());
                }
            }
        }
        assertEquals(Status.TIED_OUT, byId.get(FigureId.parse("class.AIO.beginningBalance")).status(), "AIO notional = A2..A7");
        assertEquals(Status.TIED_OUT, byId.get(FigureId.parse("class.4IO.endingBalance")).status(), "4IO notional = 4A1");
        assertEquals(new BigDecimal("168919.24"), byId.get(FigureId.parse("class.AIO.interest")).computed());
        // 109,072,245.45 x 0.0000005% / 12 = 0.045, plus a rounding cent, floored: 0.05
        assertEquals(new BigDecimal("0.05"), byId.get(FigureId.parse("class.AIO.interest")).tolerance().setScale(2));
        assertEquals(new BigDecimal("16839.17"), byId.get(FigureId.parse("class.BIO.interest")).computed());
        assertEquals(BigDecimal.ZERO.setScale(2), byId.get(FigureId.parse("class.BIO.interest")).difference().setScale(2));
    }

    @Test
    void toleratesOnlyWhatANamedConventionJustifies() {
        for (FigureCheck c : report.figures()) {
            if (c.tolerance().signum() != 0 && c.status() == Status.TIED_OUT) {
                assertTrue(!c.convention().isEmpty(), c.id() + " has a tolerance with no named convention");
            }
        }
        // a fixed-rate class's interest is exact
        assertEquals(0, byId.get(FigureId.parse("class.A2.interest")).tolerance().signum());
        assertEquals(0, byId.get(FigureId.parse("class.4A1.interest")).tolerance().signum());
    }

    @Test
    void periodDataFileGivesTheSameFindings() {
        PeriodCollateral data = PeriodDataYamlReader.read(Path.of("deals/boams-2002-k/collateral/2003-11.yaml"));
        VerificationReport withData = Verifier.verify(StatementFixtures.deal(), StatementFixtures.statement(), data,
                "2003-11.yaml");
        assertEquals(report.discrepancies().stream().map(FigureCheck::id).toList(),
                withData.discrepancies().stream().map(FigureCheck::id).toList());
        // with the collateral given, the anchor principals and group figures are checked, not consumed
        assertEquals(Status.TIED_OUT, withData.figures().stream()
                .filter(c -> c.id().toString().equals("class.A1.principal")).findFirst().orElseThrow().status());
        assertEquals(Status.TIED_OUT, withData.figures().stream()
                .filter(c -> c.id().toString().equals("group.1.endingBalance")).findFirst().orElseThrow().status());
    }
}
