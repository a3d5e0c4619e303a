package org.waterfall.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.deal.yaml.PeriodDataYamlReader;
import org.waterfall.report.VerificationHtml;
import org.waterfall.statement.StatementParser;
import org.waterfall.statement.TrusteeStatement;
import org.waterfall.verify.ChainReport;
import org.waterfall.verify.ChainVerifier;
import org.waterfall.verify.VerificationReport;
import org.waterfall.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code waterfall verify DEAL_YAML STATEMENT...}: recompute each month and check every printed figure; several
 * statements (or a directory of them) are verified as a series, each month after the first from the previous one.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Recompute the month a trustee statement reports from the deal definition, and check every printed figure.",
            "Each figure is TIED_OUT, a DISCREPANCY (with its reason), an INPUT (used to recompute or to infer an unprinted "
                    + "input: not a confirmation), or NOT_RECOMPUTED (with the reason).",
            "Several statements, or a directory of them (*.txt), are verified month after month in distribution-date order: "
                    + "the first month is inferred from itself, each later one takes the previous statement's printed figures "
                    + "as its inputs. A missing month is an error unless --allow-gaps."
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

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "STATEMENT",
            description = "The trustee's statements as filed (text), or directories of them (*.txt).")
    List<Path> statementFiles;

    @Option(names = "--collateral", paramLabel = "FILE",
            description = "Period data (YAML) giving each group's beginning balance and scheduled principal, instead of inferring them (one statement only).")
    Path collateralFile;

    @Option(names = "--allow-gaps", description = "Accept a series with missing months (the month after a gap is inferred from itself).")
    boolean allowGaps;

    @Option(names = "--allow-implausible", description = "Use a --collateral file whose values fail the plausibility bounds "
            + "(gross WAC, implied remaining term; see README).")
    boolean allowImplausible;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json, csv (one row per figure), or html (one statement: a self-contained page, the "
                    + "statement with every figure coloured by its status).")
    OutputFormat format;

    @Option(names = "--brief", description = "Table format: the summary, inputs and discrepancies only, not every figure.")
    boolean brief;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE (whole, or not at all) instead of standard output.")
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        format.requireOneOf(spec, OutputFormat.table, OutputFormat.json, OutputFormat.csv, OutputFormat.html);
        format.refuseUnless(spec, brief, "--brief", OutputFormat.table);
        if (outFile != null) {
            AtomicOutput.requireWritableTarget(outFile);
        }
        ResolvedDeal deal = DealYamlReader.read(dealFile).resolve();
        List<Path> files = statements();
        if (files.size() > 1 && collateralFile != null) {
            throw new UserInputException("--collateral gives one month's period data: verify one statement with it, not "
                    + files.size());
        }
        boolean single = files.size() == 1 && statementFiles.size() == 1 && !Files.isDirectory(statementFiles.get(0));
        if (format == OutputFormat.html && !single) {
            throw new UserInputException("--format html shows one statement: give one statement file (a chain is reported as "
                    + "table, json or csv)");
        }
        List<TrusteeStatement> statements = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(StatementParser.readText(f));
            statements.add(StatementParser.parse(f.toString(), texts.get(texts.size() - 1)));
        }
        String text;
        boolean tiesOut;
        if (single) {
            VerificationReport report;
            if (collateralFile != null) {
                PeriodCollateral period = PeriodDataYamlReader.readPeriodData(collateralFile, deal, allowImplausible).collateral();
                report = Verifier.verify(deal, statements.get(0), period, collateralFile.toString());
            } else {
                report = Verifier.verify(deal, statements.get(0));
            }
            text = switch (format) {
                case json -> VerificationReportWriter.json(report);
                case csv -> VerificationReportWriter.csv(List.of(report));
                case html -> VerificationHtml.html(report, statements.get(0), StatementParser.lines(texts.get(0)));
                default -> VerificationReportWriter.table(report, brief);
            };
            tiesOut = report.tiesOut();
        } else {
            ChainReport chain = ChainVerifier.verify(deal, statements, allowGaps);
            text = switch (format) {
                case json -> VerificationReportWriter.json(chain);
                case csv -> VerificationReportWriter.csv(chain.months());
                default -> VerificationReportWriter.table(chain, brief);
            };
            tiesOut = chain.tiesOut();
        }
        AtomicOutput.write(text, outFile, spec.commandLine().getOut());
        return tiesOut ? ExitCode.OK.code() : ExitCode.DIFFERENCES.code();
    }

    /** The statement files: each file as given, each directory's *.txt files by name. */
    private List<Path> statements() {
        List<Path> files = new ArrayList<>();
        for (Path p : statementFiles) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (Stream<Path> listing = Files.list(p)) {
                List<Path> found = listing.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                        .sorted().toList();
                if (found.isEmpty()) {
                    throw new UserInputException(p + ": no statements (*.txt) in the directory");
                }
                files.addAll(found);
            } catch (IOException e) {
                throw new UserInputException(p + ": cannot list the directory (" + e.getMessage() + ")");
            }
        }
        return files;
    }
}
