package org.waterfall.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.waterfall.InputException;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.PrintedFigure;
import org.waterfall.statement.StatementParser;
import org.waterfall.statement.TrusteeStatement;

/**
 * Corrupts each printed figure of the real statement in turn, by one unit in its last printed place (up,
 * and separately down where the figure is not zero), and checks that the verifier reports a difference.
 */
class VerifierCorruptionTest {

    @Test
    void everyFigureOfTheRealStatementIsACandidate() {
        TrusteeStatement st = StatementFixtures.statement();
        assertEquals(st.numbersFound(), st.figures().size(), "the parser must read every number it finds");
        assertTrue(st.figures().size() > 400, "about 440 figures expected, got " + st.figures().size());
    }

    @TestFactory
    Stream<DynamicTest> raisingAnyFigureByOneUnitIsReported() {
        return corruptions(+1);
    }

    @TestFactory
    Stream<DynamicTest> loweringAnyNonZeroFigureByOneUnitIsReported() {
        return corruptions(-1);
    }

    /**
     * A senior principal changed on its own (the A1 8,367,481.88 -> .80, and larger and smaller changes) is
     * reported on that principal, not on the figures the inference would have derived from it.
     */
    @TestFactory
    Stream<DynamicTest> aCorruptedSeniorPrincipalIsReportedOnThatPrincipal() {
        TrusteeStatement st = StatementFixtures.statement();
        String[] lines = StatementFixtures.statementText().split("\n", -1);
        List<DynamicTest> tests = new ArrayList<>();
        for (int c = 0; c < StatementFixtures.deal().classCount(); c++) {
            var deal = StatementFixtures.deal();
            if (deal.isInterestOnly(c) || !deal.certificateClass(c).role().isSenior()) {
                continue;
            }
            FigureId id = FigureId.of(deal.className(c), FigureId.ClassField.PRINCIPAL);
            PrintedFigure f = st.figure(id).orElseThrow();
            if (f.value().signum() == 0) {
                continue;
            }
            for (String change : List.of("-0.08", "0.08", "-0.50", "1.00", "-25.00", "1000.00")) {
                BigDecimal delta = new BigDecimal(change);
                tests.add(DynamicTest.dynamicTest(id + " " + change, () -> {
                    TrusteeStatement changed = StatementParser.parse("corrupted.txt", corrupt(lines, f, delta));
                    VerificationReport report = Verifier.verify(StatementFixtures.deal(), changed);
                    FigureCheck check = report.figure(id);
                    assertEquals(Status.DISCREPANCY, check.status(), id + " " + change + ": " + check.reason()
                            + "\n discrepancies: " + report.discrepancies().stream().map(d -> d.id().toString()).toList());
                    // the agreeing figures pin the principal closer to the filed value than to the changed one
                    assertTrue(check.computed().subtract(f.value()).abs().multiply(BigDecimal.valueOf(2)).compareTo(delta.abs()) < 0,
                            "the engine gives " + check.computed() + " for the filed " + f.value());
                }));
            }
        }
        return tests.stream();
    }

    private Stream<DynamicTest> corruptions(int direction) {
        TrusteeStatement st = StatementFixtures.statement();
        String[] lines = StatementFixtures.statementText().split("\n", -1);
        List<DynamicTest> tests = new ArrayList<>();
        for (PrintedFigure f : st.figures()) {
            BigDecimal delta = step(f);
            if (direction < 0 && f.value().compareTo(delta) < 0) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(f.id() + (direction > 0 ? " +" : " -") + delta.toPlainString(), () -> {
                String corrupted = corrupt(lines, f, delta.multiply(BigDecimal.valueOf(direction)));
                TrusteeStatement changed = StatementParser.parse("corrupted.txt", corrupted);
                assertNotEquals(0, changed.value(f.id()).compareTo(f.value()), "corruption did not change " + f.id());
                VerificationReport report;
                try {
                    report = Verifier.verify(StatementFixtures.deal(), changed);
                } catch (InputException e) {
                    return; // refusing the statement is also a reported difference (exit 2)
                }
                // the real statement has findings of its own, so "does not tie out" would always hold: the corruption
                // must change what the report finds
                assertNotEquals(baseline().signature, signature(report),
                        "a corrupted " + f.id() + " changed no finding of the real statement's report");
            }));
        }
        return tests.stream();
    }

    /**
     * One unit in the figure's last printed place, beyond the tolerance the verifier grants it on the real
     * statement (a change within a convention's tolerance is, rightly, not a finding).
     */
    private static BigDecimal step(PrintedFigure f) {
        BigDecimal ulp = BigDecimal.ONE.movePointLeft(f.value().scale());
        BigDecimal tolerance = baseline().tolerance.getOrDefault(f.id(), BigDecimal.ZERO);
        return tolerance.add(ulp).setScale(f.value().scale(), java.math.RoundingMode.CEILING);
    }

    private record Baseline(List<String> signature, java.util.Map<FigureId, BigDecimal> tolerance) {
    }

    private static Baseline baseline;

    private static synchronized Baseline baseline() {
        if (baseline == null) {
            VerificationReport r = Verifier.verify(StatementFixtures.deal(), StatementFixtures.statement());
            java.util.Map<FigureId, BigDecimal> tolerance = new java.util.HashMap<>();
            for (FigureCheck c : r.figures()) {
                // from the printed value, the accepted interval reaches at most |difference| + tolerance away
                BigDecimal reach = c.tolerance().add(c.difference() == null ? BigDecimal.ZERO : c.difference().abs());
                tolerance.put(c.id(), c.status() == Status.DISCREPANCY ? BigDecimal.ZERO : reach);
            }
            baseline = new Baseline(signature(r), tolerance);
        }
        return baseline;
    }

    /** Every discrepancy with its printed and recomputed value and reason: what a reader of the report sees. */
    private static List<String> signature(VerificationReport r) {
        return r.discrepancies().stream()
                .map(c -> c.id() + "|" + c.reported().toPlainString() + "|" + c.computed() + "|" + c.reason())
                .toList();
    }

    /** The statement text with one figure moved by one unit in its last printed place, formatted as printed. */
    static String corrupt(String[] lines, PrintedFigure f, BigDecimal change) {
        int index = f.line() - 1;
        String line = lines[index];
        String text = f.text();
        int at = nearest(line, text, f.column());
        if (at < 0) {
            throw new IllegalStateException("cannot find '" + text + "' on line " + f.line());
        }
        String replacement = format(text, f.value().add(change));
        String[] copy = lines.clone();
        copy[index] = line.substring(0, at) + replacement + line.substring(at + text.length());
        return String.join("\n", copy);
    }

    private static int nearest(String line, String text, int column) {
        int best = -1;
        int from = 0;
        while (true) {
            int i = line.indexOf(text, from);
            if (i < 0) {
                return best;
            }
            boolean startsToken = i == 0 || Character.isWhitespace(line.charAt(i - 1));
            int end = i + text.length();
            boolean endsToken = end == line.length() || Character.isWhitespace(line.charAt(end));
            if (startsToken && endsToken && (best < 0 || Math.abs(i - column) < Math.abs(best - column)
                    || Math.abs(i + 1 - column) < Math.abs(best + 1 - column))) {
                best = i;
            }
            from = i + 1;
        }
    }

    private static String format(String original, BigDecimal value) {
        boolean percent = original.endsWith("%");
        boolean grouped = original.contains(",");
        int scale = value.scale();
        String body = grouped ? String.format(Locale.ROOT, "%,." + scale + "f", value) : value.toPlainString();
        return body + (percent ? "%" : "");
    }
}
