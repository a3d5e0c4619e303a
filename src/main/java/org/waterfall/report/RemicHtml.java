package org.waterfall.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.waterfall.analytics.DecrementTable;
import org.waterfall.analytics.PrintedDecrement;
import org.waterfall.remic.ClassFlows;
import org.waterfall.remic.CollateralGroup;
import org.waterfall.remic.LoanLine;
import org.waterfall.remic.RemicDeal;
import org.waterfall.remic.RemicDecrements;
import org.waterfall.remic.RemicRun;

/**
 * A REMIC run from issuance as one self-contained HTML page, as a supplement's reader would look for it: the pricing
 * assumptions (each group's loan lines, the scenarios), the certificates' balance by scenario and each scenario's class
 * balances as charts, the weighted average lives, and the decrement tables as the supplement prints them.
 */
public final class RemicHtml {

    private static final double MILLION = 1_000_000;

    private final RemicDeal deal;
    private final List<RemicRun> runs;
    private final List<String> names;

    private RemicHtml(RemicDeal deal, List<RemicRun> runs, List<String> names) {
        this.deal = deal;
        this.runs = List.copyOf(runs);
        this.names = List.copyOf(names);
        if (this.runs.isEmpty()) {
            throw new IllegalArgumentException("a REMIC report needs at least one run");
        }
        if (this.names.size() != this.runs.size()) {
            throw new IllegalArgumentException(this.names.size() + " names for " + this.runs.size() + " runs");
        }
    }

    /**
     * The page.
     *
     * @param deal the deal run
     * @param runs one per scenario, in the order given
     * @param names each run's scenario name, as the other formats print it
     */
    public static String html(RemicDeal deal, List<RemicRun> runs, List<String> names) {
        return new RemicHtml(deal, runs, names).render();
    }

    private String render() {
        StringBuilder b = new StringBuilder(128 * 1024);
        b.append("<header class=\"top\"><h1>waterfall project: ").append(HtmlPage.escape(deal.id())).append("</h1><p>")
                .append(HtmlPage.escape(deal.name())).append(" &middot; from issuance: settlement ").append(deal.settlement())
                .append(", first distribution ").append(deal.firstDistribution()).append(" &middot; ").append(runs.size())
                .append(runs.size() == 1 ? " scenario" : " scenarios").append("</p></header>\n<main>\n");
        assumptions(b);
        balanceByScenario(b);
        classBalances(b);
        lives(b);
        decrementTables(b);
        b.append("</main>\n");
        return HtmlPage.page("waterfall project: " + deal.id() + " from issuance", b.toString(), ProjectionHtml.SCRIPT);
    }

    private void assumptions(StringBuilder b) {
        b.append("<h2 id=\"assumptions\">Pricing assumptions</h2>\n<dl class=\"facts\">");
        fact(b, "collateral", "each line amortizes level-pay at its loan rate over its remaining term and passes interest at its "
                + "pass-through rate; PSA runs on each line's age");
        fact(b, "WAL", "years from settlement to each distribution date (30/360), cash principal only; a notional class's life is "
                + "its notional's");
        b.append("</dl>\n<table class=\"groups\"><thead><tr><th>group</th><th>line</th><th>used at</th><th class=\"num\">balance</th>")
                .append("<th class=\"num\">loan rate (%)</th><th class=\"num\">pass-through (%)</th><th class=\"num\">original term</th>")
                .append("<th class=\"num\">months left</th><th class=\"num\">age</th></tr></thead><tbody>\n");
        for (CollateralGroup g : deal.groups()) {
            for (LoanLine l : g.lines()) {
                line(b, g.id(), l, g.atSpeed().isEmpty() ? "every speed" : "every other speed");
            }
            for (CollateralGroup.SpeedLines sl : g.atSpeed()) {
                for (LoanLine l : sl.lines()) {
                    line(b, g.id(), l, sl.speed().label());
                }
            }
        }
        b.append("</tbody></table>\n<h3>Scenarios (").append(runs.size()).append(")</h3>\n<div class=\"scroll\"><table class=\"scenarios\">")
                .append("<thead><tr><th class=\"num\">#</th><th>scenario</th><th>prepayment</th><th>defaults</th><th>index</th>")
                .append("<th class=\"num\">distribution dates</th></tr></thead><tbody>\n");
        for (int i = 0; i < runs.size(); i++) {
            RemicRun r = runs.get(i);
            b.append("<tr><td class=\"num\">").append(i + 1).append("</td><td>").append(HtmlPage.escape(names.get(i))).append("</td><td>")
                    .append(HtmlPage.escape(r.prepayment().label())).append("</td><td>").append(HtmlPage.escape(r.defaults().label()))
                    .append("</td><td>").append(HtmlPage.escape(deal.hasIndexLinkedClasses() ? r.index().label() : "-"))
                    .append("</td><td class=\"num\">").append(r.dates().size()).append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n");
    }

    private static void line(StringBuilder b, String group, LoanLine l, String usedAt) {
        b.append("<tr><td>").append(HtmlPage.escape(group)).append("</td><td>").append(HtmlPage.escape(l.name())).append("</td><td>")
                .append(HtmlPage.escape(usedAt)).append("</td><td class=\"num\">").append(HtmlPage.money(l.balance()))
                .append("</td><td class=\"num\">").append(l.loanRate().toPlainString()).append("</td><td class=\"num\">")
                .append(l.passThroughRate().toPlainString()).append("</td><td class=\"num\">").append(l.originalTerm())
                .append("</td><td class=\"num\">").append(l.remainingTerm()).append("</td><td class=\"num\">").append(l.age())
                .append("</td></tr>\n");
    }

    private static void fact(StringBuilder b, String term, String text) {
        b.append("<dt>").append(HtmlPage.escape(term)).append("</dt><dd>").append(HtmlPage.escape(text)).append("</dd>");
    }

    /** One line per scenario: the balance classes' total outstanding (notional classes aside), from settlement. */
    private void balanceByScenario(StringBuilder b) {
        List<LocalDate> dates = longestDates();
        SvgChart.Builder chart = SvgChart.builder("Certificate balance outstanding by scenario", ProjectionHtml.years(dates))
                .xAxis("distribution date (year)", SvgChart.Ticks.YEAR).yAxis("balance outstanding ($ millions)", true);
        for (int i = 0; i < runs.size(); i++) {
            RemicRun r = runs.get(i);
            double[] y = new double[dates.size()];
            Arrays.fill(y, Double.NaN);
            for (int m = -1; m < r.dates().size(); m++) {
                BigDecimal sum = BigDecimal.ZERO;
                for (ClassFlows c : r.classes()) {
                    if (!c.notional()) {
                        sum = sum.add(m < 0 ? c.original() : c.ending().get(m));
                    }
                }
                y[m + 1] = sum.doubleValue() / MILLION;
            }
            chart.series(names.get(i), y, ProjectionHtml.SCENARIO_COLOURS[i % ProjectionHtml.SCENARIO_COLOURS.length], false);
        }
        b.append("<h2 id=\"charts\">Balances</h2>\n<figure class=\"chart\" id=\"balance-by-scenario\"><figcaption>")
                .append("Certificate balance outstanding by scenario (balance classes, after each distribution; accrual classes ")
                .append("grow while they accrue)</figcaption>\n").append(chart.build().svg()).append("</figure>\n");
    }

    /** For each scenario (up to the projection report's limit): every balance class's balance, stacked. */
    private void classBalances(StringBuilder b) {
        int shown = ProjectionHtml.scenarioSelect(b, names);
        for (int i = 0; i < shown; i++) {
            RemicRun r = runs.get(i);
            List<LocalDate> dates = new ArrayList<>();
            dates.add(deal.settlement());
            dates.addAll(r.dates());
            SvgChart.Builder chart = SvgChart.builder("Class balances, " + names.get(i), ProjectionHtml.years(dates))
                    .xAxis("distribution date (year)", SvgChart.Ticks.YEAR).yAxis("balance ($ millions)", true);
            int k = 0;
            for (ClassFlows c : r.classes()) {
                if (c.notional()) {
                    continue;
                }
                double[] y = new double[dates.size()];
                y[0] = c.original().doubleValue() / MILLION;
                for (int m = 0; m < r.dates().size(); m++) {
                    y[m + 1] = c.ending().get(m).doubleValue() / MILLION;
                }
                chart.series(c.name(), y, ProjectionHtml.SENIOR_COLOURS[k++ % ProjectionHtml.SENIOR_COLOURS.length], true);
            }
            b.append("<section class=\"scenario-charts\" data-scenario=\"").append(i).append('"').append(i == 0 ? "" : " hidden")
                    .append("><figure class=\"chart\"><figcaption>Class balances after each distribution, stacked: ")
                    .append(HtmlPage.escape(names.get(i))).append("</figcaption>\n").append(chart.build().svg()).append("</figure></section>\n");
        }
    }

    /** Settlement, then every date of the longest run. */
    private List<LocalDate> longestDates() {
        return ProjectionHtml.startThenLongest(deal.settlement(), runs.stream().map(RemicRun::dates).toList());
    }

    private void lives(StringBuilder b) {
        b.append("<h2 id=\"lives\">Weighted average lives (years)</h2>\n<div class=\"scroll\"><table class=\"summary\"><thead><tr>")
                .append("<th>class</th><th class=\"num\">original</th>");
        for (String n : names) {
            b.append("<th class=\"num\">").append(HtmlPage.escape(n)).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (int c = 0; c < runs.get(0).classes().size(); c++) {
            ClassFlows first = runs.get(0).classes().get(c);
            b.append("<tr><td>").append(HtmlPage.escape(first.name())).append(first.notional() ? " (notional)" : "")
                    .append("</td><td class=\"num\">").append(HtmlPage.money(first.original())).append("</td>");
            for (RemicRun r : runs) {
                b.append("<td class=\"num\">").append(PrintedDecrement.wal(r.wal(r.classes().get(c)))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n");
    }

    /** Each class's decrement table as a supplement prints it: whole percents, {@code *} below 0.5, the WAL. */
    private void decrementTables(StringBuilder b) {
        b.append("<h2 id=\"decrement\">Percent of original balance outstanding</h2>\n<div class=\"decrement\">\n");
        for (DecrementTable t : RemicDecrements.tables(runs)) {
            boolean notional = runs.get(0).flows(t.className()).notional();
            b.append("<div class=\"scroll\"><table class=\"decrement\"><caption>Class ").append(HtmlPage.escape(t.className()))
                    .append(notional ? " (percent of original notional)" : "").append("</caption><thead><tr><th>date</th>");
            for (String n : names) {
                b.append("<th class=\"num\">").append(HtmlPage.escape(n)).append("</th>");
            }
            b.append("</tr></thead><tbody>\n");
            for (int d = 0; d < t.dates().size(); d++) {
                b.append("<tr><td>").append(d == 0 ? "Initial Percent" : month(t.dates().get(d))).append("</td>");
                for (BigDecimal p : t.percents().get(d)) {
                    b.append("<td class=\"num\">").append(PrintedDecrement.percent(p)).append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("<tr><th>WAL (years)</th>");
            for (Double wal : t.wals()) {
                b.append("<th class=\"num\">").append(PrintedDecrement.wal(wal)).append("</th>");
            }
            b.append("</tr></tbody></table></div>\n");
        }
        b.append("</div>\n");
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }
}
