package org.waterfall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.waterfall.analytics.CashflowYield;
import org.waterfall.analytics.PriceQuote;
import org.waterfall.analytics.PricingInput;
import org.waterfall.analytics.Quote;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.projection.ClassProjection;
import org.waterfall.projection.StartState;

/**
 * Renders {@code price}'s quotes: the price/yield table (prices in 32nds with their decimal) and JSON. The first
 * scenario's pricing input describes the class at settlement (the same in every scenario).
 */
final class PriceWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PriceWriter() {
    }

    static String table(ResolvedDeal deal, StartState start, List<PriceCommand.ScenarioQuotes> rows, boolean byPrice) {
        StringBuilder s = new StringBuilder();
        PriceCommand.ScenarioQuotes first = rows.get(0);
        ClassProjection cp = first.projection();
        PricingInput in = first.input();
        Quote q0 = first.quotes().get(0);
        s.append(String.format(Locale.ROOT, "waterfall price: class %s of %s, after the %s distribution (date %d)%n", cp.name(),
                deal.deal().id(), start.asOf(), start.asOfDateNumber()));
        s.append(String.format(Locale.ROOT, "  face:      %s (%s) at settlement %s%n", ProjectionTableWriter.money(BigDecimal.valueOf(in.face())),
                cp.interestOnly() ? "notional" : "balance", in.settlement()));
        s.append(String.format(Locale.ROOT, "  coupon:    %.6f%% (first projected month); accrues 30/360 from %s: %d days, %.6f per 100 of face%n",
                in.couponPercent(), in.accrualStart(), CashflowYield.days30360(in.accrualStart(), in.settlement()), q0.accruedPercent()));
        s.append("  yield:     cash-flow yield, monthly compounding, quoted bond-equivalent (semi-annual); each payment discounted ")
                .append("from its distribution date (the 19-day delay)").append(System.lineSeparator());
        s.append("  duration:  modified, years, cash flows held fixed; prices clean, percent of face").append(System.lineSeparator());
        s.append("  WAL:       ").append(ProjectionTableWriter.WAL_BASIS).append(System.lineSeparator());
        s.append("  start:     ").append(start.source()).append("; classes: ").append(start.classBalanceBasis()).append(System.lineSeparator());
        s.append(System.lineSeparator());
        List<String> names = rows.stream().map(r -> r.result().scenario().name()).toList();
        List<java.util.Map.Entry<String, List<String>>> table = new java.util.ArrayList<>();
        table.add(java.util.Map.entry("", names));
        int n = first.quotes().size();
        for (int i = 0; i < n; i++) {
            final int k = i;
            if (byPrice) {
                table.add(java.util.Map.entry("yield at " + PriceQuote.thirtySeconds(first.quotes().get(k).cleanPrice()),
                        rows.stream().map(r -> String.format(Locale.ROOT, "%.6f", r.quotes().get(k).yieldPercent())).toList()));
            } else {
                table.add(java.util.Map.entry("price at " + plain(first.quotes().get(k).yieldPercent()),
                        rows.stream().map(r -> PriceQuote.both(r.quotes().get(k).cleanPrice())).toList()));
            }
            table.add(java.util.Map.entry("  modified duration", rows.stream()
                    .map(r -> String.format(Locale.ROOT, "%.4f", r.quotes().get(k).modifiedDuration())).toList()));
        }
        table.add(java.util.Map.entry("WAL (years)", rows.stream().map(r -> ProjectionTableWriter.wal(r.projection().wal())).toList()));
        table.add(java.util.Map.entry("first principal", rows.stream()
                .map(r -> ProjectionTableWriter.date(r.projection().firstPrincipalDate())).toList()));
        table.add(java.util.Map.entry("last principal", rows.stream()
                .map(r -> ProjectionTableWriter.date(r.projection().lastPrincipalDate())).toList()));
        int w = 10;
        for (java.util.Map.Entry<String, List<String>> row : table) {
            for (String c : row.getValue()) {
                w = Math.max(w, c.length());
            }
        }
        for (java.util.Map.Entry<String, List<String>> row : table) {
            row(s, 26, row.getKey(), row.getValue(), w);
        }
        return s.toString();
    }

    private static void row(StringBuilder s, int labelWidth, String label, List<String> cells, int w) {
        s.append("  ").append(label).append(" ".repeat(Math.max(1, labelWidth - label.length())));
        for (String c : cells) {
            s.append(' ').append(" ".repeat(Math.max(0, w - c.length()))).append(c);
        }
        s.append(System.lineSeparator());
    }

    private static String isoOrNull(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * {@code {"deal", "class", "asOf", "settlement", "accrualStart", "accruedDays", "face", "coupon", "scenarios":
     * [{"name", "wal", "firstPrincipalDate", "lastPrincipalDate", "quotes": [{"price", "yield", "accruedInterest",
     * "modifiedDuration"}]}]}}: prices and yields in percent as numbers at full precision, the face and accrued
     * interest as decimal strings.
     */
    static String json(ResolvedDeal deal, StartState start, List<PriceCommand.ScenarioQuotes> rows) {
        ObjectNode root = JSON.createObjectNode();
        PriceCommand.ScenarioQuotes first = rows.get(0);
        PricingInput in = first.input();
        root.put("deal", deal.deal().id());
        root.put("class", first.projection().name());
        root.put("asOf", start.asOf().toString());
        root.put("settlement", in.settlement().toString());
        root.put("accrualStart", in.accrualStart().toString());
        root.put("accruedDays", CashflowYield.days30360(in.accrualStart(), in.settlement()));
        root.put("face", BigDecimal.valueOf(in.face()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        root.put("coupon", in.couponPercent());
        root.put("yieldBasis", "cash-flow yield, monthly compounding, bond-equivalent");
        ArrayNode scenarios = root.putArray("scenarios");
        for (PriceCommand.ScenarioQuotes r : rows) {
            ObjectNode n = scenarios.addObject();
            n.put("name", r.result().scenario().name());
            if (r.projection().wal() == null) {
                n.putNull("wal");
            } else {
                n.put("wal", r.projection().wal());
            }
            n.put("firstPrincipalDate", isoOrNull(r.projection().firstPrincipalDate()));
            n.put("lastPrincipalDate", isoOrNull(r.projection().lastPrincipalDate()));
            ArrayNode quotes = n.putArray("quotes");
            for (Quote q : r.quotes()) {
                ObjectNode m = quotes.addObject();
                m.put("price", q.cleanPrice());
                m.put("price32nds", PriceQuote.thirtySeconds(q.cleanPrice()));
                m.put("yield", q.yieldPercent());
                m.put("accruedInterest", String.format(Locale.ROOT, "%.2f", q.accruedInterest()));
                m.put("modifiedDuration", q.modifiedDuration());
            }
        }
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the prices as JSON", e);
        }
    }
}
