package org.waterfall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.waterfall.analytics.CashflowYield;
import org.waterfall.analytics.PriceOrYield;
import org.waterfall.analytics.Cashflows;
import org.waterfall.analytics.PricingInput;
import org.waterfall.analytics.Quote;
import org.waterfall.deal.yaml.RemicYamlReader;
import org.waterfall.remic.ClassFlows;
import org.waterfall.remic.RemicDeal;
import org.waterfall.remic.RemicRun;

/**
 * {@code price} for a REMIC deal file: a class bought at settlement at a price in percent of its original balance (or
 * notional), under each prepayment speed and index path, as the supplement's yield tables assume. Accrued interest
 * runs from the first of the settlement month for a delay class, from the distribution date before settlement for a
 * no-delay (floating) class, 30/360.
 */
final class IssuancePricing {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private IssuancePricing() {
    }

    /** One run's quotes. */
    record RunQuotes(RemicRun run, ClassFlows flows, PricingInput input, List<Quote> quotes) {
    }

    static int price(PriceCommand command) {
        RemicDeal deal = RemicYamlReader.read(command.dealFile);
        if (command.start != null) {
            throw new UserInputException("--from/--start: " + deal.id() + " is a REMIC priced from issuance; it takes no statement or period file");
        }
        if (command.settlement.given()) {
            throw new UserInputException("--settle: a REMIC is priced at its settlement date " + deal.settlement());
        }
        int c = deal.classIndex(command.className);
        boolean exchangeable = deal.exchangeables().stream().anyMatch(e -> e.name().equals(command.className));
        if (c < 0 && !exchangeable) {
            throw new UserInputException("--class: the deal " + deal.id() + " has no class '" + command.className + "'");
        }
        List<PriceOrYield> asked = command.quoting.quotes();
        if (command.outFile != null) {
            AtomicOutput.requireWritableTarget(command.outFile);
        }
        boolean delay = c < 0 || deal.classes().get(c).delay();
        LocalDate accrualStart = delay ? deal.settlement().withDayOfMonth(1) : deal.firstDistribution().minusMonths(1);
        if (accrualStart.isAfter(deal.settlement())) {
            accrualStart = deal.settlement().withDayOfMonth(1);
        }
        List<RunQuotes> rows = new ArrayList<>();
        for (RemicRun run : IssuanceProjection.runs(deal, command.scenarioOptions, command.indexOptions)) {
            ClassFlows flows = run.flows(command.className);
            PricingInput in = new PricingInput(flows.original().doubleValue(), flows.rates().get(0).doubleValue(), accrualStart,
                    deal.settlement(), cashflows(run, flows));
            List<Quote> quotes = new ArrayList<>();
            for (PriceOrYield q : asked) {
                quotes.add(quote(in, q));
            }
            rows.add(new RunQuotes(run, flows, in, quotes));
        }
        String text = command.format == OutputFormat.json ? json(deal, rows) : table(deal, rows, asked, delay);
        AtomicOutput.write(text, command.outFile, command.spec.commandLine().getOut());
        command.spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    /**
     * A quote, or null when no yield above -200% gives the price (an inverse IO whose coupon is floored at zero on a
     * high index path receives little more than its first period's interest): the table prints {@code n/a}.
     */
    private static Quote quote(PricingInput in, PriceOrYield asked) {
        try {
            return asked.quote(in);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The class's cash (interest plus principal) on each distribution date, dollars. */
    static Cashflows cashflows(RemicRun run, ClassFlows flows) {
        double[] amounts = new double[run.dates().size()];
        for (int k = 0; k < amounts.length; k++) {
            amounts[k] = flows.cash(k).doubleValue();
        }
        return new Cashflows(run.dates(), amounts);
    }

    private static String table(RemicDeal deal, List<RunQuotes> rows, List<PriceOrYield> asked, boolean delay) {
        StringBuilder s = new StringBuilder();
        RunQuotes first = rows.get(0);
        PricingInput in = first.input();
        s.append(String.format(Locale.ROOT, "waterfall price: class %s of %s, from issuance, settlement %s%n", first.flows().name(), deal.id(),
                in.settlement()));
        s.append(String.format(Locale.ROOT, "  face:      %s (original %s)%n", ProjectionTableWriter.money(first.flows().original()),
                first.flows().notional() ? "notional" : "balance"));
        s.append(String.format(Locale.ROOT, "  coupon:    %.6f%% (first period); %s class: accrues 30/360 from %s, %d days%n", in.couponPercent(),
                delay ? "delay" : "no-delay", in.accrualStart(), CashflowYield.days30360(in.accrualStart(), in.settlement())));
        s.append("  yield:     cash-flow yield, monthly compounding, quoted bond-equivalent; each payment discounted from its ")
                .append("distribution date; prices clean, percent of face").append(System.lineSeparator()).append(System.lineSeparator());
        List<String> heads = rows.stream().map(r -> r.run().name() + (deal.hasIndexLinkedClasses() ? ", " + r.run().index().label() : "")).toList();
        row(s, "", heads);
        for (int i = 0; i < asked.size(); i++) {
            final int k = i;
            boolean byPrice = asked.get(k).kind() == PriceOrYield.Kind.PRICE;
            row(s, asked.get(k).label(), rows.stream().map(r -> cell(r.quotes().get(k), "%.6f",
                    byPrice ? Quote::yieldPercent : Quote::cleanPrice)).toList());
            row(s, "  modified duration", rows.stream().map(r -> cell(r.quotes().get(k), "%.4f", Quote::modifiedDuration)).toList());
        }
        row(s, "WAL (years)", rows.stream().map(r -> ProjectionTableWriter.wal(r.run().wal(r.flows()))).toList());
        return s.toString();
    }

    private static String cell(Quote q, String format, java.util.function.ToDoubleFunction<Quote> figure) {
        return q == null ? "n/a" : String.format(Locale.ROOT, format, figure.applyAsDouble(q));
    }

    private static void row(StringBuilder s, String label, List<String> cells) {
        s.append("  ").append(label).append(" ".repeat(Math.max(1, 24 - label.length())));
        for (String c : cells) {
            int w = Math.max(12, c.length());
            s.append(' ').append(" ".repeat(Math.max(0, w - c.length()))).append(c);
        }
        s.append(System.lineSeparator());
    }

    /**
     * {@code {"deal", "class", "settlement", "accrualStart", "face", "coupon", "scenarios": [{"name", "prepayment", "index",
     * "wal", "quotes": [{"price", "yield", "accruedInterest", "modifiedDuration"}]}]}}.
     */
    private static String json(RemicDeal deal, List<RunQuotes> rows) {
        ObjectNode root = JSON.createObjectNode();
        RunQuotes first = rows.get(0);
        root.put("deal", deal.id());
        root.put("class", first.flows().name());
        root.put("settlement", first.input().settlement().toString());
        root.put("accrualStart", first.input().accrualStart().toString());
        root.put("face", first.flows().original().toPlainString());
        root.put("coupon", first.input().couponPercent());
        ArrayNode scenarios = root.putArray("scenarios");
        for (RunQuotes r : rows) {
            ObjectNode n = scenarios.addObject();
            n.put("name", r.run().name());
            n.put("prepayment", r.run().prepayment().label());
            n.put("index", r.run().index().label());
            Double wal = r.run().wal(r.flows());
            if (wal == null) {
                n.putNull("wal");
            } else {
                n.put("wal", wal);
            }
            ArrayNode quotes = n.putArray("quotes");
            for (Quote q : r.quotes()) {
                if (q == null) {
                    quotes.addNull();
                    continue;
                }
                ObjectNode m = quotes.addObject();
                m.put("price", q.cleanPrice());
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
