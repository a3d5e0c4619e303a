package org.waterfall.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.waterfall.analytics.PriceOrYield;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.projection.Breakeven;
import org.waterfall.projection.ProjectionOptions;
import org.waterfall.projection.Projector;
import org.waterfall.projection.ScenarioPlan;
import org.waterfall.projection.StartState;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code waterfall breakeven DEAL_YAML --from STATEMENT --class B1 [--cpr 10,30 --severity 40 ...] [--curve sda]
 * [--price P]}: for each scenario of the options (without a default speed), the smallest default speed at which the
 * class takes its first loss, the collateral loss at that speed, and optionally the speed at which its yield at the
 * price falls to zero.
 */
@Command(
        name = "breakeven",
        mixinStandardHelpOptions = true,
        description = {
            "Solve the default speed (CDR, or SDA with --curve sda) at which a class takes its first cent of principal loss, "
                    + "under each scenario of the options (prepayment, severity, lag, call, rate paths; not the default speed, "
                    + "which is solved). Reports the collateral's cumulative realized loss over the projection at that speed.",
            "With --price, also the speed at which the class's yield at that price falls to zero. Speeds are solved with "
                    + "Commons Math's bracketing Brent solver to 0.0001, each trial a whole projection."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:solved", "2:trouble: a file cannot be read, the deal or statement is invalid, or an option is wrong"})
public final class BreakevenCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DEAL_YAML", description = "The deal definition.")
    Path dealFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    StartOptions start;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--class", paramLabel = "CLASS", required = true, description = "The class, e.g. B1.")
    String className;

    @Option(names = "--curve", paramLabel = "CURVE", defaultValue = "cdr", description = "cdr (default) or sda: the default curve to solve.")
    CurveChoice curve;

    @Option(names = "--loss-threshold", paramLabel = "DOLLARS", defaultValue = "1.00", converter = OptionConverters.Number.class,
            description = "The class loss that counts as its first loss, dollars (default 1.00: the first dollar; at least 0.01).")
    BigDecimal threshold;

    @Option(names = "--price", paramLabel = "PRICE", converter = OptionConverters.Price.class,
            description = "Also solve the speed at which the yield at this clean price (decimal or 32nds) falls to zero.")
    BigDecimal price;

    @Mixin
    SettlementOption settlement;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or json.")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (whole, or not at all) instead of standard output.")
    Path outFile;

    @Spec
    CommandSpec spec;

    /** Choices for {@code --curve}. */
    enum CurveChoice {
        cdr(Breakeven.Curve.CDR), sda(Breakeven.Curve.SDA);

        final Breakeven.Curve curve;

        CurveChoice(Breakeven.Curve curve) {
            this.curve = curve;
        }
    }

    @Override
    public Integer call() {
        format.requireOneOf(spec, OutputFormat.table, OutputFormat.json);
        if (scenarioOptions.anyDefaults()) {
            throw new ParameterException(spec.commandLine(), "--cdr/--sda/--cdr-vector: breakeven solves the default speed; leave them out");
        }
        if (settlement.given() && price == null) {
            throw new ParameterException(spec.commandLine(), "--settle: applies to the zero-yield speed only: give --price");
        }
        if (threshold.compareTo(new BigDecimal("0.01")) < 0) {
            throw new ParameterException(spec.commandLine(), "--loss-threshold: at least a cent (0.01), not " + threshold.toPlainString());
        }
        if (outFile != null) {
            AtomicOutput.requireWritableTarget(outFile);
        }
        ResolvedDeal deal = DealYamlReader.read(dealFile).resolve();
        int c = deal.classIndex(className);
        if (c < 0) {
            throw new UserInputException("--class: the deal " + deal.deal().id() + " has no class '" + className + "'");
        }
        if (deal.isInterestOnly(c)) {
            throw new UserInputException("--class: class " + className + " is interest-only: it has no principal to lose");
        }
        StartState startState = start.load(deal, scenarioOptions.termMethod(), scenarioOptions.allowImplausible);
        ScenarioPlan.Distinct plans = scenarioOptions.plans(deal, startState);
        for (ScenarioPlan p : plans.plans()) {
            if (!p.scenario().assumptions().defaults().isZero()
                    || p.scenario().groupOverrides().values().stream().anyMatch(a -> !a.defaults().isZero())) {
                throw new UserInputException("--scenarios: scenario '" + p.scenario().name() + "' has a default speed; breakeven solves it");
            }
        }
        if (startState.classBalances().get(c).signum() == 0) {
            throw new UserInputException("--class: class " + className + " has no balance after " + startState.asOf());
        }
        LocalDate settle = settlement.settlement(startState);
        PriceOrYield quoting = price == null ? null : PriceOrYield.price(price.doubleValue());
        List<Breakeven.Result> results = new ArrayList<>();
        try (ProjectionProgressWriter progress = ProjectionProgressWriter.start(spec.commandLine().getErr(), plans.plans().size())) {
            for (ScenarioPlan p : plans.plans()) {
                Projector projector = new Projector(deal, startState, new ProjectionOptions(p.ratePaths(), quoting != null));
                results.add(Breakeven.solve(projector, p.scenario(), className, curve.curve, threshold, quoting, settle));
                progress.accept(results.size());
            }
        }
        String text = format == OutputFormat.json ? BreakevenWriter.json(deal, startState, className, threshold, plans.plans(), results, quoting, settle)
                : BreakevenWriter.table(deal, startState, className, threshold, plans.plans(), results, quoting, settle);
        AtomicOutput.write(text, outFile, spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
