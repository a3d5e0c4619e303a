package org.waterfall.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document d, String cssClass) {
        List<String> out = new ArrayList<>();
        NodeList all = d.getElementsByTagName("text");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("class").equals(cssClass)) {
                out.add(e.getTextContent());
            }
        }
        return out;
    }

    private static SvgChart.Builder years() {
        return SvgChart.builder("test", new double[] {2004, 2005, 2006, 2007}).xAxis("distribution date (year)", SvgChart.Ticks.YEAR)
                .yAxis("balance ($ millions)", true);
    }

    @Test
    void ticksFallOnRoundStepsCoveringTheRange() {
        assertArrayEquals(new double[] {0, 50, 100, 150, 200, 250, 300, 350, 400}, SvgChart.niceTicks(0, 352.3, 6, false));
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2, 2.5}, SvgChart.niceTicks(0, 2.3, 6, false), 1e-12);
        assertArrayEquals(new double[] {2000, 2005, 2010, 2015, 2020, 2025, 2030, 2035}, SvgChart.niceTicks(2003.9, 2031.5, 8, true));
    }

    @Test
    void yearTicksNeverStepBelowAWholeYear() {
        assertArrayEquals(new double[] {2003, 2004, 2005, 2006}, SvgChart.niceTicks(2003.9, 2005.1, 8, true));
    }

    @Test
    void tickLabelsCarrySeparatorsAndTheStepsDecimals() {
        double[] halves = {0, 0.5, 1};
        assertEquals("0.5", SvgChart.tickLabel(0.5, halves, SvgChart.Ticks.NUMBER));
        assertEquals("1.0", SvgChart.tickLabel(1, halves, SvgChart.Ticks.NUMBER));
        assertEquals("2,000", SvgChart.tickLabel(2000, new double[] {0, 1000, 2000}, SvgChart.Ticks.NUMBER));
        assertEquals("2010", SvgChart.tickLabel(2010, new double[] {2005, 2010}, SvgChart.Ticks.YEAR));
    }

    @Test
    void theSvgIsWellFormedWithAxesTitlesTicksAndALegendEntryPerSeries() throws Exception {
        String svg = years().series("A1", new double[] {4, 3, 2, 1}, "#123456", true).series("B1", new double[] {1, 1, 1, 0}, "#654321", true)
                .series("losses", new double[] {0, 0.1, 0.2, 0}, "#b2182b", false).build().svg();
        Document d = parse(svg);
        assertEquals("svg", d.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", d.getDocumentElement().getNamespaceURI());
        assertEquals(List.of("2004", "2005", "2006", "2007"), texts(d, "tick x"));
        assertEquals(List.of("0", "1", "2", "3", "4", "5"), texts(d, "tick y"), "the y axis reaches the stacked total of 5");
        assertEquals(List.of("distribution date (year)", "balance ($ millions)"), texts(d, "title"));
        assertEquals(List.of("B1", "A1", "losses"), texts(d, "legend-entry"), "stacks read from the top down, then the lines");
        assertEquals(2, d.getElementsByTagName("polygon").getLength());
        assertEquals(1, d.getElementsByTagName("polyline").getLength());
    }

    @Test
    void theTopOfAStackSitsAtTheSumOfItsSeries() throws Exception {
        Document d = parse(years().series("A", new double[] {1, 1, 1, 1}, "#000", true).series("B", new double[] {2, 2, 2, 2}, "#111", true)
                .build().svg());
        Element b = (Element) d.getElementsByTagName("polygon").item(1);
        Element a = (Element) d.getElementsByTagName("polygon").item(0);
        double topOfB = Double.parseDouble(b.getAttribute("points").split(" ")[0].split(",")[1]);
        double topOfA = Double.parseDouble(a.getAttribute("points").split(" ")[0].split(",")[1]);
        String[] aPoints = a.getAttribute("points").split(" ");
        double bottom = Double.parseDouble(aPoints[aPoints.length - 1].split(",")[1]);
        assertEquals(3.0, (bottom - topOfB) / (bottom - topOfA), 0.01, "B's top is at 3 where A's is at 1");
    }

    @Test
    void namesAreEscaped() throws Exception {
        String svg = years().series("<B&1>", new double[] {1, 2, 3, 4}, "#000", false).build().svg();
        assertTrue(svg.contains("&lt;B&amp;1&gt;"));
        assertEquals(List.of("<B&1>"), texts(parse(svg), "legend-entry"));
    }

    @Test
    void aLineHasMarkersOnlyWhenItHasFewPoints() throws Exception {
        assertEquals(4, parse(years().series("A", new double[] {1, 2, 3, 4}, "#000", false).build().svg()).getElementsByTagName("circle")
                .getLength());
        double[] x = new double[100];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        assertEquals(0, parse(SvgChart.builder("t", x).series("A", x, "#000", false).build().svg()).getElementsByTagName("circle").getLength());
    }

    @Test
    void aLegendTooLongForTheChartSaysHowManyMore() throws Exception {
        SvgChart.Builder b = years().height(120);
        for (int i = 0; i < 30; i++) {
            b.series("s" + i, new double[] {1, 2, 3, 4}, "#000", false);
        }
        Document d = parse(b.build().svg());
        int shown = texts(d, "legend-entry").size();
        assertTrue(shown < 30);
        assertEquals(List.of("and " + (30 - shown) + " more"), texts(d, "legend-more"));
    }

    @Test
    void missingValuesBreakNoAxis() throws Exception {
        Document d = parse(years().series("A", new double[] {4, 2, Double.NaN, Double.NaN}, "#000", false).build().svg());
        Element line = (Element) d.getElementsByTagName("polyline").item(0);
        assertEquals(2, line.getAttribute("points").split(" ").length, "the line stops where the values do");
    }

    @Test
    void refusesXValuesThatDoNotAscendAndSeriesOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> SvgChart.builder("t", new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> years().series("A", new double[] {1}, "#000", false));
    }

    @Test
    void pointsOnAStraightStretchAreLeftOutAndBendsAreKept() {
        double[] xs = new double[100];
        double[] straight = new double[100];
        double[] vee = new double[100];
        for (int i = 0; i < 100; i++) {
            xs[i] = 10 + 3 * i;
            straight[i] = 300 - 2 * i;
            vee[i] = Math.abs(i - 40) * 2.5;
        }
        StringBuilder s = new StringBuilder();
        SvgChart.appendPoints(s, xs, straight, false);
        assertEquals("10,300 307,102 ", s.toString());
        s.setLength(0);
        SvgChart.appendPoints(s, xs, vee, true);
        assertEquals("307,147.5 130,0 10,100 ", s.toString(), "reversed, with the bend at x = 130");
    }

    @Test
    void everyPointLeftOutOfACurveIsWithinAFifthOfAPixelOfTheLineDrawn() {
        int n = 300;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = 80 + 2.8 * i;
            ys[i] = 300 - 280 * Math.pow(0.99, i);
        }
        StringBuilder s = new StringBuilder();
        SvgChart.appendPoints(s, xs, ys, false);
        String[] kept = s.toString().trim().split(" ");
        assertTrue(kept.length < n / 3, kept.length + " points kept of " + n);
        double[][] drawn = new double[kept.length][];
        for (int k = 0; k < kept.length; k++) {
            String[] xy = kept[k].split(",");
            drawn[k] = new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
        }
        for (int i = 0; i < n; i++) {
            int k = 1;
            while (k < drawn.length - 1 && drawn[k][0] < xs[i]) {
                k++;
            }
            double[] a = drawn[k - 1];
            double[] b = drawn[k];
            double y = a[1] + (b[1] - a[1]) * (xs[i] - a[0]) / (b[0] - a[0]);
            assertEquals(ys[i], y, SvgChart.SIMPLIFY_PIXELS + 0.1, "point " + i + " (coordinates are drawn to a tenth of a pixel)");
        }
    }

    @Test
    void aLongLegendEntryIsCutAndWholeOnHover() throws Exception {
        String name = "12 CPR, 2 CDR, 35% severity, 12-month lag";
        Document d = parse(years().series(name, new double[] {1, 2, 3, 4}, "#000", false).build().svg());
        Element entry = (Element) d.getElementsByTagName("text").item(d.getElementsByTagName("text").getLength() - 1);
        assertEquals("legend-entry", entry.getAttribute("class"));
        assertEquals("12 CPR, 2 CDR, 35% severi\u2026" + name, entry.getTextContent(), "the cut name, then its title");
        assertEquals(name, entry.getElementsByTagName("title").item(0).getTextContent());
    }
}
