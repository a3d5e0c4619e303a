package org.waterfall.inference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.waterfall.InputException;
import org.waterfall.InputProblem;
import org.waterfall.deal.CertificateClass;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.ClassField;
import org.waterfall.statement.PrintedFigure;
import org.waterfall.statement.TrusteeStatement;

/** Whether a statement is one of a deal's: its series, classes, CUSIPs and number of loan groups. */
public final class DealMatch {

    private DealMatch() {
    }

    /** @throws InputException listing every way the statement is not the deal's, each with file, line and key */
    public static void require(ResolvedDeal deal, TrusteeStatement st) {
        List<InputProblem> problems = new ArrayList<>();
        String file = st.source();
        String series = deal.deal().series();
        if (series != null && st.series() != null && !series.equals(st.series())) {
            problems.add(new InputProblem(file, 0, "series", "statement is for series " + st.series()
                    + " but the deal " + deal.deal().id() + " is series " + series));
        }
        for (String name : st.classNames()) {
            if (deal.classIndex(name) < 0) {
                problems.add(new InputProblem(file, lineOf(st, FigureId.of(name, ClassField.BEGINNING_BALANCE)), "class." + name,
                        "class " + name + " is not defined by the deal " + deal.deal().id()));
            }
        }
        Set<String> printed = new LinkedHashSet<>(st.classNames());
        for (int c = 0; c < deal.classCount(); c++) {
            CertificateClass k = deal.certificateClass(c);
            if (!printed.contains(k.name())) {
                problems.add(new InputProblem(file, 0, "class." + k.name(),
                        "the deal defines class " + k.name() + " but the statement does not print it"));
                continue;
            }
            String cusip = st.cusips().get(k.name());
            if (k.cusip() != null && cusip != null && !k.cusip().equals(cusip)) {
                problems.add(new InputProblem(file, lineOf(st, FigureId.of(k.name(), ClassField.PRINCIPAL_FACTOR)),
                        "class." + k.name() + ".cusip", "CUSIP " + cusip + " but the deal says " + k.cusip()));
            }
        }
        if (st.groupCount() != deal.groupCount()) {
            problems.add(new InputProblem(file, 0, "groups", "statement prints " + st.groupCount()
                    + " loan groups but the deal defines " + deal.groupCount()));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    private static int lineOf(TrusteeStatement st, FigureId id) {
        return st.figure(id).map(PrintedFigure::line).orElse(0);
    }
}
