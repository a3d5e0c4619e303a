package org.waterfall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.waterfall.analytics.CashflowYield;
import org.waterfall.analytics.PricingInput;
import org.waterfall.analytics.Quote;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.projection.ClassProjection;
import org.waterfall.projection.ProjectionRunner;
import org.waterfall.projection.Projector;
import org.waterfall.projection.Scenario;
import org.waterfall.projection.ScenarioResult;
import org.waterfall.projection.StartState;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code waterfall price DEAL_YAML (--from STATEMENT | --start PERIOD_YAML) --class A1 [scenario options]
 * (--price LIST | --yield LIST)}: yield from price or price from yield for one class under each scenario, with
 * accrued interest, WAL and modified duration: the price/yield table.
 */
@Command(
        name = "price",
        mixinStandardHelpOptions = true,
        description = {
            "Price a class from a yield, or find its yield from a price, under each scenario of the projection options.",
            "Yields are cash-flow yields (monthly compounding) quoted bond-equivalent; each payment is discounted from its "
                    + "distribution date (the 19-day delay after the accrual month); prices are clean, percent of the face at "
                    + "settlement; accrued interest is 30/360 from the first of the accrual month."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:priced", "2:trouble: a file cannot be read, the deal or statement is invalid, or an option is wrong"})
public final class PriceCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(index = "0", paramLabel = "DEAL_YAML", description = "The deal definition.")
    Path dealFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    ProjectCommand.StartOptions start;

    @Mixin
    ProjectCommand.ScenarioOptions scenarioOptions;

    @Option(names = "--class", paramLabel = "CLASS", required = true, description = "The class to price, e.g. A1.")
    String className;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Quoting quoting;

    @Option(names = "--settle", paramLabel = "DATE",
            description = "Settlement date (yyyy-mm-dd), from the start date to the end of its accrual month; default the start date.")
    LocalDate settle;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or json.")
    VerifyCommand.ReportFormat format;

    @Spec
    CommandSpec spec;

    /** Either prices or yields. */
    static final class Quoting {
        @Option(names = "--price", paramLabel = "LIST", split = ",", required = true,
                description = "Clean prices, percent of face: solve for the yield.")
        List<BigDecimal> prices;

        @Option(names = "--yield", paramLabel = "LIST", split = ",", required = true,
                description = "Bond-equivalent yields, percent: solve for the price.")
        List<BigDecimal> yields;
    }

    /** One scenario's quotes. */
    record ScenarioQuotes(ScenarioResult result, ClassProjection projection, PricingInput input, List<Quote> quotes) {
    }

    @Override
    public Integer call() {
        ResolvedDeal deal = DealYamlReader.read(dealFile).resolve();
        int c = deal.classIndex(className);
        if (c < 0) {
            throw new UserInputException("--class: the deal " + deal.deal().id() + " has no class '" + className + "'");
        }
        boolean byPrice = quoting.prices != null;
        for (BigDecimal p : byPrice ? quoting.prices : quoting.yields) {
            if (byPrice && p.signum() <= 0) {
                throw new UserInputException("--price: a price must be positive: " + p.toPlainString());
            }
            if (!byPrice && p.compareTo(BigDecimal.valueOf(-200)) <= 0) {
                throw new UserInputException("--yield: a yield must be above -200: " + p.toPlainString());
            }
        }
        List<Scenario> scenarios = scenarioOptions.scenarios();
        StartState startState = start.load(deal, scenarioOptions.termMethod(), scenarioOptions.allowImplausible);
        if (startState.classBalances().get(c).signum() == 0 && !deal.isInterestOnly(c)) {
            throw new UserInputException("--class: class " + className + " has no balance after " + startState.asOf());
        }
        Projector projector = scenarioOptions.projector(deal, startState, true);
        List<ScenarioResult> results;
        try (ProjectionProgressWriter progress = ProjectionProgressWriter.start(spec.commandLine().getErr(), scenarios.size())) {
            results = ProjectionRunner.runAll(projector, scenarios, progress);
        }
        List<ScenarioQuotes> table = new ArrayList<>();
        for (ScenarioResult r : results) {
            ClassProjection cp = r.classProjection(className);
            if (cp.startingBalance().signum() == 0) {
                throw new UserInputException("--class: class " + className + " has no balance or notional after " + startState.asOf());
            }
            LocalDate settlement = settlement(startState, cp);
            PricingInput in = cp.pricingInput(settlement);
            List<Quote> quotes = new ArrayList<>();
            try {
                for (BigDecimal v : byPrice ? quoting.prices : quoting.yields) {
                    quotes.add(byPrice ? CashflowYield.yieldFromPrice(in, v.doubleValue()) : CashflowYield.priceFromYield(in, v.doubleValue()));
                }
            } catch (IllegalArgumentException e) {
                throw new UserInputException((byPrice ? "--price: " : "--yield: ") + e.getMessage() + " (" + r.scenario().name() + ")");
            }
            table.add(new ScenarioQuotes(r, cp, in, quotes));
        }
        String text = format == VerifyCommand.ReportFormat.json ? json(deal, startState, table) : table(deal, startState, table, byPrice);
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    private LocalDate settlement(StartState startState, ClassProjection cp) {
        LocalDate accrualStart = cp.accrualStart();
        LocalDate last = accrualStart.plusMonths(1).minusDays(1);
        LocalDate s = settle == null ? startState.asOf() : settle;
        if (s.isBefore(startState.asOf()) || s.isAfter(last)) {
            throw new UserInputException("--settle: " + s + " must be from the start date " + startState.asOf() + " to " + last
                    + ", the end of the first projected payment's accrual month");
        }
        return s;
    }

    static String table(ResolvedDeal deal, StartState start, List<ScenarioQuotes> rows, boolean byPrice) {
        StringBuilder s = new StringBuilder();
        ScenarioQuotes first = rows.get(0);
        ClassProjection cp = first.projection();
        PricingInput in = first.input();
        Quote q0 = first.quotes().get(0);
        s.append(String.format(Locale.ROOT, "waterfall price: class %s of %s, after the %s distribution (date %d)%n", cp.name(),
                deal.deal().id(), start.asOf(), start.asOfDateNumber()));
        s.append(String.format(Locale.ROOT, "  face:      %s (%s) at settlement %s%n", ProjectionTableWriter.money(cp.startingBalance()),
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
        int w = 10;
        for (String n : names) {
            w = Math.max(w, n.length());
        }
        int labelWidth = 26;
        row(s, labelWidth, "", names, w);
        int n = first.quotes().size();
        for (int i = 0; i < n; i++) {
            final int k = i;
            if (byPrice) {
                String label = "yield at " + plain(first.quotes().get(k).cleanPrice());
                row(s, labelWidth, label, rows.stream().map(r -> String.format(Locale.ROOT, "%.6f", r.quotes().get(k).yieldPercent())).toList(), w);
            } else {
                String label = "price at " + plain(first.quotes().get(k).yieldPercent());
                row(s, labelWidth, label, rows.stream().map(r -> String.format(Locale.ROOT, "%.6f", r.quotes().get(k).cleanPrice())).toList(), w);
            }
            row(s, labelWidth, "  modified duration", rows.stream().map(r -> String.format(Locale.ROOT, "%.4f", r.quotes().get(k).modifiedDuration())).toList(), w);
        }
        row(s, labelWidth, "WAL (years)", rows.stream().map(r -> ProjectionTableWriter.wal(r.projection().wal())).toList(), w);
        row(s, labelWidth, "first principal", rows.stream().map(r -> ProjectionTableWriter.date(r.projection().firstPrincipalDate())).toList(), w);
        row(s, labelWidth, "last principal", rows.stream().map(r -> ProjectionTableWriter.date(r.projection().lastPrincipalDate())).toList(), w);
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
    static String json(ResolvedDeal deal, StartState start, List<ScenarioQuotes> rows) {
        ObjectNode root = JSON.createObjectNode();
        ScenarioQuotes first = rows.get(0);
        PricingInput in = first.input();
        root.put("deal", deal.deal().id());
        root.put("class", first.projection().name());
        root.put("asOf", start.asOf().toString());
        root.put("settlement", in.settlement().toString());
        root.put("accrualStart", in.accrualStart().toString());
        root.put("accruedDays", CashflowYield.days30360(in.accrualStart(), in.settlement()));
        root.put("face", first.projection().startingBalance().toPlainString());
        root.put("coupon", in.couponPercent());
        root.put("yieldBasis", "cash-flow yield, monthly compounding, bond-equivalent");
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioQuotes r : rows) {
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
