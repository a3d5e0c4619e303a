package org.waterfall.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waterfall.analytics.DecrementTable;
import org.waterfall.analytics.PrintedDecrement;
import org.waterfall.deal.yaml.RemicYamlReader;
import org.waterfall.projection.Speed;
import org.waterfall.remic.ClassFlows;
import org.waterfall.remic.IndexRate;
import org.waterfall.remic.RemicDeal;
import org.waterfall.remic.RemicDecrements;
import org.waterfall.remic.RemicProjector;
import org.waterfall.remic.RemicRun;

class RemicHtmlTest {

    private static RemicDeal deal;
    private static List<RemicRun> runs;
    private static List<String> names;
    private static String html;

    @BeforeAll
    static void runFnrAtThreeSpeeds() {
        deal = RemicYamlReader.read(Path.of("deals/fnr-2006-018/deal.yaml"));
        runs = new ArrayList<>();
        names = new ArrayList<>();
        for (double psa : new double[] {0, 100, 250}) {
            RemicRun r = RemicProjector.run(deal, Speed.of(Speed.Kind.PSA, psa), IndexRate.ZERO);
            runs.add(r);
            names.add(r.name());
        }
        html = RemicHtml.html(deal, runs, names);
    }

    @Test
    void theAssumptionsNameTheSettlementEveryLoanLineAndEveryScenario() {
        assertTrue(html.contains("<h1>waterfall project: fnr-2006-018</h1>"));
        assertTrue(html.contains("settlement 2006-02-28, first distribution 2006-03-25"), "the calendar");
        assertTrue(html.contains(">37,414,966.00<") && html.contains(">95,238,095.00<"), "the two lines at the pricing speeds");
        assertTrue(html.contains("<td>0 PSA</td><td class=\"num\">132,653,061.00<"), "the one line used at 0% PSA");
        for (String n : names) {
            assertTrue(html.contains("<td>" + n + "</td>"), n);
        }
    }

    @Test
    void theLivesAreTheRunsLivesAsTheSupplementPrintsThem() {
        for (RemicRun r : runs) {
            for (ClassFlows c : r.classes()) {
                assertTrue(html.contains("<td class=\"num\">" + PrintedDecrement.wal(r.wal(c)) + "</td>"), c.name());
            }
        }
        assertTrue(html.matches("(?s).*<tr><td>PA</td><td class=\"num\">33,710,000.00</td><td class=\"num\">10.1</td>"
                + "<td class=\"num\">3.0</td><td class=\"num\">3.0</td></tr>.*"), "PA's published lives at 0, 100 and 250% PSA");
    }

    @Test
    void everyClassHasItsDecrementTableWithEveryDateAndScenario() {
        List<DecrementTable> tables = RemicDecrements.tables(runs);
        assertEquals(tables.size(), html.split("<table class=\"decrement\">", -1).length - 1);
        DecrementTable z = tables.stream().filter(t -> t.className().equals("Z")).findFirst().orElseThrow();
        StringBuilder row = new StringBuilder("<tr><td>February 2007</td>");
        for (int i = 0; i < runs.size(); i++) {
            row.append("<td class=\"num\">").append(PrintedDecrement.percent(z.percents().get(1).get(i))).append("</td>");
        }
        assertTrue(html.contains(row + "</tr>"), "Z accretes above 100 at 0% PSA: " + row);
    }

    @Test
    void eachChartIsWellFormedSvgAndOnlyTheFirstScenariosBalancesShowUntilAnotherIsChosen() throws Exception {
        List<String> charts = ProjectionHtmlTest.svgs(html);
        assertEquals(1 + runs.size(), charts.size(), "the balance by scenario, then each scenario's class balances");
        for (String svg : charts) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        }
        assertTrue(html.contains("<section class=\"scenario-charts\" data-scenario=\"0\"><figure"));
        assertTrue(html.contains("<section class=\"scenario-charts\" data-scenario=\"1\" hidden>"));
        assertTrue(html.contains("<option value=\"2\">3. 250 PSA</option>"));
    }

    @Test
    void scenarioNamesAreEscapedAndEachRunNeedsOne() {
        String page = RemicHtml.html(deal, runs.subList(0, 1), List.of("<b>fast</b>"));
        assertTrue(page.contains("&lt;b&gt;fast&lt;/b&gt;") && !page.contains("<b>fast</b>"));
        assertThrows(IllegalArgumentException.class, () -> RemicHtml.html(deal, runs, names.subList(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> RemicHtml.html(deal, List.of(), List.of()));
    }
}
