package org.waterfall.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.waterfall.analytics.PriceOrYield;
import org.waterfall.analytics.PricingInput;
import org.waterfall.analytics.Quote;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.projection.ClassProjection;
import org.waterfall.projection.ScenarioPlan;
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
                    + "settlement, in and out as decimals or 32nds (101-16, 101-16+, 101-165); accrued interest is 30/360 from "
                    + "the first of the settlement month."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:priced", "2:trouble: a file cannot be read, the deal or statement is invalid, or an option is wrong"})
public final class PriceCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DEAL_YAML", description = "The deal definition.")
    Path dealFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    StartOptions start;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--class", paramLabel = "CLASS", required = true, description = "The class to price, e.g. A1.")
    String className;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Quoting quoting;

    @Mixin
    SettlementOption settlement;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or json.")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (whole, or not at all) instead of standard output.")
    Path outFile;

    @Spec
    CommandSpec spec;

    /** Either prices or yields. */
    static final class Quoting {
        @Option(names = "--price", paramLabel = "LIST", split = ",", required = true, converter = OptionConverters.Price.class,
                description = "Clean prices, percent of face, as decimals or 32nds (101-16, 101-16+, 101-165): solve for the yield.")
        List<BigDecimal> prices;

        @Option(names = "--yield", paramLabel = "LIST", split = ",", required = true, converter = OptionConverters.Number.class,
                description = "Bond-equivalent yields, percent: solve for the price.")
        List<BigDecimal> yields;

        List<PriceOrYield> quotes() {
            List<PriceOrYield> q = new ArrayList<>();
            if (prices != null) {
                prices.forEach(p -> q.add(PriceOrYield.price(p.doubleValue())));
            } else {
                for (BigDecimal y : yields) {
                    if (y.compareTo(BigDecimal.valueOf(-200)) <= 0) {
                        throw new UserInputException("--yield: a yield must be above -200: " + y.toPlainString());
                    }
                    q.add(PriceOrYield.yield(y.doubleValue()));
                }
            }
            return q;
        }
    }

    /** One scenario's quotes. */
    record ScenarioQuotes(ScenarioResult result, ClassProjection projection, PricingInput input, List<Quote> quotes) {
    }

    @Override
    public Integer call() {
        format.requireOneOf(spec, OutputFormat.table, OutputFormat.json);
        ResolvedDeal deal = DealYamlReader.read(dealFile).resolve();
        int c = deal.classIndex(className);
        if (c < 0) {
            throw new UserInputException("--class: the deal " + deal.deal().id() + " has no class '" + className + "'");
        }
        List<PriceOrYield> asked = quoting.quotes();
        StartState startState = start.load(deal, scenarioOptions.termMethod(), scenarioOptions.allowImplausible);
        ScenarioPlan.Distinct plans = scenarioOptions.plans(deal, startState);
        if (startState.classBalances().get(c).signum() == 0 && !deal.isInterestOnly(c)) {
            throw new UserInputException("--class: class " + className + " has no balance after " + startState.asOf());
        }
        LocalDate settle = settlement.settlement(startState);
        if (outFile != null) {
            AtomicOutput.requireWritableTarget(outFile);
        }
        List<ScenarioResult> results;
        try (ProjectionProgressWriter progress = ProjectionProgressWriter.start(spec.commandLine().getErr(), plans.plans().size())) {
            results = ScenarioPlan.runAll(deal, startState, true, plans.plans(), progress);
        }
        List<ScenarioQuotes> table = new ArrayList<>();
        for (ScenarioResult r : results) {
            ClassProjection cp = r.classProjection(className);
            if (cp.startingBalance().signum() == 0) {
                throw new UserInputException("--class: class " + className + " has no balance or notional after " + startState.asOf());
            }
            PricingInput in;
            try {
                in = cp.pricingInput(settle);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--settle: " + e.getMessage() + " (" + r.scenario().name() + ")");
            }
            List<Quote> quotes = new ArrayList<>();
            for (PriceOrYield q : asked) {
                try {
                    quotes.add(q.quote(in));
                } catch (IllegalArgumentException e) {
                    throw new UserInputException((q.kind() == PriceOrYield.Kind.PRICE ? "--price: " : "--yield: ") + e.getMessage()
                            + " (" + r.scenario().name() + ")");
                }
            }
            table.add(new ScenarioQuotes(r, cp, in, quotes));
        }
        boolean byPrice = quoting.prices != null;
        String text = format == OutputFormat.json ? PriceWriter.json(deal, startState, table) : PriceWriter.table(deal, startState, table, byPrice);
        AtomicOutput.write(text, outFile, spec.commandLine().getOut());
        for (String note : plans.notes()) {
            spec.commandLine().getErr().println("waterfall: note: " + note);
        }
        spec.commandLine().getErr().flush();
        return ExitCode.OK.code();
    }
}
