package org.waterfall.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.waterfall.analytics.PriceOrYield;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealKind;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.projection.ScenarioPlan;
import org.waterfall.projection.ScenarioResult;
import org.waterfall.projection.ScenarioSummary;
import org.waterfall.projection.StartState;
import org.waterfall.report.ProjectionHtml;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code waterfall project DEAL_YAML (--from STATEMENT | --start PERIOD_YAML) [--scenarios DECK | scenario options]}:
 * project the deal forward under each scenario and write the summary across scenarios (table, CSV, workbook), the
 * monthly cash flows (CSV, JSON, workbook) or the decrement tables.
 */
@Command(
        name = "project",
        mixinStandardHelpOptions = true,
        description = {
            "Project the deal forward from a statement (or a month's period data) under prepayment and loss scenarios, "
                    + "month by month on the same one-period engine verify uses.",
            "Scenarios come from a deck file (--scenarios) or from lists (--cpr 0,10,30,60, --psa, --cdr, --sda, --severity), "
                    + "every combination of which runs; scenarios that would run the same projection run once. In parallel.",
            "Within a month: defaults off the beginning performing balance, then scheduled principal on the survivors, then "
                    + "prepayments (SMM) on what remains; defaulted loans are liquidated after --lag months at (1 - severity)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the projection ran", "2:trouble: a file cannot be read, the deal, statement or deck is invalid, or an option is wrong"})
public final class ProjectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DEAL_YAML", description = "The deal definition, e.g. deals/boams-2002-k/deal.yaml.")
    Path dealFile;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    StartOptions start;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Mixin
    IndexOptions indexOptions;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    QuoteOptions quote;

    @Mixin
    SettlementOption settlement;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", split = ",",
            description = "table (default): each scenario's classes and the summary across scenarios; csv: the summary, a row per "
                    + "scenario and class (with --cashflows, the monthly cash flows); json: every scenario's monthly cash flows; "
                    + "xlsx: a workbook of the summary and a sheet of monthly cash flows per scenario (needs --out); html: one "
                    + "self-contained page with charts, the summary and the decrement tables. For a REMIC deal file: table, the "
                    + "lives (with --decrement the supplement's tables); csv and json, every class's monthly flows; xlsx, the "
                    + "lives, the decrement tables and a sheet of flows per scenario; html, the assumptions, balance charts, lives "
                    + "and decrement tables. Several, comma-separated, with --out: the scenarios run once for all of them.")
    List<OutputFormat> formats;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write to files in DIR (which must exist) instead of standard output: table, projection.txt; csv, "
                    + "summary.csv and with --cashflows one file of cash flows per scenario; json, projection.json; xlsx, "
                    + "projection.xlsx; html, projection.html. Each file is written whole, then moved into place.")
    Path outDir;

    @Option(names = "--decrement", description = "Table format: add a decrement table per class (percent of the starting balance "
            + "outstanding on each anniversary, and WAL, by scenario).")
    boolean decrement;

    @Option(names = "--cashflows", description = "CSV format: the monthly cash flows of every class and group (with --out, one "
            + "file per scenario beside summary.csv; without, one table with a scenario column instead of the summary).")
    boolean cashflows;

    @Spec
    CommandSpec spec;

    /** The writer of each format; a format without one is refused. */
    private static final Map<OutputFormat, ProjectionWriter> WRITERS = writers();

    private static Map<OutputFormat, ProjectionWriter> writers() {
        Map<OutputFormat, ProjectionWriter> w = new EnumMap<>(OutputFormat.class);
        w.put(OutputFormat.table, r -> List.of(OutputFile.text("projection.txt", ProjectionTableWriter.table(r))));
        w.put(OutputFormat.json, r -> List.of(OutputFile.text("projection.json", ProjectionJsonWriter.json(r.deal(), r.results()))));
        w.put(OutputFormat.csv, ProjectCommand::csvFiles);
        w.put(OutputFormat.xlsx, r -> List.of(OutputFile.binary("projection.xlsx", ProjectionWorkbookWriter.xlsx(r))));
        w.put(OutputFormat.html, r -> List.of(OutputFile.text("projection.html", ProjectionHtml.html(r.deal(), r.start(), r.results(),
                r.summaries(), ProjectionTableWriter.MODEL, ProjectionTableWriter.WAL_BASIS))));
        return w;
    }

    @Override
    public Integer call() {
        if (DealKind.of(dealFile) == DealKind.REMIC) {
            return IssuanceProjection.project(this);
        }
        requireStart(start, indexOptions);
        checkOptions();
        ResolvedDeal deal = DealYamlReader.read(dealFile).resolve();
        StartState startState = start.load(deal, scenarioOptions.termMethod(), scenarioOptions.allowImplausible);
        ScenarioPlan.Distinct plans = scenarioOptions.plans(deal, startState);
        PriceOrYield quoting = quote == null ? null : quote.quoting();
        java.time.LocalDate settle = settlement.settlement(startState);
        if (outDir != null) {
            AtomicOutput.requireDirectory(outDir);
        }
        // the summary needs no monthly flows unless it quotes; a 1,000-scenario table or summary CSV stays small
        boolean keep = quoting != null || cashflows || formats.contains(OutputFormat.json) || formats.contains(OutputFormat.xlsx)
                || formats.contains(OutputFormat.html);
        List<ScenarioResult> results;
        try (ProjectionProgressWriter progress = ProjectionProgressWriter.start(spec.commandLine().getErr(), plans.plans().size())) {
            results = ScenarioPlan.runAll(deal, startState, keep, plans.plans(), progress);
        }
        List<ScenarioSummary> summaries = ScenarioSummary.of(results, quoting, settle);
        ProjectionReport report = new ProjectionReport(deal, startState, results, summaries, quoting, settle, decrement, cashflows,
                outDir != null);
        // everything is rendered before anything is written: only I/O can fail from here, and each file is whole
        List<OutputFile> files = new ArrayList<>();
        for (OutputFormat format : formats) {
            files.addAll(WRITERS.get(format).render(report));
        }
        AtomicOutput.writeAll(files, outDir, spec.commandLine().getOut());
        if (outDir != null) {
            for (OutputFile f : files) {
                spec.commandLine().getOut().println(outDir.resolve(f.name()));
            }
        }
        for (String note : plans.notes()) {
            spec.commandLine().getErr().println("waterfall: note: " + note);
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return ExitCode.OK.code();
    }

    /** A deal that is not a REMIC starts from a statement or period data, and has no index. */
    static void requireStart(StartOptions start, IndexOptions index) {
        if (start == null) {
            throw new UserInputException("--from or --start is required: only a REMIC deal file (kind: remic) runs from issuance");
        }
        if (index.given()) {
            throw new UserInputException("--index/--index-vector: only a REMIC deal file (kind: remic) has index-linked classes");
        }
    }

    /** Options that do not apply to the chosen formats are refused, not ignored. */
    private void checkOptions() {
        formats = List.copyOf(new java.util.LinkedHashSet<>(formats));
        for (OutputFormat format : formats) {
            format.requireOneOf(spec, WRITERS.keySet().toArray(new OutputFormat[0]));
        }
        refuseUnless(decrement, "--decrement", OutputFormat.table);
        refuseUnless(cashflows, "--cashflows", OutputFormat.csv);
        refuseUnless(quote != null, quote != null && quote.price != null ? "--price" : "--yield", OutputFormat.table, OutputFormat.csv,
                OutputFormat.xlsx, OutputFormat.html);
        if (settlement.given() && quote == null) {
            throw new ParameterException(spec.commandLine(), "--settle: applies to quotes only: give --price or --yield");
        }
        if (outDir == null && formats.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--format " + names(formats) + ": several formats need --out DIR");
        }
        for (OutputFormat format : formats) {
            if (format.binary() && outDir == null) {
                throw new ParameterException(spec.commandLine(), "--format " + format + ": a workbook needs --out DIR");
            }
        }
    }

    private void refuseUnless(boolean given, String option, OutputFormat... applies) {
        if (given && formats.stream().noneMatch(List.of(applies)::contains)) {
            throw new ParameterException(spec.commandLine(), option + ": applies to --format "
                    + names(List.of(applies)).replace(",", " or ") + " only, not " + names(formats));
        }
    }

    private static String names(List<OutputFormat> formats) {
        return String.join(",", formats.stream().map(Enum::name).toList());
    }

    private static List<OutputFile> csvFiles(ProjectionReport r) {
        List<OutputFile> files = new ArrayList<>();
        if (!r.cashflows()) {
            files.add(OutputFile.text("summary.csv", SummaryCsvWriter.csv(r.summaries())));
        } else if (!r.toDirectory()) {
            files.add(OutputFile.text("projection.csv", ProjectionCsvWriter.csv(r.results(), true)));
        } else {
            files.add(OutputFile.text("summary.csv", SummaryCsvWriter.csv(r.summaries())));
            for (int i = 0; i < r.results().size(); i++) {
                files.add(OutputFile.text(ProjectionCsvWriter.fileName(i, r.results().size(), r.results().get(i).scenario()),
                        ProjectionCsvWriter.csv(List.of(r.results().get(i)), false)));
            }
        }
        return files;
    }
}
