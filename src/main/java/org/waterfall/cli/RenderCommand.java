package org.waterfall.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.deal.yaml.PeriodDataYamlReader;
import org.waterfall.engine.PeriodResult;
import org.waterfall.inference.DealMatch;
import org.waterfall.projection.GroupAssumptions;
import org.waterfall.projection.Scenario;
import org.waterfall.projection.Speed;
import org.waterfall.render.MonthAfter;
import org.waterfall.render.ProjectedMonths;
import org.waterfall.render.ServicerData;
import org.waterfall.render.StatementWriter;
import org.waterfall.statement.StatementParser;
import org.waterfall.statement.TrusteeStatement;
import org.waterfall.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code waterfall render DEAL STATEMENT}: the month as the statement should have printed it; {@code waterfall render
 * DEAL --after STATEMENT --collateral NEXT.yaml}: the next month, from the servicer's period data; {@code waterfall
 * render DEAL --after STATEMENT --cpr 20 --months 12 --out DIR}: projected months.
 */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Write a month in the trustee's own layout from the engine's results.",
            "With STATEMENT: the month recomputed as verify recomputes it (inputs inferred, or from --collateral): what the "
                    + "statement should have printed, to compare side by side with the filed one.",
            "With --after STATEMENT --collateral FILE: the following month, the classes starting at the statement's printed "
                    + "ending balances and the collateral from FILE; loan counts, coverage, delinquencies and REO carried from "
                    + "the statement.",
            "With --after STATEMENT and no --collateral: the months a projection from the statement runs (--cpr, --cdr, "
                    + "--severity; --months N, written one file per month into the directory --out)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the month was written",
            "2:trouble: a file cannot be read, or the deal, statement or period data is invalid"
        })
public final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DEAL_YAML", description = "The deal definition.")
    Path dealFile;

    @Parameters(index = "1", arity = "0..1", paramLabel = "STATEMENT", description = "A statement whose month to render as recomputed.")
    Path statementFile;

    @Option(names = "--after", paramLabel = "STATEMENT", description = "Render the month after this statement (needs --collateral).")
    Path afterFile;

    @Option(names = "--collateral", paramLabel = "FILE", description = "Period data (YAML) for the month rendered.")
    Path collateralFile;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the statement to FILE (whole, or not at all) instead of "
            + "standard output; with --months above 1, the directory to write <date>.txt into.")
    Path outFile;

    @Option(names = "--cpr", paramLabel = "PCT", defaultValue = "0", description = "Projected months: prepayment speed, CPR (default 0).")
    double cpr;

    @Option(names = "--cdr", paramLabel = "PCT", defaultValue = "0", description = "Projected months: default speed, CDR (default 0).")
    double cdr;

    @Option(names = "--severity", paramLabel = "PCT", defaultValue = "35", description = "Projected months: loss severity, percent (default 35).")
    java.math.BigDecimal severity;

    @Option(names = "--months", paramLabel = "N", defaultValue = "1", description = "Projected months: how many (default 1).")
    int months;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((statementFile == null) == (afterFile == null)) {
            throw new UserInputException("give either STATEMENT (the month recomputed) or --after STATEMENT (the next month)");
        }
        if (months < 1) {
            throw new UserInputException("--months must be at least 1: " + months);
        }
        if (months > 1 && (afterFile == null || collateralFile != null || outFile == null)) {
            throw new UserInputException("--months above 1 renders projected months: give --after STATEMENT and --out DIR, no --collateral");
        }
        ResolvedDeal deal = DealYamlReader.read(dealFile).resolve();
        if (afterFile != null && collateralFile == null) {
            return projected(deal);
        }
        String text;
        if (statementFile != null) {
            TrusteeStatement st = StatementParser.parse(statementFile);
            PeriodResult month = collateralFile == null ? Verifier.verify(deal, st).recomputed()
                    : Verifier.verify(deal, st, PeriodDataYamlReader.read(collateralFile, deal), collateralFile.toString()).recomputed();
            text = StatementWriter.write(deal, month, ServicerData.printedOn(deal, st));
        } else {
            TrusteeStatement previous = StatementParser.parse(afterFile);
            DealMatch.require(deal, previous);
            PeriodCollateral period = PeriodDataYamlReader.read(collateralFile, deal);
            PeriodResult month = MonthAfter.run(deal, previous, period, collateralFile.toString());
            text = StatementWriter.write(deal, month, ServicerData.carriedFrom(deal, previous));
        }
        AtomicOutput.write(text, outFile, spec.commandLine().getOut());
        return ExitCode.OK.code();
    }

    private Integer projected(ResolvedDeal deal) {
        TrusteeStatement previous = StatementParser.parse(afterFile);
        DealMatch.require(deal, previous);
        Scenario scenario;
        try {
            scenario = Scenario.of(GroupAssumptions.NONE.withPrepayment(Speed.of(Speed.Kind.CPR, cpr))
                    .withDefaults(Speed.of(Speed.Kind.CDR, cdr)).withSeverity(severity));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        List<ProjectedMonths.Month> rendered = ProjectedMonths.render(deal, previous, scenario, months);
        if (months == 1) {
            AtomicOutput.write(rendered.get(0).text(), outFile, spec.commandLine().getOut());
            return ExitCode.OK.code();
        }
        try {
            Files.createDirectories(outFile);
        } catch (IOException e) {
            throw new UserInputException(outFile + ": cannot create the directory (" + e.getMessage() + ")");
        }
        for (ProjectedMonths.Month m : rendered) {
            AtomicOutput.write(m.text(), outFile.resolve(m.distributionDate() + ".txt"), spec.commandLine().getOut());
        }
        return ExitCode.OK.code();
    }
}
