package org.waterfall.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.deal.yaml.PeriodDataYamlReader;
import org.waterfall.engine.PeriodResult;
import org.waterfall.inference.DealMatch;
import org.waterfall.render.MonthAfter;
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
 * DEAL --after STATEMENT --collateral NEXT.yaml}: the next month, from the servicer's period data.
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
                    + "the statement."
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

    @Option(names = "--out", paramLabel = "FILE", description = "Write the statement to FILE (whole, or not at all) instead of standard output.")
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((statementFile == null) == (afterFile == null)) {
            throw new UserInputException("give either STATEMENT (the month recomputed) or --after STATEMENT (the next month)");
        }
        if (afterFile != null && collateralFile == null) {
            throw new UserInputException("--after needs --collateral FILE: the period data of the month to render");
        }
        ResolvedDeal deal = DealYamlReader.read(dealFile).resolve();
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
}
