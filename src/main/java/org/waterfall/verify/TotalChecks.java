package org.waterfall.verify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.waterfall.engine.ClassResult;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.ClassField;
import org.waterfall.statement.FigureId.RemittanceField;

/** The class tables' Totals rows, and the remittance amounts of the other information, which repeat them. */
final class TotalChecks {

    private TotalChecks() {
    }

    static void expect(Expectations x) {
        List<String> principalClasses = new ArrayList<>();
        List<String> allClasses = new ArrayList<>();
        for (int c = 0; c < x.deal.classCount(); c++) {
            allClasses.add(x.deal.className(c));
            if (!x.deal.isInterestOnly(c)) {
                principalClasses.add(x.deal.className(c));
            }
        }
        putTotal(x, ClassField.BEGINNING_BALANCE, principalClasses, ClassField.BEGINNING_BALANCE);
        putTotal(x, ClassField.BEGINNING_BALANCE_REPRINT, principalClasses, ClassField.BEGINNING_BALANCE);
        putTotal(x, ClassField.PRINCIPAL, allClasses, ClassField.PRINCIPAL);
        putTotal(x, ClassField.INTEREST, allClasses, ClassField.INTEREST);
        putTotal(x, ClassField.TOTAL_DISTRIBUTION, allClasses, ClassField.TOTAL_DISTRIBUTION);
        putTotal(x, ClassField.ENDING_BALANCE, principalClasses, ClassField.ENDING_BALANCE);
        expectRemittance(x);
    }

    private static BigDecimal field(ClassResult r, ClassField field) {
        return switch (field) {
            case BEGINNING_BALANCE -> r.beginningBalance();
            case PRINCIPAL -> r.principal();
            case INTEREST -> r.interest();
            case TOTAL_DISTRIBUTION -> r.totalDistribution();
            case ENDING_BALANCE -> r.endingBalance();
            default -> throw new IllegalArgumentException("no total of " + field);
        };
    }

    private static void putTotal(Expectations x, ClassField totalField, List<String> classes, ClassField field) {
        List<FigureId> ids = classes.stream().map(n -> FigureId.of(n, field)).toList();
        BigDecimal computed = BigDecimal.ZERO;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        Set<String> conventions = new LinkedHashSet<>();
        for (String name : classes) {
            ClassResult r = x.result.classes().get(x.deal.classIndex(name));
            BigDecimal v = field(r, field);
            computed = computed.add(v);
            Expected e = x.get(FigureId.of(name, field));
            if (e != null && e.computed() != null && e.computed().compareTo(v) == 0) {
                low = low.add(e.low());
                high = high.add(e.high());
                if (!e.convention().isEmpty()) {
                    conventions.add(e.convention());
                }
            } else {
                low = low.add(v);
                high = high.add(v);
            }
        }
        Expected e = Expected.between(computed, low, high, String.join(", ", conventions), "sum over the classes",
                ids.toArray(FigureId[]::new));
        boolean balances = field == ClassField.BEGINNING_BALANCE || field == ClassField.ENDING_BALANCE;
        x.put(FigureId.total(totalField), balances
                ? x.withPrintedHidden(e, x.sum(ids), classes.size() - 1, "sum of the printed class figures")
                : e.withPrinted(x.sum(ids), "sum of the printed class figures"));
    }

    /**
     * The remittance is cash: the principal and the interest paid to the classes, each as paid (rounded); the
     * available amount is their sum, which is not always the sum of the classes' totals (each of those is rounded from
     * the unrounded amounts).
     */
    private static void expectRemittance(Expectations x) {
        Expected principal = x.get(FigureId.total(ClassField.PRINCIPAL));
        Expected interest = x.get(FigureId.total(ClassField.INTEREST));
        Set<String> conventions = new LinkedHashSet<>();
        for (Expected e : List.of(principal, interest)) {
            if (!e.convention().isEmpty()) {
                conventions.add(e.convention());
            }
        }
        for (boolean reprint : new boolean[] {false, true}) {
            FigureId p = FigureId.remittance(RemittanceField.PRINCIPAL, reprint);
            FigureId i = FigureId.remittance(RemittanceField.INTEREST, reprint);
            x.put(FigureId.remittance(RemittanceField.AVAILABLE, reprint), Expected.between(
                    principal.computed().add(interest.computed()), principal.low().add(interest.low()),
                    principal.high().add(interest.high()), String.join(", ", conventions),
                    "principal + interest distributed to the classes", FigureId.total(ClassField.PRINCIPAL),
                    FigureId.total(ClassField.INTEREST))
                    .withPrinted(x.sum(List.of(p, i)), "printed principal + interest remittance"));
            x.put(p, Expected.between(principal.computed(), principal.low(), principal.high(), principal.convention(),
                    "principal distributed to the classes", FigureId.total(ClassField.PRINCIPAL)));
            x.put(i, Expected.between(interest.computed(), interest.low(), interest.high(), interest.convention(),
                    "interest distributed to the classes", FigureId.total(ClassField.INTEREST)));
        }
    }
}
