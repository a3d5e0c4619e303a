package org.waterfall.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waterfall.analytics.DecrementTable;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.projection.ClassProjection;
import org.waterfall.projection.Decrements;
import org.waterfall.projection.ProjectionFixtures;
import org.waterfall.projection.ProjectionOptions;
import org.waterfall.projection.Projector;
import org.waterfall.projection.RatePath;
import org.waterfall.projection.Scenario;
import org.waterfall.projection.ScenarioResult;
import org.waterfall.projection.ScenarioSummary;
import org.waterfall.projection.StartState;

class ProjectionHtmlTest {

    private static ResolvedDeal deal;
    private static StartState start;
    private static List<ScenarioResult> results;
    private static String html;

    @BeforeAll
    static void projectFourSpeeds() {
        deal = ProjectionFixtures.boams();
        start = ProjectionFixtures.boamsStart();
        Projector projector = new Projector(deal, start, ProjectionOptions.defaults());
        results = new ArrayList<>();
        for (double cpr : new double[] {0, 10, 30, 60}) {
            results.add(projector.run(ProjectionFixtures.cpr(cpr)));
        }
        html = ProjectionHtml.html(deal, start, results, ScenarioSummary.of(results, null, null), "the model", "the WAL basis");
    }

    private static int occurrences(String page, String text) {
        return page.split(Pattern.quote(text), -1).length - 1;
    }

    static List<String> svgs(String page) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(page);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void theAssumptionsNameTheStartTheGroupsAndEveryScenario() {
        assertTrue(html.contains("<h1>waterfall project: boams-2002-k</h1>"));
        assertTrue(html.contains("After the 2003-11-20 distribution (date 14)"));
        assertTrue(html.contains("<dd>the model</dd>") && html.contains("<dd>the WAL basis</dd>"));
        assertTrue(html.contains("<dt>precision</dt><dd>DECIMALS_12: ratios"), "the deal's working precision is named");
        assertTrue(html.contains(">188,815,289.51<"), "group 1's starting balance");
        for (ScenarioResult r : results) {
            assertTrue(html.contains("<td>" + r.scenario().name() + "</td>"), r.scenario().name());
        }
    }

    @Test
    void theSummaryHasEveryActiveClassInEveryScenarioWithTheEnginesWal() {
        long active = results.get(0).classes().stream().filter(ClassProjection::isActive).count();
        assertEquals(active * results.size(), occurrences(html, "<tr data-class="));
        for (ScenarioResult r : results) {
            for (ClassProjection c : r.classes()) {
                if (!c.isActive()) {
                    assertFalse(html.contains("data-class=\"" + c.name() + "\""), c.name());
                    continue;
                }
                String row = "<tr data-class=\"" + c.name() + "\" data-scenario=\"" + r.scenario().name() + "\"><td>" + r.scenario().name()
                        + "</td><td class=\"num wal\">" + HtmlPage.years(c.wal()) + "</td>";
                assertTrue(html.contains(row), row);
            }
        }
        assertTrue(html.contains("<tr data-class=\"A1\" data-scenario=\"10 CPR\"><td>10 CPR</td><td class=\"num wal\">6.92</td>"),
                "A1's WAL at 10 CPR, as the README gives it");
    }

    @Test
    void everyChartIsWellFormedSvgAndThereIsOneOfEachKindPerScenario() throws Exception {
        List<String> charts = svgs(html);
        assertEquals(1 + 2 * results.size() + 1, charts.size(), "balance by scenario, run-off and cash flows per scenario, WAL vs speed");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        for (String svg : charts) {
            f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals(results.size(), occurrences(html, "<figure class=\"chart run-off\">"));
        assertEquals(results.size(), occurrences(html, "<figure class=\"chart cash-flows\">"));
        assertEquals(1, occurrences(html, "<figure class=\"chart wal-speed\">"));
        assertTrue(html.contains("<figcaption>WAL against speed: CPR</figcaption>"));
    }

    @Test
    void onlyTheFirstScenariosChartsShowUntilAnotherIsChosen() {
        assertTrue(html.contains("<section class=\"scenario-charts\" data-scenario=\"0\">"));
        assertTrue(html.contains("<section class=\"scenario-charts\" data-scenario=\"3\" hidden>"));
        assertEquals(results.size(), occurrences(html, "<option value="));
    }

    @Test
    void theDecrementTablesAreTheAnalyticsTablesInWholePercent() {
        List<DecrementTable> tables = Decrements.tables(results);
        assertEquals(tables.size(), occurrences(html, "<table class=\"decrement\""));
        int a1 = html.indexOf("<table class=\"decrement\" data-class=\"A1\">");
        String table = html.substring(a1, html.indexOf("</table>", a1));
        assertTrue(table.contains("<tr><td>Initial</td><td>100</td><td>100</td><td>100</td><td>100</td></tr>"), table);
        DecrementTable t = tables.stream().filter(d -> d.className().equals("A1")).findFirst().orElseThrow();
        String year1 = t.percents().get(1).get(1).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
        String year0 = t.percents().get(1).get(0).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
        assertTrue(table.contains("<tr><td>" + t.dates().get(1) + "</td><td>" + year0 + "</td><td>" + year1 + "</td>"), table);
    }

    @Test
    void oneScenarioHasNoWalAgainstSpeedChartAndSaysWhy() {
        List<ScenarioResult> single = results.subList(1, 2);
        String one = ProjectionHtml.html(deal, start, single, ScenarioSummary.of(single, null, null), "m", "w");
        assertFalse(one.contains("chart wal-speed"));
        assertTrue(one.contains("Needs two or more scenarios that differ only in a constant prepayment speed"));
    }

    @Test
    void scenariosBeyondTheChartLimitAreInTheTablesButNotCharted() {
        ResolvedDeal small = ProjectionFixtures.passThroughDeal();
        StartState smallStart = ProjectionFixtures.passThroughStart(new BigDecimal("1000000.00"), new BigDecimal("6.5"), 60);
        Projector projector = new Projector(small, smallStart, ProjectionOptions.defaults());
        List<ScenarioResult> many = new ArrayList<>();
        for (int i = 0; i <= ProjectionHtml.MAX_SCENARIO_CHARTS; i++) {
            many.add(projector.run(ProjectionFixtures.cpr(i)));
        }
        String page = ProjectionHtml.html(small, smallStart, many, ScenarioSummary.of(many, null, null), "m", "w");
        assertEquals(ProjectionHtml.MAX_SCENARIO_CHARTS, occurrences(page, "<figure class=\"chart run-off\">"));
        assertTrue(page.contains("charts for the first 24 of 25 scenarios"));
        assertTrue(page.contains("data-scenario=\"24 CPR\""), "the last scenario is in the summary");
    }

    @Test
    void refusesResultsThatKeptNoCashFlows() {
        Projector summariesOnly = new Projector(deal, start, ProjectionOptions.defaults().withKeepCashflows(false));
        List<ScenarioResult> r = List.of(summariesOnly.run(ProjectionFixtures.cpr(10)));
        assertThrows(IllegalArgumentException.class, () -> ProjectionHtml.html(deal, start, r, ScenarioSummary.of(r, null, null), "m", "w"));
        assertThrows(IllegalArgumentException.class, () -> ProjectionHtml.html(deal, start, List.of(), List.of(), "m", "w"));
        assertThrows(IllegalArgumentException.class, () -> ProjectionHtml.html(deal, start, results, List.of(), "m", "w"),
                "a summary for each scenario");
    }

    @Test
    void scenarioNamesAreEscaped() {
        Scenario odd = new Scenario("<odd & \"name\">", results.get(0).scenario().assumptions(), null, null);
        Projector projector = new Projector(deal, start, ProjectionOptions.defaults());
        List<ScenarioResult> r = List.of(projector.run(odd));
        String page = ProjectionHtml.html(deal, start, r, ScenarioSummary.of(r, null, null), "m", "w");
        assertTrue(page.contains("&lt;odd &amp; &quot;name&quot;&gt;"));
        assertFalse(page.contains("<odd"));
    }

    @Test
    void scenariosOnDifferentRatePathsGetTheirOwnWalAgainstSpeedChart() {
        Projector constant = new Projector(deal, start, ProjectionOptions.defaults());
        Projector falling = new Projector(deal, start, new ProjectionOptions(
                Map.of("1", new RatePath.WacVector(List.of(new BigDecimal("6.5"), new BigDecimal("6")))), true));
        List<ScenarioResult> mixed = List.of(constant.run(ProjectionFixtures.cpr(10)), constant.run(ProjectionFixtures.cpr(30)),
                falling.run(ProjectionFixtures.cpr(10)), falling.run(ProjectionFixtures.cpr(30)));
        String page = ProjectionHtml.html(deal, start, mixed, ScenarioSummary.of(mixed, null, null), "m", "w");
        assertEquals(2, occurrences(page, "<figure class=\"chart wal-speed\">"));
        assertEquals(2, occurrences(page, "<figcaption>WAL against speed: CPR; rates "));
    }
}
