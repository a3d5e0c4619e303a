package org.waterfall.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.deal.yaml.PeriodDataYamlReader;
import org.waterfall.statement.StatementParser;
import org.waterfall.statement.TrusteeStatement;
import org.waterfall.verify.VerificationReport;
import org.waterfall.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code waterfall verify DEAL_YAML STATEMENT}: recompute the month and check every printed figure. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Recompute the month a trustee statement reports from the deal definition, and check every printed figure.",
            "Each figure is TIED_OUT, a DISCREPANCY (with its reason), an INPUT (used to recompute or to infer an unprinted "
                    + "input: not a confirmation), or NOT_RECOMPUTED (with the reason)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every printed figure ties out",
            "1:differences found",
            "2:trouble: a file cannot be read, or the deal or statement is invalid"
        })
public final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DEAL_YAML", description = "The deal definition, e.g. deals/boams-2002-k/deal.yaml.")
    Path dealFile;

    @Parameters(index = "1", paramLabel = "STATEMENT", description = "The trustee's statement as filed (text).")
    Path statementFile;

    @Option(names = "--collateral", paramLabel = "FILE",
            description = "Period data (YAML) giving each group's beginning balance and scheduled principal, instead of inferring them.")
    Path collateralFile;

    @Option(names = "--allow-implausible", description = "Use a --collateral file whose values fail the plausibility bounds "
            + "(gross WAC, implied remaining term; see README).")
    boolean allowImplausible;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or json.")
    OutputFormat format;

    @Option(names = "--brief", description = "Table format: the summary, inputs and discrepancies only, not every figure.")
    boolean brief;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE (whole, or not at all) instead of standard output.")
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        format.requireOneOf(spec, OutputFormat.table, OutputFormat.json);
        format.refuseUnless(spec, brief, "--brief", OutputFormat.table);
        if (outFile != null) {
            AtomicOutput.requireWritableTarget(outFile);
        }
        ResolvedDeal deal = DealYamlReader.read(dealFile).resolve();
        TrusteeStatement statement = StatementParser.parse(statementFile);
        VerificationReport report;
        if (collateralFile != null) {
            PeriodCollateral period = PeriodDataYamlReader.readPeriodData(collateralFile, deal, allowImplausible).collateral();
            report = Verifier.verify(deal, statement, period, collateralFile.toString());
        } else {
            report = Verifier.verify(deal, statement);
        }
        String text = format == OutputFormat.json ? VerificationReportWriter.json(report) : VerificationReportWriter.table(report, brief);
        AtomicOutput.write(text, outFile, spec.commandLine().getOut());
        return report.tiesOut() ? ExitCode.OK.code() : ExitCode.DIFFERENCES.code();
    }
}
