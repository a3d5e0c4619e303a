package org.waterfall.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.waterfall.analytics.DecrementTable;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.projection.ClassProjection;
import org.waterfall.projection.Decrements;
import org.waterfall.projection.GroupProjection;
import org.waterfall.projection.GroupStart;
import org.waterfall.projection.ScenarioResult;
import org.waterfall.projection.StartState;

/** Renders projection results as text tables for people: the start, each scenario's class summaries, WALs, decrements. */
final class ProjectionTableWriter {

    static final String WAL_BASIS = "years, 30/360 from the start date (a payment m months after it is m/12 years), "
            + "weighted by principal paid (interest-only classes: by notional reduction)";
    static final String MODEL = "each group one level-payment loan at its gross WAC over the remaining term, fees off the top; "
            + "each month defaults off the beginning performing balance, then scheduled principal on the survivors, then "
            + "prepayments (SMM) on the rest; defaulted loans liquidated after the recovery lag at (1 - severity); "
            + "no prepayment interest or Relief Act shortfalls";

    private ProjectionTableWriter() {
    }

    static String table(ResolvedDeal deal, StartState start, List<ScenarioResult> results, boolean decrement) {
        StringBuilder s = new StringBuilder();
        header(s, deal, start, results.isEmpty() ? List.of() : results.get(0).groups());
        for (int i = 0; i < results.size(); i++) {
            scenario(s, results.get(i), i + 1, results.size());
        }
        if (results.size() > 1) {
            walMatrix(s, results);
        }
        if (decrement) {
            for (DecrementTable t : Decrements.tables(results)) {
                decrementTable(s, t);
            }
        }
        return s.toString();
    }

    /** The start, each group with its rate assumption ({@code rates} lines, the same in every scenario), the model. */
    static void header(StringBuilder s, ResolvedDeal deal, StartState start, List<GroupProjection> groups) {
        s.append(String.format(Locale.ROOT, "waterfall project: %s, after the %s distribution (date %d)%n", deal.deal().id(),
                start.asOf(), start.asOfDateNumber()));
        line(s, "start", start.source());
        line(s, "classes", start.classBalanceBasis());
        for (String note : start.notes()) {
            line(s, "note", note);
        }
        for (GroupStart g : start.groups()) {
            line(s, "group " + g.group(), String.format(Locale.ROOT, "%,.2f at %s%% gross WAC, %d months left: %s", g.balance(),
                    g.grossWac().toPlainString(), g.remainingTermMonths(), g.termBasis()));
        }
        for (GroupProjection g : groups) {
            line(s, "rates " + g.group(), g.ratePath());
        }
        line(s, "model", MODEL);
        line(s, "WAL", WAL_BASIS);
    }

    private static void line(StringBuilder s, String label, String text) {
        s.append(String.format(Locale.ROOT, "  %-10s %s%n", label + ":", text));
    }

    private static void scenario(StringBuilder s, ScenarioResult r, int index, int count) {
        s.append(String.format(Locale.ROOT, "%nScenario %d of %d: %s%n", index, count, r.scenario().name()));
        s.append(String.format(Locale.ROOT, "  %-5s %17s %7s %11s %11s %17s %17s %13s %11s%n", "class", "starting balance", "WAL",
                "first prin", "last prin", "total principal", "total interest", "losses", "final date"));
        boolean anyIo = false;
        for (ClassProjection c : r.classes()) {
            if (!c.isActive()) {
                continue;
            }
            anyIo |= c.interestOnly();
            s.append(String.format(Locale.ROOT, "  %-5s %17s %7s %11s %11s %17s %17s %13s %11s%n",
                    c.name() + (c.interestOnly() ? "*" : ""), money(c.startingBalance()), wal(c.wal()), date(c.firstPrincipalDate()),
                    date(c.lastPrincipalDate()), c.interestOnly() ? "-" : money(c.totalPrincipal()), money(c.totalInterest()),
                    c.interestOnly() ? "-" : money(c.totalLossAndWritedown()), date(c.finalDate())));
        }
        if (anyIo) {
            s.append("  * interest-only: the balance is a notional; WAL and principal dates by notional reduction").append(System.lineSeparator());
        }
        for (String note : r.notes()) {
            s.append("  ").append(note).append(System.lineSeparator());
        }
    }

    private static void walMatrix(StringBuilder s, List<ScenarioResult> results) {
        s.append(String.format(Locale.ROOT, "%nWAL (years) by scenario%n"));
        List<String> names = results.stream().map(r -> r.scenario().name()).toList();
        int w = columnWidth(names);
        s.append(String.format(Locale.ROOT, "  %-5s", "class"));
        for (String n : names) {
            s.append(' ').append(pad(n, w));
        }
        s.append(System.lineSeparator());
        List<ClassProjection> first = results.get(0).classes();
        for (int c = 0; c < first.size(); c++) {
            if (!first.get(c).isActive()) {
                continue;
            }
            s.append(String.format(Locale.ROOT, "  %-5s", first.get(c).name() + (first.get(c).interestOnly() ? "*" : "")));
            for (ScenarioResult r : results) {
                s.append(' ').append(pad(wal(r.classes().get(c).wal()), w));
            }
            s.append(System.lineSeparator());
        }
    }

    /** The prospectus layout: whole percents, {@code *} for a balance above zero that rounds to 0%. */
    private static void decrementTable(StringBuilder s, DecrementTable t) {
        s.append(String.format(Locale.ROOT, "%nDecrement table: class %s, percent of the starting balance outstanding%n", t.className()));
        int w = columnWidth(t.scenarios());
        s.append(String.format(Locale.ROOT, "  %-12s", "date"));
        for (String n : t.scenarios()) {
            s.append(' ').append(pad(n, w));
        }
        s.append(System.lineSeparator());
        for (int row = 0; row < t.dates().size(); row++) {
            LocalDate d = t.dates().get(row);
            s.append(String.format(Locale.ROOT, "  %-12s", row == 0 ? "Initial" : d.toString()));
            for (BigDecimal p : t.percents().get(row)) {
                BigDecimal whole = p.setScale(0, RoundingMode.HALF_UP);
                String cell = p.signum() > 0 && whole.signum() == 0 ? "*" : whole.toPlainString();
                s.append(' ').append(pad(cell, w));
            }
            s.append(System.lineSeparator());
        }
        s.append(String.format(Locale.ROOT, "  %-12s", "WAL (years)"));
        for (Double wal : t.wals()) {
            s.append(' ').append(pad(wal(wal), w));
        }
        s.append(System.lineSeparator());
    }

    private static int columnWidth(List<String> names) {
        int w = 8;
        for (String n : names) {
            w = Math.max(w, n.length());
        }
        return w;
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    static String money(BigDecimal v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    static String wal(Double years) {
        return years == null ? "-" : String.format(Locale.ROOT, "%.2f", years);
    }

    static String date(LocalDate d) {
        return d == null ? "-" : d.toString();
    }
}
