package org.waterfall.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waterfall.inference.InferredInput;
import org.waterfall.statement.PrintedFigure;
import org.waterfall.statement.TrusteeStatement;
import org.waterfall.verify.FigureCheck;
import org.waterfall.verify.Status;
import org.waterfall.verify.VerificationReport;

/**
 * A {@link VerificationReport} as one self-contained HTML page: the summary counts; the discrepancies first, each
 * with its reason and the figures it follows from; the statement itself with every printed figure coloured by its
 * status (its reason on hover, everything about it on click); the inferred inputs with their method; the
 * conventions in force.
 */
public final class VerificationHtml {

    /** Figure ids as they appear inside a reason's prose (a trailing full stop is the sentence's, not the id's). */
    private static final Pattern ID_TOKEN = Pattern.compile("[A-Za-z0-9_#]+(\\.[A-Za-z0-9_#]+)+");

    private static final Map<Status, String> LABELS = Map.of(Status.TIED_OUT, "tied out", Status.DISCREPANCY, "discrepancy",
            Status.INPUT, "input", Status.NOT_RECOMPUTED, "not recomputed");

    private final VerificationReport report;
    private final TrusteeStatement statement;
    private final String[] lines;
    /** Figure id to the anchor of its place in the statement, and to its check. */
    private final Map<String, String> anchors = new HashMap<>();
    private final Map<String, FigureCheck> checks = new LinkedHashMap<>();
    /** How many "follows from" steps a discrepancy is from its root cause (absent: a root). */
    private final Map<String, Integer> depth = new HashMap<>();

    private VerificationHtml(VerificationReport report, TrusteeStatement statement, String[] lines) {
        this.report = report;
        this.statement = statement;
        this.lines = lines.clone();
        List<FigureCheck> figures = report.figures();
        for (int i = 0; i < figures.size(); i++) {
            anchors.put(key(figures.get(i)), "f" + i);
            checks.put(key(figures.get(i)), figures.get(i));
        }
    }

    /**
     * The page.
     *
     * @param report the verification
     * @param statement the statement verified (for each figure's place on its line)
     * @param lines the statement's text, split as the parser numbers lines
     */
    public static String html(VerificationReport report, TrusteeStatement statement, String[] lines) {
        return new VerificationHtml(report, statement, lines).render();
    }

    private String render() {
        StringBuilder b = new StringBuilder(64 * 1024);
        header(b);
        b.append("<main>\n");
        summary(b);
        discrepancies(b);
        statementText(b);
        inferredInputs(b);
        conventions(b);
        b.append("</main>\n");
        return HtmlPage.page("waterfall verify: " + report.deal() + ", " + report.distributionDate(), b.toString(), SCRIPT);
    }

    private void header(StringBuilder b) {
        b.append("<header class=\"top\"><h1>waterfall verify: ").append(HtmlPage.escape(report.deal())).append("</h1><p>Distribution date ")
                .append(report.distributionDate()).append(" &middot; statement <code>").append(HtmlPage.escape(report.statement()))
                .append("</code></p><div class=\"result ").append(report.tiesOut() ? "good" : "bad").append("\" id=\"result\">")
                .append(report.tiesOut() ? "Every printed figure ties out" : "Differences found").append("</div></header>\n");
    }

    private void summary(StringBuilder b) {
        b.append("<h2>Summary</h2>\n<div class=\"cards\" id=\"summary\">");
        b.append("<div class=\"card\"><div class=\"n\" id=\"count-read\">").append(report.figures().size()).append("</div><div class=\"l\">read of ")
                .append(report.numbersFound()).append(" numbers printed</div></div>");
        for (Status s : Status.values()) {
            b.append("<div class=\"card ").append(s.name()).append("\"><div class=\"n\" id=\"count-").append(s.name()).append("\">")
                    .append(report.count(s)).append("</div><div class=\"l\">").append(LABELS.get(s)).append("</div></div>");
        }
        b.append("</div>\n<div class=\"bar\" role=\"img\" aria-label=\"figures by status\">");
        for (Status s : Status.values()) {
            long n = report.count(s);
            if (n > 0) {
                b.append("<span class=\"").append(s.name()).append("\" style=\"flex-grow: ").append(n).append("\" title=\"").append(n).append(' ')
                        .append(LABELS.get(s)).append("\"></span>");
            }
        }
        b.append("</div>\n<p class=\"note\">TIED_OUT: recomputed and equal (exactly, or within a tolerance a named convention "
                + "justifies). DISCREPANCY: different beyond any justified tolerance, or the statement's own arithmetic fails. "
                + "INPUT: used to recompute or to infer an unprinted input, not a confirmation. NOT_RECOMPUTED: read, but not "
                + "something the engine models (the reason says why).</p>\n");
    }

    /** The discrepancies, each root cause followed by the ones whose reason says they follow from it. */
    private void discrepancies(StringBuilder b) {
        List<FigureCheck> found = report.discrepancies();
        b.append("<h2 id=\"discrepancies\">Discrepancies (").append(found.size()).append(")</h2>\n");
        if (found.isEmpty()) {
            b.append("<p>None: every recomputed figure ties out.</p>\n");
            return;
        }
        b.append("<div class=\"scroll\"><table class=\"discrepancies\"><thead><tr><th>figure</th><th class=\"num\">line</th>")
                .append("<th class=\"num\">printed</th><th class=\"num\">computed</th><th class=\"num\">difference</th>")
                .append("<th class=\"num\">tolerance</th><th>reason, and the figures it follows from</th></tr></thead><tbody>\n");
        for (FigureCheck f : rootsFirst(found)) {
            List<String> from = referencedIds(f);
            int level = depth.getOrDefault(key(f), 0);
            b.append("<tr data-id=\"").append(HtmlPage.escape(key(f))).append("\"><td class=\"id\"")
                    .append(level == 0 ? "" : " style=\"padding-left: " + (10 + 18 * level) + "px\"").append(">")
                    .append(level == 0 ? "" : "&#8627; ").append("<a class=\"goto\" href=\"#")
                    .append(anchors.get(key(f))).append("\">").append(HtmlPage.escape(key(f))).append("</a></td><td class=\"num\"><a href=\"#L")
                    .append(f.line()).append("\">").append(f.line()).append("</a></td><td class=\"num reported\">").append(HtmlPage.figure(f.reported()))
                    .append("</td><td class=\"num computed\">").append(HtmlPage.figure(f.computed())).append("</td><td class=\"num\">")
                    .append(HtmlPage.figure(f.difference())).append("</td><td class=\"num\">").append(tolerance(f))
                    .append("</td><td class=\"reason\">").append(linkIds(f.reason()));
            if (!from.isEmpty()) {
                b.append("<div class=\"follows\"><span class=\"note\">follows from </span>");
                for (String id : from) {
                    chip(b, checks.get(id));
                }
                b.append("</div>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n");
    }

    /**
     * The discrepancies as a tree in statement order: each one that follows from no other, then (depth first) those
     * whose reason says they follow from it. A discrepancy follows from the first other discrepancy its reason names.
     */
    private List<FigureCheck> rootsFirst(List<FigureCheck> found) {
        Map<String, FigureCheck> byId = new LinkedHashMap<>();
        found.forEach(f -> byId.put(key(f), f));
        Map<String, List<FigureCheck>> children = new LinkedHashMap<>();
        List<FigureCheck> roots = new ArrayList<>();
        for (FigureCheck f : found) {
            String parent = referencedIds(f).stream().filter(byId::containsKey).findFirst().orElse(null);
            if (parent == null || leadsBackTo(key(f), parent, byId)) {
                roots.add(f);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(f);
            }
        }
        List<FigureCheck> ordered = new ArrayList<>(found.size());
        for (FigureCheck root : roots) {
            depthFirst(root, children, ordered);
        }
        return ordered;
    }

    /** Whether following "follows from" up from {@code parent} reaches {@code id} (a cycle: then {@code id} is a root). */
    private boolean leadsBackTo(String id, String parent, Map<String, FigureCheck> byId) {
        Set<String> seen = new LinkedHashSet<>();
        String at = parent;
        while (at != null && seen.add(at)) {
            if (at.equals(id)) {
                return true;
            }
            at = referencedIds(byId.get(at)).stream().filter(byId::containsKey).findFirst().orElse(null);
        }
        return false;
    }

    private void depthFirst(FigureCheck f, Map<String, List<FigureCheck>> children, List<FigureCheck> out) {
        out.add(f);
        for (FigureCheck c : children.getOrDefault(key(f), List.of())) {
            depth.put(key(c), depth.getOrDefault(key(f), 0) + 1);
            depthFirst(c, children, out);
        }
    }

    /** Other figures of the report that a reason names, in the order named. */
    private List<String> referencedIds(FigureCheck f) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ID_TOKEN.matcher(f.reason() == null ? "" : f.reason());
        while (m.find()) {
            if (checks.containsKey(m.group()) && !m.group().equals(key(f))) {
                ids.add(m.group());
            }
        }
        return new ArrayList<>(ids);
    }

    /** The reason, escaped, with every figure id it names linked to that figure. */
    private String linkIds(String reason) {
        if (reason == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(reason.length() + 64);
        Matcher m = ID_TOKEN.matcher(reason);
        int at = 0;
        while (m.find()) {
            if (!checks.containsKey(m.group())) {
                continue;
            }
            s.append(HtmlPage.escape(reason.substring(at, m.start()))).append("<a class=\"goto\" href=\"#").append(anchors.get(m.group()))
                    .append("\">").append(HtmlPage.escape(m.group())).append("</a>");
            at = m.end();
        }
        return s.append(HtmlPage.escape(reason.substring(at))).toString();
    }

    private void chip(StringBuilder b, FigureCheck c) {
        b.append("<a class=\"chip fig ").append(c.status().name()).append("\" href=\"#").append(anchors.get(key(c))).append("\" title=\"")
                .append(HtmlPage.escape(c.status().name() + ": " + c.reason())).append("\">").append(HtmlPage.escape(key(c))).append(' ')
                .append(HtmlPage.figure(c.reported())).append("</a>");
    }

    /** The statement's lines, each printed figure wrapped in a span coloured by its status. */
    private void statementText(StringBuilder b) {
        b.append("<h2 id=\"statement\">The statement</h2>\n<p class=\"note\">Every number the statement prints, coloured by what the "
                + "verifier concluded. Hover over a figure for its reason; click it for everything about it.</p>\n");
        b.append("<div class=\"legend\" id=\"legend\"><span class=\"note\">highlight:</span>");
        for (Status s : Status.values()) {
            b.append("<label><input type=\"checkbox\" checked data-status=\"").append(s.name()).append("\"> <span class=\"badge ")
                    .append(s.name()).append("\">").append(s.name()).append(" ").append(report.count(s)).append("</span></label>");
        }
        b.append("</div>\n<div id=\"detail\" aria-live=\"polite\"><span class=\"note\">Click a figure to see how it was checked.</span></div>\n");
        Map<Integer, List<Placed>> byLine = placeFigures();
        b.append("<pre class=\"statement\">");
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            b.append("<span class=\"row\" id=\"L").append(lineNo).append("\"><span class=\"ln\">").append(lineNo).append("</span>");
            String text = lines[i];
            int at = 0;
            for (Placed p : byLine.getOrDefault(lineNo, List.of())) {
                b.append(HtmlPage.escape(text.substring(at, p.column())));
                figureSpan(b, p.check(), text.substring(p.column(), p.column() + p.length()));
                at = p.column() + p.length();
            }
            b.append(HtmlPage.escape(text.substring(at))).append("</span>\n");
        }
        b.append("</pre>\n");
        int unplaced = report.figures().size() - byLine.values().stream().mapToInt(List::size).sum();
        if (unplaced > 0) {
            b.append("<p class=\"note\">").append(unplaced).append(" figures could not be placed on their printed line (the text differs "
                    + "from what was read).</p>\n");
        }
    }

    /** A figure's place on its line. */
    private record Placed(int column, int length, FigureCheck check) {
    }

    /** Each checked figure at its printed token, by line, left to right; a figure whose token is not where it was read is left out. */
    private Map<Integer, List<Placed>> placeFigures() {
        Map<Integer, List<Placed>> byLine = new HashMap<>();
        for (FigureCheck c : report.figures()) {
            PrintedFigure p = statement.figure(c.id()).orElse(null);
            if (p == null || p.line() < 1 || p.line() > lines.length || !lines[p.line() - 1].startsWith(p.text(), p.column())) {
                continue;
            }
            byLine.computeIfAbsent(p.line(), k -> new ArrayList<>()).add(new Placed(p.column(), p.text().length(), c));
        }
        for (List<Placed> l : byLine.values()) {
            l.sort(Comparator.comparingInt(Placed::column));
        }
        return byLine;
    }

    private void figureSpan(StringBuilder b, FigureCheck c, String token) {
        b.append("<span class=\"fig ").append(c.status().name()).append("\" id=\"").append(anchors.get(key(c))).append("\" tabindex=\"0\"")
                .append(" data-id=\"").append(HtmlPage.escape(key(c))).append("\" data-status=\"").append(c.status().name())
                .append("\" data-line=\"").append(c.line()).append("\" data-reported=\"").append(HtmlPage.figure(c.reported()))
                .append("\" data-computed=\"").append(HtmlPage.figure(c.computed())).append("\" data-difference=\"")
                .append(HtmlPage.figure(c.difference())).append("\" data-tolerance=\"").append(tolerance(c))
                .append("\" data-convention=\"").append(HtmlPage.escape(c.convention())).append("\" title=\"")
                .append(HtmlPage.escape(key(c) + " - " + c.status().name() + ": " + c.reason())).append("\">")
                .append(HtmlPage.escape(token)).append("</span>");
    }

    /** A figure's id as reports print it ({@code class.B6.principal}): the page's key for it. */
    private static String key(FigureCheck f) {
        return f.id().toString();
    }

    /** The tolerance accepted: {@code exact}, or the amount (its convention is on the figure). */
    private static String tolerance(FigureCheck c) {
        if (c.tolerance() == null || c.tolerance().signum() == 0) {
            return "exact";
        }
        return HtmlPage.figure(c.tolerance());
    }

    private void inferredInputs(StringBuilder b) {
        b.append("<h2 id=\"inputs\">Inferred inputs</h2>\n<p class=\"note\">Not printed on the statement: inferred from what it prints "
                + "(the printed figures they consume are marked INPUT), or taken from a period data file.</p>\n");
        b.append("<div class=\"scroll\"><table class=\"inputs\"><thead><tr><th>input</th><th class=\"num\">value</th><th>method</th></tr>")
                .append("</thead><tbody>\n");
        for (InferredInput i : report.inferredInputs()) {
            b.append("<tr><td class=\"id\">").append(HtmlPage.escape(i.id())).append("</td><td class=\"num\">").append(HtmlPage.money(i.value()))
                    .append("</td><td class=\"reason\">").append(linkIds(i.method())).append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n");
    }

    private void conventions(StringBuilder b) {
        b.append("<h2 id=\"conventions\">Conventions in force</h2>\n<ul class=\"conventions\">\n");
        for (String c : report.conventions()) {
            b.append("<li>").append(HtmlPage.escape(c)).append("</li>\n");
        }
        b.append("</ul>\n<p class=\"note\">A tolerance exists only where one of these conventions justifies it; the figure names "
                + "which.</p>\n");
    }

    /** Click a figure (or a link to one) to see its check; the legend's boxes switch each status's colour on and off. */
    private static final String SCRIPT = """
            (function () {
              'use strict';
              var detail = document.getElementById('detail');
              var selected = null;
              var fields = [['status', 'status'], ['line', 'line'], ['reported', 'printed'], ['computed', 'computed'],
                ['difference', 'difference'], ['tolerance', 'tolerance'], ['convention', 'convention']];
              function show(fig) {
                if (selected) { selected.classList.remove('selected'); }
                selected = fig;
                fig.classList.add('selected');
                detail.textContent = '';
                var id = document.createElement('strong');
                id.textContent = fig.dataset.id;
                id.style.marginRight = '14px';
                detail.appendChild(id);
                fields.forEach(function (f) {
                  var v = fig.dataset[f[0]];
                  if (!v) { return; }
                  var k = document.createElement('span');
                  k.className = 'k';
                  k.textContent = f[1];
                  var val = document.createElement('span');
                  val.className = 'v';
                  val.textContent = v;
                  detail.appendChild(k);
                  detail.appendChild(val);
                });
                var reason = document.createElement('div');
                reason.textContent = fig.title.substring(fig.title.indexOf(': ') + 2);
                detail.appendChild(reason);
              }
              document.addEventListener('click', function (e) {
                var link = e.target.closest('a.goto, a.chip');
                var fig = link ? document.getElementById(link.getAttribute('href').substring(1)) : e.target.closest('pre .fig');
                if (!fig) { return; }
                if (link) {
                  e.preventDefault();
                  fig.scrollIntoView({block: 'center'});
                }
                show(fig);
              });
              document.addEventListener('keydown', function (e) {
                if (e.key === 'Enter' && e.target.classList && e.target.classList.contains('fig')) { show(e.target); }
              });
              document.querySelectorAll('#legend input[data-status]').forEach(function (box) {
                box.addEventListener('change', function () {
                  document.body.classList.toggle('hide-' + box.dataset.status, !box.checked);
                });
              });
            })();
            """;
}
