package org.waterfall.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.waterfall.analytics.PriceOrYield;
import org.waterfall.analytics.PriceQuote;
import org.waterfall.analytics.DecrementTable;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.projection.Decrements;
import org.waterfall.projection.GroupProjection;
import org.waterfall.projection.GroupStart;
import org.waterfall.projection.ScenarioSummary;
import org.waterfall.projection.StartState;

/** Renders projection results as text tables for people: the start, each scenario's class summaries, WALs, decrements. */
final class ProjectionTableWriter {

    static final String WAL_BASIS = "years, 30/360 from the start date (a payment m months after it is m/12 years), "
            + "weighted by principal paid (interest-only classes: by notional reduction)";
    static final String MODEL = "each group one level-payment loan at its gross WAC over the remaining term, fees off the top; "
            + "each month defaults off the beginning performing balance, then scheduled principal on the survivors, then "
            + "prepayments (SMM) on the rest; defaulted loans liquidated after the recovery lag at (1 - severity); "
            + "no prepayment interest or Relief Act shortfalls";

    static final String QUOTE_BASIS = "cash-flow yield, monthly compounding, bond-equivalent; prices clean, percent of face in 32nds";
    /** The widest line of a by-scenario table, characters. */
    static final int PAGE_WIDTH = 120;

    private ProjectionTableWriter() {
    }

    /** The whole report as one text: the start, each scenario's classes, the WALs (and quotes, losses) across scenarios. */
    static String table(ProjectionReport report) {
        StringBuilder s = new StringBuilder();
        header(s, report.deal(), report.start());
        List<List<String>> rates = report.results().stream().map(r -> r.groups().stream().map(GroupProjection::ratePath).toList()).toList();
        boolean sameRates = rates.stream().distinct().count() <= 1;
        if (sameRates && !report.results().isEmpty()) {
            for (GroupProjection g : report.results().get(0).groups()) {
                line(s, "rates " + g.group(), g.ratePath());
            }
        }
        if (report.quoting() != null) {
            line(s, "quotes", report.quoting().label() + ", settlement " + report.settlement() + "; " + QUOTE_BASIS);
        }
        List<ScenarioSummary> summaries = report.summaries();
        for (int i = 0; i < summaries.size(); i++) {
            scenario(s, summaries.get(i), summaries.size(), report.quoting());
            if (!sameRates) {
                for (GroupProjection g : report.results().get(i).groups()) {
                    s.append(String.format(Locale.ROOT, "  rates %s: %s%n", g.group(), g.ratePath()));
                }
            }
        }
        if (summaries.size() > 1) {
            matrix(s, "WAL (years) by scenario", summaries, c -> wal(c.wal()));
            if (report.quoting() != null) {
                matrix(s, (report.quoting().kind() == PriceOrYield.Kind.PRICE ? "Yield (percent)" : "Price (32nds)") + " by scenario",
                        summaries, c -> quote(c, report.quoting()));
            }
            if (summaries.stream().anyMatch(r -> r.classes().stream().anyMatch(c -> c.totalLoss().signum() != 0))) {
                matrix(s, "Losses (dollars) by scenario", summaries, c -> c.interestOnly() ? "-" : money(c.totalLoss()));
            }
        }
        if (report.decrement()) {
            for (DecrementTable t : Decrements.tables(report.results())) {
                decrementTable(s, t);
            }
        }
        return s.toString();
    }

    static void header(StringBuilder s, ResolvedDeal deal, StartState start) {
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
        line(s, "model", MODEL);
        line(s, "precision", deal.conventions().workingPrecision().named());
        line(s, "WAL", WAL_BASIS);
    }

    private static void line(StringBuilder s, String label, String text) {
        s.append(String.format(Locale.ROOT, "  %-10s %s%n", label + ":", text));
    }

    private static void scenario(StringBuilder s, ScenarioSummary r, int count, PriceOrYield quoting) {
        s.append(String.format(Locale.ROOT, "%nScenario %d of %d: %s%n", r.number(), count, r.scenario()));
        String quoteHeading = quoting == null ? "" : quoting.kind() == PriceOrYield.Kind.PRICE ? "yield" : "price";
        s.append(String.format(Locale.ROOT, "  %-5s %17s %7s %11s %11s %17s %17s %13s %11s %s", "class", "starting balance", "WAL",
                "first prin", "last prin", "total principal", "total interest", "losses", "final date", pad(quoteHeading, 10)).stripTrailing())
                .append(System.lineSeparator());
        boolean anyIo = false;
        for (ScenarioSummary.ClassSummary c : r.classes()) {
            anyIo |= c.interestOnly();
            s.append(String.format(Locale.ROOT, "  %-5s %17s %7s %11s %11s %17s %17s %13s %11s %s",
                    c.name() + (c.interestOnly() ? "*" : ""), money(c.startingBalance()), wal(c.wal()), date(c.firstPrincipalDate()),
                    date(c.lastPrincipalDate()), c.interestOnly() ? "-" : money(c.totalPrincipal()), money(c.totalInterest()),
                    c.interestOnly() ? "-" : money(c.totalLoss()), date(c.finalDate()), quoting == null ? "" : pad(quote(c, quoting), 10))
                    .stripTrailing()).append(System.lineSeparator());
        }
        if (anyIo) {
            s.append("  * interest-only: the balance is a notional; WAL and principal dates by notional reduction").append(System.lineSeparator());
        }
        for (String note : r.notes()) {
            s.append("  ").append(note).append(System.lineSeparator());
        }
    }

    /** A quote cell: the yield (6 decimals) or the price in 32nds; {@code n/a} when none solves. */
    static String quote(ScenarioSummary.ClassSummary c, PriceOrYield quoting) {
        if (c.quote() == null) {
            return "n/a";
        }
        return quoting.kind() == PriceOrYield.Kind.PRICE ? String.format(Locale.ROOT, "%.6f", c.quote().yieldPercent())
                : PriceQuote.thirtySeconds(c.quote().cleanPrice());
    }

    /**
     * One figure per class (rows) and scenario (columns headed by the scenario's name, or its number when the names
     * do not fit one page), paged so that no line is wider than {@link #PAGE_WIDTH}: with 100 scenarios, several pages
     * of the same rows.
     */
    private static void matrix(StringBuilder s, String title, List<ScenarioSummary> summaries,
            Function<ScenarioSummary.ClassSummary, String> cell) {
        List<String> names = summaries.get(0).classes().stream().map(c -> c.name() + (c.interestOnly() ? "*" : "")).toList();
        int labelWidth = Math.max(5, names.stream().mapToInt(String::length).max().orElse(5));
        int w = 6;
        for (ScenarioSummary r : summaries) {
            w = Math.max(w, ("#" + r.number()).length());
            for (ScenarioSummary.ClassSummary c : r.classes()) {
                w = Math.max(w, cell.apply(c).length());
            }
        }
        // headed by the scenarios' names when they all fit on one page, else by their numbers (named above)
        int named = Math.max(w, summaries.stream().mapToInt(r -> r.scenario().length()).max().orElse(0));
        boolean byName = summaries.size() * (named + 1) <= PAGE_WIDTH - 2 - labelWidth;
        w = byName ? named : w;
        int perPage = Math.max(1, (PAGE_WIDTH - 2 - labelWidth) / (w + 1));
        int pages = (summaries.size() + perPage - 1) / perPage;
        for (int page = 0; page < pages; page++) {
            List<ScenarioSummary> cols = summaries.subList(page * perPage, Math.min(summaries.size(), (page + 1) * perPage));
            s.append(String.format(Locale.ROOT, "%n%s%s%n", title, pages == 1 ? ""
                    : String.format(Locale.ROOT, ", scenarios %d-%d of %d", cols.get(0).number(), cols.get(cols.size() - 1).number(),
                            summaries.size())));
            s.append("  ").append(padRight("class", labelWidth));
            for (ScenarioSummary r : cols) {
                s.append(' ').append(pad(byName ? r.scenario() : "#" + r.number(), w));
            }
            s.append(System.lineSeparator());
            for (int c = 0; c < names.size(); c++) {
                s.append("  ").append(padRight(names.get(c), labelWidth));
                for (ScenarioSummary r : cols) {
                    s.append(' ').append(pad(cell.apply(r.classes().get(c)), w));
                }
                s.append(System.lineSeparator());
            }
        }
    }

    private static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
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
