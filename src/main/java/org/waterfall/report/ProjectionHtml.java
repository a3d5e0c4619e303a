package org.waterfall.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.waterfall.analytics.DecrementTable;
import org.waterfall.analytics.PrintedDecrement;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.projection.ClassCashflow;
import org.waterfall.projection.ClassProjection;
import org.waterfall.projection.Decrements;
import org.waterfall.projection.GroupAssumptions;
import org.waterfall.projection.GroupProjection;
import org.waterfall.projection.GroupStart;
import org.waterfall.projection.Scenario;
import org.waterfall.projection.ScenarioResult;
import org.waterfall.projection.ScenarioSummary;
import org.waterfall.projection.Speed;
import org.waterfall.projection.StartState;

/**
 * Projection results as one self-contained HTML page: the assumptions; the certificates' balance by scenario, each
 * scenario's class balance run-off and monthly cash flows as charts; WAL against prepayment speed; the per-class,
 * per-scenario summary; the decrement tables. Needs results that kept their monthly cash flows.
 */
public final class ProjectionHtml {

    /** Scenarios drawn one by one (run-off and cash flows); the tables always have every scenario. */
    static final int MAX_SCENARIO_CHARTS = 24;
    /** Scenario lists up to this long show open; a longer one is folded so that the charts come next. */
    private static final int OPEN_SCENARIO_LIST = 12;

    static final String[] SENIOR_COLOURS = {"#1f4e79", "#2e75b6", "#5b9bd5", "#9dc3e6", "#0b6e4f", "#2a9d8f", "#66c2a5",
        "#a6dba0", "#5e3c99", "#8073ac", "#b2abd2", "#3690c0", "#74a9cf", "#17becf"};
    private static final String[] SUBORDINATE_COLOURS = {"#b2182b", "#d6604d", "#f4a582", "#e08214", "#fdb863", "#8c510a", "#bf812d"};
    static final String[] SCENARIO_COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
        "#ff9da7", "#9c755f", "#7f7f7f"};
    private static final double MILLION = 1_000_000;

    private final ResolvedDeal deal;
    private final StartState start;
    private final List<ScenarioResult> results;
    private final List<ScenarioSummary> summaries;
    private final String[] classColours;

    private ProjectionHtml(ResolvedDeal deal, StartState start, List<ScenarioResult> results, List<ScenarioSummary> summaries) {
        this.deal = Objects.requireNonNull(deal, "deal");
        this.start = Objects.requireNonNull(start, "start");
        this.results = List.copyOf(results);
        this.summaries = List.copyOf(summaries);
        if (this.results.isEmpty()) {
            throw new IllegalArgumentException("a projection report needs at least one scenario");
        }
        if (this.summaries.size() != this.results.size()) {
            throw new IllegalArgumentException(this.summaries.size() + " summaries for " + this.results.size() + " scenarios");
        }
        for (ScenarioResult r : this.results) {
            for (ClassProjection c : r.classes()) {
                if (c.cashflows().isEmpty() && c.isActive()) {
                    throw new IllegalArgumentException("the projection kept no cash flows for class " + c.name());
                }
            }
        }
        this.classColours = classColours(deal);
    }

    /**
     * The page.
     *
     * @param deal the deal projected
     * @param start where the projection started
     * @param results one per scenario, in input order, with their monthly cash flows kept
     * @param summaries the scenarios' summaries, in the same order
     * @param model how the projection models the collateral, shown with the assumptions
     * @param walBasis how WAL is measured
     */
    public static String html(ResolvedDeal deal, StartState start, List<ScenarioResult> results, List<ScenarioSummary> summaries,
            String model, String walBasis) {
        return new ProjectionHtml(deal, start, results, summaries).render(model, walBasis);
    }

    private String render(String model, String walBasis) {
        StringBuilder b = new StringBuilder(256 * 1024);
        b.append("<header class=\"top\"><h1>waterfall project: ").append(HtmlPage.escape(deal.deal().id())).append("</h1><p>After the ")
                .append(start.asOf()).append(" distribution (date ").append(start.asOfDateNumber()).append(") &middot; ").append(results.size())
                .append(results.size() == 1 ? " scenario" : " scenarios").append("</p></header>\n<main>\n");
        assumptions(b, model, walBasis);
        balanceByScenario(b);
        scenarioCharts(b);
        walAgainstSpeed(b);
        summaryTable(b);
        decrementTables(b);
        b.append("</main>\n");
        return HtmlPage.page("waterfall project: " + deal.deal().id() + " after " + start.asOf(), b.toString(), SCRIPT);
    }

    private void assumptions(StringBuilder b, String model, String walBasis) {
        b.append("<h2 id=\"assumptions\">Assumptions</h2>\n<dl class=\"facts\">");
        fact(b, "start", start.source());
        fact(b, "class balances", start.classBalanceBasis());
        for (String n : start.notes()) {
            fact(b, "note", n);
        }
        fact(b, "model", model);
        fact(b, "precision", deal.conventions().workingPrecision().named());
        fact(b, "WAL", walBasis);
        b.append("</dl>\n");
        collateral(b);
        scenarioList(b);
    }

    private void collateral(StringBuilder b) {
        b.append("<h3>Collateral at the start</h3>\n<table class=\"groups\"><thead><tr><th>group</th><th class=\"num\">balance</th>")
                .append("<th class=\"num\">gross WAC (%)</th><th class=\"num\">months left</th><th class=\"num\">loan age</th>")
                .append("<th>remaining term from</th></tr></thead><tbody>\n");
        for (GroupStart g : start.groups()) {
            b.append("<tr><td>").append(HtmlPage.escape(g.group())).append("</td><td class=\"num\">").append(HtmlPage.money(g.balance()))
                    .append("</td><td class=\"num\">").append(g.grossWac().toPlainString()).append("</td><td class=\"num\">")
                    .append(g.remainingTermMonths()).append("</td><td class=\"num\">").append(g.loanAgeMonths()).append("</td><td class=\"reason\">")
                    .append(HtmlPage.escape(g.termBasis())).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    /** Every scenario's assumptions, one row each; folded when the list is long. */
    private void scenarioList(StringBuilder b) {
        b.append("<details class=\"scenarios\"").append(results.size() <= OPEN_SCENARIO_LIST ? " open" : "")
                .append("><summary><h3>Scenarios (").append(results.size()).append(")</h3></summary>\n")
                .append("<div class=\"scroll\"><table class=\"scenarios\"><thead><tr><th class=\"num\">#</th>")
                .append("<th>scenario</th><th>prepayment</th><th>defaults</th><th class=\"num\">severity (%)</th>")
                .append("<th class=\"num\">lag (months)</th><th class=\"num\">60+ delinquent (%)</th><th>by group</th><th>clean-up call</th>")
                .append("<th>rate paths</th></tr></thead><tbody>\n");
        for (int i = 0; i < results.size(); i++) {
            ScenarioResult r = results.get(i);
            Scenario s = r.scenario();
            GroupAssumptions a = s.assumptions();
            List<String> overrides = new ArrayList<>();
            s.groupOverrides().forEach((g, o) -> overrides.add("group " + g + ": " + o.prepayment().label()));
            b.append("<tr><td class=\"num\">").append(i + 1).append("</td><td>").append(HtmlPage.escape(s.name())).append("</td><td>")
                    .append(HtmlPage.escape(a.prepayment().label())).append("</td><td>").append(HtmlPage.escape(a.defaults().label()))
                    .append("</td><td class=\"num\">").append(a.severityPercent().stripTrailingZeros().toPlainString()).append("</td><td class=\"num\">")
                    .append(a.recoveryLagMonths()).append("</td><td class=\"num\">").append(a.delinquencyPercent().stripTrailingZeros().toPlainString())
                    .append("</td><td>").append(HtmlPage.escape(overrides.isEmpty() ? "-" : String.join("; ", overrides))).append("</td><td>")
                    .append(HtmlPage.escape(call(r))).append("</td><td class=\"reason\">").append(HtmlPage.escape(ratePaths(r))).append("</td></tr>\n");
        }
        b.append("</tbody></table></div></details>\n");
    }

    private static String call(ScenarioResult r) {
        BigDecimal call = r.scenario().cleanUpCallPercent();
        if (call == null) {
            return "none";
        }
        return call.stripTrailingZeros().toPlainString() + "% of original" + (r.callDate() == null ? ", not reached" : ", exercised " + r.callDate());
    }

    /** Each group's rate path, or one for every group when they are all the same. */
    private static String ratePaths(ScenarioResult r) {
        if (r.groups().stream().map(GroupProjection::ratePath).distinct().count() == 1) {
            return "every group: " + r.groups().get(0).ratePath();
        }
        List<String> paths = new ArrayList<>();
        for (GroupProjection g : r.groups()) {
            paths.add("group " + g.group() + ": " + g.ratePath());
        }
        return String.join("; ", paths);
    }

    private static void fact(StringBuilder b, String term, String text) {
        b.append("<dt>").append(HtmlPage.escape(term)).append("</dt><dd>").append(HtmlPage.escape(text)).append("</dd>");
    }

    /** One line per scenario: the principal classes' balance outstanding, from the start to the last payment. */
    private void balanceByScenario(StringBuilder b) {
        List<LocalDate> dates = longestDates();
        double[] x = years(dates);
        SvgChart.Builder chart = SvgChart.builder("Certificate balance outstanding by scenario", x)
                .xAxis("distribution date (year)", SvgChart.Ticks.YEAR).yAxis("balance outstanding ($ millions)", true);
        for (int i = 0; i < results.size(); i++) {
            ScenarioResult r = results.get(i);
            double[] y = new double[dates.size()];
            Arrays.fill(y, Double.NaN);
            y[0] = sumPrincipalClasses(r, -1);
            for (int m = 0; m < r.dates().size(); m++) {
                y[m + 1] = sumPrincipalClasses(r, m);
            }
            chart.series(r.scenario().name(), y, SCENARIO_COLOURS[i % SCENARIO_COLOURS.length], false);
        }
        b.append("<h2 id=\"charts\">Balance and cash flows</h2>\n<figure class=\"chart\" id=\"balance-by-scenario\"><figcaption>")
                .append("Certificate balance outstanding by scenario (principal classes, after each distribution)</figcaption>\n")
                .append(chart.build().svg()).append("</figure>\n");
    }

    /** The start date, then every projected date of the longest scenario. */
    private List<LocalDate> longestDates() {
        return startThenLongest(start.asOf(), results.stream().map(ScenarioResult::dates).toList());
    }

    /** {@code start}, then every date of the longest of the runs' dates: a time axis for all of them. */
    static List<LocalDate> startThenLongest(LocalDate start, List<List<LocalDate>> runs) {
        List<LocalDate> longest = List.of();
        for (List<LocalDate> dates : runs) {
            if (dates.size() > longest.size()) {
                longest = dates;
            }
        }
        List<LocalDate> dates = new ArrayList<>(longest.size() + 1);
        dates.add(start);
        dates.addAll(longest);
        return dates;
    }

    /**
     * The scenario chooser above the per-scenario charts (the first {@link #MAX_SCENARIO_CHARTS} scenarios; the
     * {@link #SCRIPT} shows the chosen one's section). Returns how many scenarios have charts.
     */
    static int scenarioSelect(StringBuilder b, List<String> names) {
        int shown = Math.min(names.size(), MAX_SCENARIO_CHARTS);
        b.append("<div class=\"tabs\"><label for=\"scenario-select\">Scenario</label> <select id=\"scenario-select\">");
        for (int i = 0; i < shown; i++) {
            b.append("<option value=\"").append(i).append("\">").append(i + 1).append(". ").append(HtmlPage.escape(names.get(i)))
                    .append("</option>");
        }
        b.append("</select>");
        if (shown < names.size()) {
            b.append(" <span class=\"note\">charts for the first ").append(shown).append(" of ").append(names.size())
                    .append(" scenarios; the tables below have every scenario</span>");
        }
        b.append("</div>\n");
        return shown;
    }

    /** Dates as fractional calendar years, for a time axis. */
    static double[] years(List<LocalDate> dates) {
        double[] x = new double[dates.size()];
        for (int i = 0; i < x.length; i++) {
            LocalDate d = dates.get(i);
            x[i] = d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
        }
        return x;
    }

    /** Principal classes' balance after month {@code m} (the starting balance for -1), $ millions. */
    private static double sumPrincipalClasses(ScenarioResult r, int m) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ClassProjection c : r.classes()) {
            if (c.interestOnly() || c.startingBalance().signum() == 0) {
                continue;
            }
            sum = sum.add(m < 0 ? c.startingBalance() : c.cashflows().get(m).endingBalance());
        }
        return sum.doubleValue() / MILLION;
    }

    /** For each scenario (up to {@link #MAX_SCENARIO_CHARTS}): the class balances stacked, and the monthly cash flows. */
    private void scenarioCharts(StringBuilder b) {
        int shown = scenarioSelect(b, results.stream().map(r -> r.scenario().name()).toList());
        for (int i = 0; i < shown; i++) {
            ScenarioResult r = results.get(i);
            b.append("<section class=\"scenario-charts\" data-scenario=\"").append(i).append('"').append(i == 0 ? "" : " hidden").append(">\n");
            runOff(b, r);
            cashflows(b, r);
            b.append("</section>\n");
        }
    }

    private void runOff(StringBuilder b, ScenarioResult r) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(start.asOf());
        dates.addAll(r.dates());
        SvgChart.Builder chart = SvgChart.builder("Class balances, " + r.scenario().name(), years(dates))
                .xAxis("distribution date (year)", SvgChart.Ticks.YEAR).yAxis("balance ($ millions)", true).height(360);
        for (int k = 0; k < r.classes().size(); k++) {
            ClassProjection c = r.classes().get(k);
            if (c.interestOnly() || c.startingBalance().signum() == 0) {
                continue;
            }
            double[] y = new double[dates.size()];
            y[0] = c.startingBalance().doubleValue() / MILLION;
            for (int m = 0; m < r.dates().size(); m++) {
                y[m + 1] = c.cashflows().get(m).endingBalance().doubleValue() / MILLION;
            }
            chart.series(c.name(), y, classColours[k], true);
        }
        b.append("<figure class=\"chart run-off\"><figcaption>Class balance run-off: ").append(HtmlPage.escape(r.scenario().name()))
                .append("</figcaption>\n").append(chart.build().svg()).append("</figure>\n");
    }

    private void cashflows(StringBuilder b, ScenarioResult r) {
        int months = r.dates().size();
        double[] principal = new double[months];
        double[] interest = new double[months];
        double[] losses = new double[months];
        for (int m = 0; m < months; m++) {
            BigDecimal p = BigDecimal.ZERO;
            BigDecimal i = BigDecimal.ZERO;
            BigDecimal l = BigDecimal.ZERO;
            for (ClassProjection c : r.classes()) {
                if (c.cashflows().isEmpty()) {
                    continue;
                }
                ClassCashflow f = c.cashflows().get(m);
                p = p.add(f.principal());
                i = i.add(f.interest());
                if (!c.interestOnly()) {
                    l = l.add(f.totalLoss());
                }
            }
            principal[m] = p.doubleValue() / MILLION;
            interest[m] = i.doubleValue() / MILLION;
            losses[m] = l.doubleValue() / MILLION;
        }
        SvgChart.Builder chart = SvgChart.builder("Monthly cash flows to the certificates, " + r.scenario().name(), years(r.dates()))
                .xAxis("distribution date (year)", SvgChart.Ticks.YEAR).yAxis("per month ($ millions)", true)
                .series("principal", principal, "#2e75b6", true).series("interest", interest, "#9dc3e6", true);
        boolean anyLoss = false;
        for (double l : losses) {
            anyLoss |= l != 0;
        }
        if (anyLoss) {
            chart.series("losses", losses, "#b2182b", false);
        }
        b.append("<figure class=\"chart cash-flows\"><figcaption>Monthly cash flows to the certificates: ")
                .append(HtmlPage.escape(r.scenario().name())).append("</figcaption>\n").append(chart.build().svg()).append("</figure>\n");
    }

    /**
     * One chart per set of scenarios that differ only in a constant prepayment speed of one kind (x: the speed; one line
     * per principal class: its WAL).
     */
    private void walAgainstSpeed(StringBuilder b) {
        b.append("<h2 id=\"wal-vs-speed\">WAL against prepayment speed</h2>\n");
        Map<String, List<ScenarioResult>> sets = new LinkedHashMap<>();
        boolean ratesDiffer = results.stream().map(ProjectionHtml::ratePaths).distinct().count() > 1;
        for (ScenarioResult r : results) {
            Speed p = r.scenario().assumptions().prepayment();
            if (p.isConstant()) {
                sets.computeIfAbsent(everythingButSpeed(r, ratesDiffer), k -> new ArrayList<>()).add(r);
            }
        }
        int charts = 0;
        for (Map.Entry<String, List<ScenarioResult>> set : sets.entrySet()) {
            List<ScenarioResult> rs = new ArrayList<>(set.getValue());
            rs.sort(Comparator.comparingDouble(r -> r.scenario().assumptions().prepayment().value(1)));
            if (rs.size() < 2 || !distinctSpeeds(rs)) {
                continue;
            }
            double[] x = new double[rs.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = rs.get(i).scenario().assumptions().prepayment().value(1);
            }
            Speed.Kind kind = rs.get(0).scenario().assumptions().prepayment().kind();
            SvgChart.Builder chart = SvgChart.builder("WAL against " + kind, x).xAxis("prepayment speed (" + kindUnit(kind) + ")", SvgChart.Ticks.NUMBER)
                    .yAxis("weighted average life (years)", true);
            List<ClassProjection> first = rs.get(0).classes();
            for (int k = 0; k < first.size(); k++) {
                if (first.get(k).interestOnly() || first.get(k).startingBalance().signum() == 0) {
                    continue;
                }
                double[] y = new double[rs.size()];
                for (int i = 0; i < y.length; i++) {
                    Double wal = rs.get(i).classes().get(k).wal();
                    y[i] = wal == null ? Double.NaN : wal;
                }
                chart.series(first.get(k).name(), y, classColours[k], false);
            }
            b.append("<figure class=\"chart wal-speed\"><figcaption>WAL against speed: ").append(HtmlPage.escape(set.getKey()))
                    .append("</figcaption>\n").append(chart.build().svg()).append("</figure>\n");
            charts++;
        }
        if (charts == 0) {
            b.append("<p class=\"note\">Needs two or more scenarios that differ only in a constant prepayment speed (e.g. "
                    + "<code>--cpr 0,10,30,60</code>).</p>\n");
        }
    }

    /**
     * What a scenario assumes apart from its constant prepayment speed's value, e.g. {@code CPR, 2 CDR, 35% severity,
     * 12-month lag}, with its rate paths when the scenarios' differ: scenarios with the same key share a chart.
     */
    private static String everythingButSpeed(ScenarioResult r, boolean withRates) {
        Scenario s = r.scenario();
        GroupAssumptions a = s.assumptions();
        // a label starts with the prepayment speed's own label: what follows it is the rest of the assumptions
        StringBuilder key = new StringBuilder(a.prepayment().kind().name())
                .append(a.withPrepayment(Speed.ZERO_CPR).label().substring(Speed.ZERO_CPR.label().length()));
        s.groupOverrides().forEach((g, o) -> key.append(", group ").append(g).append(' ').append(o.prepayment().label()));
        if (s.cleanUpCallPercent() != null) {
            key.append(", ").append(s.cleanUpCallPercent().stripTrailingZeros().toPlainString()).append("% call");
        }
        if (withRates) {
            key.append("; rates ").append(ratePaths(r));
        }
        return key.toString();
    }

    private static boolean distinctSpeeds(List<ScenarioResult> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).scenario().assumptions().prepayment().value(1) == sorted.get(i - 1).scenario().assumptions().prepayment().value(1)) {
                return false;
            }
        }
        return true;
    }

    private static String kindUnit(Speed.Kind kind) {
        return switch (kind) {
            case CPR -> "CPR, % a year";
            case SMM -> "SMM, % a month";
            case PSA -> "% PSA";
            default -> kind.name();
        };
    }

    private void summaryTable(StringBuilder b) {
        b.append("<h2 id=\"summary\">Summary by class and scenario</h2>\n<p class=\"note\">WAL in years, 30/360 from the start date, "
                + "weighted by principal paid (interest-only classes, marked *, by notional reduction; their principal and losses "
                + "do not apply). Principal window: the first and last dates with principal.</p>\n");
        b.append("<div class=\"scroll\"><table class=\"summary\"><thead><tr><th>scenario</th><th class=\"num\">WAL (years)</th>")
                .append("<th class=\"num\">first principal</th><th class=\"num\">last principal</th><th class=\"num\">total principal</th>")
                .append("<th class=\"num\">total interest</th><th class=\"num\">losses</th><th class=\"num\">final date</th>");
        boolean quoted = summaries.stream().anyMatch(sum -> sum.classes().stream().anyMatch(k -> k.quote() != null));
        if (quoted) {
            b.append("<th class=\"num\">price (32nds)</th><th class=\"num\">yield (%)</th><th class=\"num\">mod. duration</th>");
        }
        b.append("</tr></thead><tbody>\n");
        int columns = quoted ? 11 : 8;
        for (String name : summaryClasses()) {
            boolean first = true;
            for (ScenarioSummary sum : summaries) {
                ScenarioSummary.ClassSummary row = sum.classes().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
                if (row == null) {
                    continue;
                }
                if (first) {
                    b.append("<tr class=\"group\"><th colspan=\"").append(columns).append("\">class ").append(HtmlPage.escape(name)).append(row.interestOnly() ? "*" : "")
                            .append(" <span class=\"note\">starting ").append(row.interestOnly() ? "notional " : "balance ")
                            .append(HtmlPage.money(row.startingBalance())).append("</span></th></tr>\n");
                    first = false;
                }
                summaryRow(b, sum.scenario(), row, quoted);
            }
        }
        b.append("</tbody></table></div>\n");
        for (ScenarioResult r : results) {
            for (String n : r.notes()) {
                b.append("<p class=\"note\">").append(HtmlPage.escape(r.scenario().name() + ": " + n)).append("</p>\n");
            }
        }
    }

    /** The classes of the summary, in deal order: those active in any scenario. */
    private List<String> summaryClasses() {
        List<String> names = new ArrayList<>();
        for (ClassProjection c : results.get(0).classes()) {
            if (summaries.stream().anyMatch(sum -> sum.classes().stream().anyMatch(k -> k.name().equals(c.name())))) {
                names.add(c.name());
            }
        }
        return names;
    }

    private static void summaryRow(StringBuilder b, String scenario, ScenarioSummary.ClassSummary row, boolean quoted) {
        b.append("<tr data-class=\"").append(HtmlPage.escape(row.name())).append("\" data-scenario=\"").append(HtmlPage.escape(scenario))
                .append("\"><td>").append(HtmlPage.escape(scenario)).append("</td><td class=\"num wal\">").append(HtmlPage.years(row.wal()))
                .append("</td><td class=\"num\">").append(HtmlPage.date(row.firstPrincipalDate())).append("</td><td class=\"num\">")
                .append(HtmlPage.date(row.lastPrincipalDate())).append("</td><td class=\"num\">")
                .append(row.interestOnly() ? "-" : HtmlPage.money(row.totalPrincipal())).append("</td><td class=\"num\">")
                .append(HtmlPage.money(row.totalInterest())).append("</td><td class=\"num\">")
                .append(row.interestOnly() ? "-" : HtmlPage.money(row.totalLoss())).append("</td><td class=\"num\">")
                .append(HtmlPage.date(row.finalDate())).append("</td>");
        if (quoted) {
            org.waterfall.analytics.Quote q = row.quote();
            b.append("<td class=\"num price\">").append(q == null ? HtmlPage.escape(row.quoteProblem() == null ? "-" : "n/a")
                    : HtmlPage.escape(org.waterfall.analytics.PriceQuote.thirtySeconds(q.cleanPrice()))).append("</td><td class=\"num yield\">")
                    .append(q == null ? "-" : String.format(java.util.Locale.ROOT, "%.6f", q.yieldPercent())).append("</td><td class=\"num\">")
                    .append(q == null ? "-" : String.format(java.util.Locale.ROOT, "%.4f", q.modifiedDuration())).append("</td>");
        }
        b.append("</tr>\n");
    }

    /** The prospectus layout: whole percents of the starting balance, {@code *} for a balance above zero that rounds to 0%. */
    private void decrementTables(StringBuilder b) {
        b.append("<h2 id=\"decrement\">Decrement tables</h2>\n<p class=\"note\">Percent of the starting balance outstanding on each "
                + "anniversary of the start date, rounded to whole percent (* above zero but below 0.5%).</p>\n<div class=\"cards\">\n");
        for (DecrementTable t : Decrements.tables(results)) {
            b.append("<div class=\"scroll\"><table class=\"decrement\" data-class=\"").append(HtmlPage.escape(t.className())).append("\"><thead>")
                    .append("<tr class=\"group\"><th colspan=\"").append(t.scenarios().size() + 1).append("\">class ").append(HtmlPage.escape(t.className()))
                    .append("</th></tr><tr><th>date</th>");
            for (String s : t.scenarios()) {
                b.append("<th>").append(HtmlPage.escape(s)).append("</th>");
            }
            b.append("</tr></thead><tbody>\n");
            for (int row = 0; row < t.dates().size(); row++) {
                b.append("<tr><td>").append(row == 0 ? "Initial" : t.dates().get(row).toString()).append("</td>");
                for (BigDecimal p : t.percents().get(row)) {
                    b.append("<td>").append(PrintedDecrement.percent(p)).append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("<tr><th>WAL (years)</th>");
            for (Double wal : t.wals()) {
                b.append("<th>").append(HtmlPage.years(wal)).append("</th>");
            }
            b.append("</tr></tbody></table></div>\n");
        }
        b.append("</div>\n");
    }

    /** A colour per class, in deal order: seniors in cool colours, subordinates in warm ones. */
    private static String[] classColours(ResolvedDeal deal) {
        String[] colours = new String[deal.classCount()];
        int senior = 0;
        int subordinate = 0;
        for (int k = 0; k < colours.length; k++) {
            colours[k] = deal.certificateClass(k).role().isSenior() ? SENIOR_COLOURS[senior++ % SENIOR_COLOURS.length]
                    : SUBORDINATE_COLOURS[subordinate++ % SUBORDINATE_COLOURS.length];
        }
        return colours;
    }

    /** Which scenario's charts show. */
    static final String SCRIPT = """
            (function () {
              'use strict';
              var select = document.getElementById('scenario-select');
              if (!select) { return; }
              select.addEventListener('change', function () {
                document.querySelectorAll('section.scenario-charts').forEach(function (s) {
                  s.hidden = s.dataset.scenario !== select.value;
                });
              });
            })();
            """;
}
