package org.waterfall.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.statement.StatementParser;
import org.waterfall.statement.TrusteeStatement;
import org.waterfall.verify.FigureCheck;
import org.waterfall.verify.Status;
import org.waterfall.verify.VerificationReport;
import org.waterfall.verify.Verifier;

class VerificationHtmlTest {

    private static final Path DEAL = Path.of("deals/boams-2002-k/deal.yaml");
    private static final Path STATEMENT = Path.of("deals/boams-2002-k/statements/2003-11-20.txt");

    private static ResolvedDeal deal;
    private static String text;
    private static VerificationReport report;
    private static String html;

    @BeforeAll
    static void verifyTheBundledStatement() {
        deal = DealYamlReader.read(DEAL).resolve();
        text = StatementParser.readText(STATEMENT);
        TrusteeStatement statement = StatementParser.parse(STATEMENT.toString(), text);
        report = Verifier.verify(deal, statement);
        html = VerificationHtml.html(report, statement, StatementParser.lines(text));
    }

    private static String count(String id) {
        Matcher m = Pattern.compile("id=\"count-" + id + "\">(\\d+)<").matcher(html);
        assertTrue(m.find(), id);
        return m.group(1);
    }

    private static List<String> discrepancyRows() {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<tr data-id=\"([^\"]+)\"><td class=\"id\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void theSummaryCountsAreTheReportsCounts() {
        assertEquals("426", count("read"));
        assertTrue(html.contains("read of 426 numbers printed"));
        for (Status s : Status.values()) {
            assertEquals(Long.toString(report.count(s)), count(s.name()), s.name());
        }
        assertEquals("15", count("DISCREPANCY"));
        assertTrue(html.contains("Differences found"));
    }

    @Test
    void discrepanciesComeFirstEachRootCauseBeforeWhatFollowsFromIt() {
        List<String> rows = discrepancyRows();
        assertEquals(report.discrepancies().stream().map(f -> f.id().toString()).sorted().toList(), rows.stream().sorted().toList());
        assertEquals("class.B6.principal", rows.get(0));
        int following = 0;
        for (String id : rows) {
            int row = html.indexOf("<tr data-id=\"" + id + "\">");
            String cells = html.substring(row, html.indexOf("</tr>", row));
            Matcher chip = Pattern.compile("follows from </span><a class=\"chip fig DISCREPANCY\" href=\"#f\\d+\" title=\"[^\"]*\">([^ ]+) ")
                    .matcher(cells);
            if (chip.find()) {
                assertTrue(rows.indexOf(chip.group(1)) < rows.indexOf(id), id + " comes after " + chip.group(1));
                following++;
            }
        }
        assertTrue(following >= 3, "the B6 principal's consequences: " + following);
        assertTrue(html.indexOf("id=\"discrepancies\"") < html.indexOf("id=\"statement\""));
    }

    @Test
    void aDiscrepancyShowsItsFiguresAndReasonAndLinksTheFigureItFollowsFrom() {
        int row = html.indexOf("<tr data-id=\"class.B6.principal\">");
        String b6 = html.substring(row, html.indexOf("</tr>", row));
        assertTrue(b6.contains(">88,194.74<") && b6.contains(">88,194.92<") && b6.contains(">-0.18<"), b6);
        assertTrue(b6.contains("the shortfall was taken from class B6"), b6);
        row = html.indexOf("<tr data-id=\"class.B6.principalFactor\">");
        String factor = html.substring(row, html.indexOf("</tr>", row));
        assertTrue(factor.contains("follows from </span><a class=\"chip fig DISCREPANCY\""), factor);
        assertTrue(factor.contains(">class.B6.principal 88,194.74</a>"), factor);
    }

    @Test
    void everyCheckedFigureIsColouredInTheStatementWithItsReason() {
        String pre = html.substring(html.indexOf("<pre class=\"statement\">"), html.indexOf("</pre>"));
        Matcher m = Pattern.compile("<span class=\"fig (\\w+)\"").matcher(pre);
        int figures = 0;
        while (m.find()) {
            figures++;
        }
        assertEquals(report.figures().size(), figures);
        int b6 = pre.indexOf("data-id=\"class.B6.principal\"");
        String span = pre.substring(pre.lastIndexOf("<span", b6), pre.indexOf("</span>", b6));
        assertTrue(span.startsWith("<span class=\"fig DISCREPANCY\""), span);
        assertTrue(span.contains("data-computed=\"88,194.92\""), span);
        assertTrue(span.contains("title=\"class.B6.principal - DISCREPANCY: differs by -0.18; rule: subordinate principal"), span);
        assertTrue(span.endsWith(">88,194.74"), span);
        assertFalse(pre.contains("could not be placed"));
    }

    @Test
    void theStatementTextIsReproducedLineForLine() {
        String pre = html.substring(html.indexOf("<pre class=\"statement\">") + "<pre class=\"statement\">".length(), html.indexOf("</pre>"));
        String shown = pre.replaceAll("<span class=\"ln\">\\d+</span>", "").replaceAll("<[^>]+>", "").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        assertEquals(String.join("\n", StatementParser.lines(text)) + "\n", shown);
    }

    @Test
    void markupInTheStatementIsShownAsText() {
        String hostile = text.replaceFirst("FORM 8-K", "FORM 8-K <script>alert('x')</script> & <b>bold</b>");
        TrusteeStatement statement = StatementParser.parse("hostile.txt", hostile);
        String page = VerificationHtml.html(Verifier.verify(deal, statement), statement, StatementParser.lines(hostile));
        assertTrue(page.contains("FORM 8-K &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"));
        assertFalse(page.contains("<script>alert"));
        assertFalse(page.contains("<b>bold"));
    }

    @Test
    void inferredInputsCarryTheirMethodAndTheConventionsAreListed() {
        int inputs = html.indexOf("id=\"inputs\"");
        assertTrue(html.indexOf("group.1.beginningBalance", inputs) > 0);
        assertTrue(html.indexOf(">208,808,899.33<", inputs) > 0);
        assertTrue(html.indexOf("solved from the shifting-interest rule", inputs) > 0);
        int conventions = html.indexOf("id=\"conventions\"");
        for (String c : report.conventions()) {
            assertTrue(html.indexOf("<li>" + HtmlPage.escape(c) + "</li>", conventions) > 0, c);
        }
    }

    @Test
    void zeroTolerancesReadAsExact() {
        int row = html.indexOf("<tr data-id=\"total.principal\">");
        assertTrue(html.substring(row, html.indexOf("</tr>", row)).contains(">exact<"));
    }
}
