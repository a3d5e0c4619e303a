package org.waterfall.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One self-contained HTML page: the shared stylesheet inlined in the head, the body built by a report, and any
 * script inlined at the end. Nothing is loaded from anywhere: the page opens offline. Every piece of text that
 * comes from a file or a computation goes through {@link #escape(String)}.
 */
final class HtmlPage {

    /** The stylesheet both reports share: readable type, tabular figures, status colours with meaning. */
    static final String STYLE = """
            :root { --ink:#1d2733; --muted:#5b6878; --rule:#d9dee5; --panel:#f5f7fa; --accent:#1f5f99;
              --tied:#1e7b45; --tied-bg:#e3f3e8; --disc:#b42318; --disc-bg:#fde7e4; --input:#1f5f99; --input-bg:#e4eef8;
              --notrec:#6b6f76; --notrec-bg:#eceef1; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 14px/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink);
              background: #fff; }
            header.top { background: #16324f; color: #fff; padding: 18px 32px 16px; }
            header.top h1 { margin: 0 0 4px; font-size: 21px; font-weight: 600; letter-spacing: .2px; }
            header.top p { margin: 0; color: #c9d6e4; }
            main { padding: 8px 32px 40px; max-width: 1500px; }
            h2 { font-size: 17px; margin: 26px 0 10px; padding-bottom: 5px; border-bottom: 2px solid var(--rule); }
            h3 { font-size: 15px; margin: 18px 0 8px; }
            p.note, .note { color: var(--muted); font-size: 12.5px; }
            table { border-collapse: collapse; font-size: 13px; }
            th, td { padding: 4px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
            th { background: var(--panel); font-weight: 600; white-space: nowrap; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.id, code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 12.5px; }
            table.decrement td, table.decrement th { text-align: right; font-variant-numeric: tabular-nums; }
            table.decrement td:first-child, table.decrement th:first-child { text-align: left; }
            details.scenarios summary { cursor: pointer; } details.scenarios summary h3 { display: inline-block; }
            table.scenarios td { white-space: nowrap; }
            tr.group th { background: #e9edf2; text-align: left; }
            .scroll { overflow-x: auto; max-width: 100%; }
            .cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 14px 0 6px; }
            .card { border: 1px solid var(--rule); border-radius: 6px; padding: 10px 16px; min-width: 150px; background: #fff; }
            .card .n { font-size: 24px; font-weight: 600; font-variant-numeric: tabular-nums; }
            .card .l { color: var(--muted); font-size: 12.5px; }
            .card.TIED_OUT { border-left: 5px solid var(--tied); } .card.DISCREPANCY { border-left: 5px solid var(--disc); }
            .card.INPUT { border-left: 5px solid var(--input); } .card.NOT_RECOMPUTED { border-left: 5px solid var(--notrec); }
            .bar { display: flex; height: 10px; max-width: 900px; border-radius: 3px; overflow: hidden; margin: 4px 0 8px; }
            .bar span { display: block; min-width: 3px; }
            .bar .TIED_OUT { background: var(--tied); } .bar .DISCREPANCY { background: var(--disc); }
            .bar .INPUT { background: var(--input); } .bar .NOT_RECOMPUTED { background: #9aa1aa; }
            .result { display: inline-block; margin-top: 8px; padding: 3px 10px; border-radius: 4px; font-weight: 600; }
            .result.bad { background: var(--disc-bg); color: var(--disc); } .result.good { background: var(--tied-bg); color: var(--tied); }
            .badge { display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: 11.5px; font-weight: 600; white-space: nowrap; }
            .badge.TIED_OUT { background: var(--tied-bg); color: var(--tied); }
            .badge.DISCREPANCY { background: var(--disc-bg); color: var(--disc); }
            .badge.INPUT { background: var(--input-bg); color: var(--input); }
            .badge.NOT_RECOMPUTED { background: var(--notrec-bg); color: var(--notrec); }
            td.reason { color: #2d3a48; font-size: 12.5px; max-width: 760px; }
            a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
            .follows { margin-top: 4px; }
            .chip { display: inline-block; margin: 2px 4px 0 0; padding: 0 6px; border-radius: 3px; font-size: 12px;
              font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; cursor: pointer; }
            pre.statement { font: 12px/1.4 "DejaVu Sans Mono", "Liberation Mono", monospace; background: #fbfcfd;
              border: 1px solid var(--rule); padding: 10px 0; overflow-x: auto; }
            pre.statement .ln { display: inline-block; width: 4.5em; padding-right: 1em; text-align: right; color: #a3adb9;
              user-select: none; }
            pre.statement .row:target { background: #fff6cf; }
            .fig { border-radius: 2px; cursor: pointer; }
            .fig.TIED_OUT { background: var(--tied-bg); color: var(--tied); }
            .fig.DISCREPANCY { background: #f9c9c2; color: #8a1a10; font-weight: 700; outline: 1px solid var(--disc); }
            .fig.INPUT { background: var(--input-bg); color: var(--input); }
            .fig.NOT_RECOMPUTED { background: var(--notrec-bg); color: var(--notrec); }
            .fig.selected { outline: 2px solid #f2a900; outline-offset: 1px; }
            .legend { display: flex; gap: 16px; flex-wrap: wrap; align-items: center; margin: 6px 0 8px; font-size: 13px; }
            .legend label { cursor: pointer; }
            #detail { position: sticky; top: 0; z-index: 2; background: #fffdf5; border: 1px solid #e8d9a8; border-radius: 6px;
              padding: 8px 14px; margin: 8px 0; font-size: 13px; min-height: 2.2em; }
            #detail .k { color: var(--muted); margin-right: 4px; }
            #detail span.v { margin-right: 14px; font-variant-numeric: tabular-nums; }
            body.hide-TIED_OUT .fig.TIED_OUT, body.hide-INPUT .fig.INPUT, body.hide-NOT_RECOMPUTED .fig.NOT_RECOMPUTED,
            body.hide-DISCREPANCY .fig.DISCREPANCY { background: none; color: inherit; outline: none; font-weight: normal; }
            figure.chart { margin: 10px 0 18px; }
            figure.chart figcaption { font-weight: 600; margin-bottom: 4px; }
            svg.chart { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; background: #fff; }
            svg.chart .axis { stroke: #5b6878; stroke-width: 1; }
            svg.chart .grid { stroke: #e6e9ee; stroke-width: 1; }
            svg.chart text { fill: #3a4654; font-size: 11.5px; }
            svg.chart text.title { font-size: 12px; fill: #5b6878; }
            .tabs { display: flex; gap: 8px; align-items: center; margin: 8px 0; }
            select { font: inherit; padding: 2px 6px; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0; }
            dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
            """;

    private HtmlPage() {
    }

    /** A whole page: doctype, head with title and the stylesheet, the body, and an optional inline script. */
    static String page(String title, String body, String script) {
        StringBuilder s = new StringBuilder(body.length() + STYLE.length() + 1024);
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"waterfall\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append(body);
        if (script != null && !script.isEmpty()) {
            s.append("<script>\n").append(script).append("</script>\n");
        }
        return s.append("</body>\n</html>\n").toString();
    }

    /** Text safe inside an element or a double-quoted attribute: {@code & < > " '} become entities. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            String entity = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity == null) {
                if (s != null) {
                    s.append(ch);
                }
                continue;
            }
            if (s == null) {
                s = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            s.append(entity);
        }
        return s == null ? text : s.toString();
    }

    /** Dollars with thousands separators and cents, e.g. {@code 88,194.74}; blank for null. */
    static String money(BigDecimal v) {
        return v == null ? "" : String.format(Locale.ROOT, "%,.2f", v);
    }

    /**
     * A printed or computed figure as the statement would show it: amounts and counts (scale 0 to 2) with thousands
     * separators and their own decimals, rates and factors as they are; blank for null.
     */
    static String figure(BigDecimal v) {
        if (v == null) {
            return "";
        }
        return v.scale() >= 0 && v.scale() <= 2 ? String.format(Locale.ROOT, "%,." + v.scale() + "f", v) : v.toPlainString();
    }

    /** Years to two decimals (a WAL), or a dash when there is none. */
    static String years(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** An ISO date, or a dash. */
    static String date(LocalDate d) {
        return d == null ? "-" : d.toString();
    }
}
