package org.waterfall.verify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waterfall.money.MoneyFormat;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.ClassField;
import org.waterfall.statement.PrintedFigure;

/** Compares each printed figure with what is expected of it, and explains a difference as far as the engine can. */
final class FigureChecker {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Expectations x;

    FigureChecker(Expectations x) {
        this.x = x;
    }

    FigureCheck check(PrintedFigure f) {
        FigureId id = f.id();
        BigDecimal reported = f.value();
        Expected e = x.get(id);
        String inputWhy = x.inputs.inputFigures().get(id);
        if (e == null) {
            return new FigureCheck(id, f.line(), reported, null, null, BigDecimal.ZERO,
                    inputWhy != null ? Status.INPUT : Status.NOT_RECOMPUTED,
                    inputWhy != null ? inputWhy : "no rule recomputes this figure", "");
        }
        // the statement's own arithmetic must hold (exactly, or within its components' printed precision)
        if (!e.printedArithmeticHolds(reported)) {
            return new FigureCheck(id, f.line(), reported, e.computed(), e.computed() == null ? null : reported.subtract(e.computed()),
                    e.tolerance(), Status.DISCREPANCY, "statement arithmetic: " + e.fromPrintedRule() + " gives "
                            + e.fromPrinted().toPlainString() + ", not the printed " + reported.toPlainString(), e.convention());
        }
        if (e.computed() == null) {
            return new FigureCheck(id, f.line(), reported, null, null, BigDecimal.ZERO,
                    inputWhy != null ? Status.INPUT : Status.NOT_RECOMPUTED, inputWhy != null ? inputWhy : e.rule(), "");
        }
        BigDecimal difference = reported.subtract(e.computed());
        boolean within = e.accepts(reported);
        if (inputWhy != null) {
            // an input is not a confirmation; but an input the engine cannot reproduce is still a finding
            return new FigureCheck(id, f.line(), reported, e.computed(), difference, e.tolerance(),
                    within ? Status.INPUT : Status.DISCREPANCY,
                    within ? "input: " + inputWhy : "input (" + inputWhy + ") that the engine does not reproduce: " + e.rule(),
                    e.convention());
        }
        if (within) {
            String reason = difference.signum() == 0 ? e.rule()
                    : e.rule() + "; differs by " + difference.toPlainString() + ", accepted by " + e.convention()
                            + " (" + e.low().toPlainString() + " to " + e.high().toPlainString() + ")";
            return new FigureCheck(id, f.line(), reported, e.computed(), difference, e.tolerance(), Status.TIED_OUT, reason,
                    e.convention());
        }
        return new FigureCheck(id, f.line(), reported, e.computed(), difference, e.tolerance(), Status.DISCREPANCY,
                "differs by " + difference.toPlainString() + (e.tolerance().signum() == 0 ? "" : " (accepted "
                        + e.low().toPlainString() + " to " + e.high().toPlainString() + ")") + "; rule: " + e.rule(),
                e.convention());
    }

    /** Adds what the engine can tell about why a figure differs. */
    FigureCheck explain(FigureCheck c, Map<FigureId, FigureCheck> byId) {
        List<String> why = new ArrayList<>();
        String suspect = x.inputs.suspects().get(c.id());
        if (suspect != null) {
            why.add("At odds with the other figures the inference weighed: " + suspect);
        }
        if (c.reason().startsWith("statement arithmetic")) {
            String implied = impliedByFactor(c);
            if (implied != null) {
                why.add(implied);
            }
        } else {
            String diagnosis = Diagnosis.explain(c, x::printed, x.result, x.inputs, x.deal);
            if (diagnosis == null) {
                diagnosis = followsFrom(c, byId);
            }
            if (diagnosis != null) {
                why.add(diagnosis);
            }
        }
        if (why.isEmpty()) {
            return c;
        }
        return new FigureCheck(c.id(), c.line(), c.reported(), c.computed(), c.difference(), c.tolerance(), c.status(),
                c.reason() + ". " + String.join(". ", why), c.convention());
    }

    private String followsFrom(FigureCheck c, Map<FigureId, FigureCheck> byId) {
        Expected e = x.get(c.id());
        List<String> causes = new ArrayList<>();
        if (e != null) {
            for (FigureId d : e.drivers()) {
                FigureCheck driver = byId.get(d);
                if (driver != null && driver.status() == Status.DISCREPANCY && driver.difference() != null) {
                    causes.add(d + " (differs by " + driver.difference().toPlainString() + ")");
                }
            }
        }
        return causes.isEmpty() ? null : "follows from " + String.join(", ", causes);
    }

    /** For a factor at odds with its printed amount: the amount the printed factor implies. */
    private String impliedByFactor(FigureCheck c) {
        if (!(c.id() instanceof FigureId.OfClass f)) {
            return null;
        }
        ClassField amountField = switch (f.field()) {
            case PRINCIPAL_FACTOR -> ClassField.PRINCIPAL;
            case INTEREST_FACTOR -> ClassField.INTEREST;
            case ENDING_FACTOR -> ClassField.ENDING_BALANCE;
            default -> null;
        };
        int k = x.deal.classIndex(f.className());
        if (amountField == null || k < 0 || x.deal.original(k).signum() == 0) {
            return null;
        }
        BigDecimal implied = c.reported().multiply(x.deal.original(k)).divide(THOUSAND, 2, RoundingMode.HALF_UP);
        FigureId amount = FigureId.of(f.className(), amountField);
        BigDecimal printed = x.printed(amount);
        return "The printed factor implies " + MoneyFormat.grouped(implied) + " (+/- " + MoneyFormat.grouped(x.deal.original(k)
                .divide(BigDecimal.valueOf(2_000_000_000L), 2, RoundingMode.CEILING)) + ") for " + amount
                + ", not the printed " + MoneyFormat.grouped(printed == null ? BigDecimal.ZERO : printed);
    }
}
