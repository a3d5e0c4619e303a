package org.waterfall.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.deal.yaml.PeriodDataYamlReader;
import org.waterfall.projection.ArmSpec;
import org.waterfall.projection.GroupAssumptions;
import org.waterfall.projection.ProjectionOptions;
import org.waterfall.projection.ProjectionRunner;
import org.waterfall.projection.Projector;
import org.waterfall.projection.RateAssumption;
import org.waterfall.projection.RateAssumptions;
import org.waterfall.projection.Scenario;
import org.waterfall.projection.ScenarioGrid;
import org.waterfall.projection.ScenarioResult;
import org.waterfall.projection.Speed;
import org.waterfall.projection.StartState;
import org.waterfall.projection.TermMethod;
import org.waterfall.report.ProjectionHtml;
import org.waterfall.statement.StatementParser;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code waterfall project DEAL_YAML (--from STATEMENT | --start PERIOD_YAML) [scenario options]}: project the deal
 * forward under every combination of the given speeds, and print each scenario's class summaries (table), its
 * monthly cash flows (CSV, JSON), or the decrement tables.
 */
@Command(
        name = "project",
        mixinStandardHelpOptions = true,
        description = {
            "Project the deal forward from a statement (or the first month's period data) under prepayment and loss scenarios, "
                    + "month by month on the same one-period engine verify uses.",
            "Lists (--cpr 0,10,30,60, --psa, --cdr, --sda, --severity) run every combination, in parallel.",
            "Within a month: defaults off the beginning performing balance, then scheduled principal on the survivors, then "
                    + "prepayments (SMM) on what remains; defaulted loans are liquidated after --lag months at (1 - severity)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the projection ran", "2:trouble: a file cannot be read, the deal or statement is invalid, or an option is wrong"})
public final class ProjectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DEAL_YAML", description = "The deal definition, e.g. deals/boams-2002-k/deal.yaml.")
    Path dealFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    StartOptions start;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), csv, json, or html (one self-contained page with charts).")
    Format format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write to files in DIR instead of standard output: csv, one file per scenario; json, projection.json; "
                    + "table, projection.txt; html, projection.html. Each file is written whole to a temporary file, then moved into place.")
    Path outDir;

    @Option(names = "--decrement", description = "Table format: add a decrement table per class (percent of the starting balance "
            + "outstanding on each anniversary, and WAL, by scenario).")
    boolean decrement;

    @Spec
    CommandSpec spec;

    /** Output formats of a projection. */
    public enum Format { table, csv, json, html }

    @Override
    public Integer call() {
        ResolvedDeal deal = DealYamlReader.read(dealFile).resolve();
        List<Scenario> scenarios = scenarioOptions.scenarios();
        StartState startState = start.load(deal, scenarioOptions.termMethod(), scenarioOptions.allowImplausible);
        boolean keep = format != Format.table;
        Projector projector = scenarioOptions.projector(deal, startState, keep);
        List<ScenarioResult> results;
        try (ProjectionProgressWriter progress = ProjectionProgressWriter.start(spec.commandLine().getErr(), scenarios.size())) {
            results = ProjectionRunner.runAll(projector, scenarios, progress);
        }
        Map<String, String> files = new LinkedHashMap<>();
        switch (format) {
            case table -> files.put("projection.txt", ProjectionTableWriter.table(deal, startState, results, decrement));
            case json -> files.put("projection.json", ProjectionJsonWriter.json(results));
            case html -> files.put("projection.html", ProjectionHtml.html(deal, startState, results, ProjectionTableWriter.MODEL,
                    ProjectionTableWriter.WAL_BASIS));
            case csv -> {
                if (outDir == null) {
                    files.put("projection.csv", ProjectionCsvWriter.csv(results, true));
                } else {
                    for (int i = 0; i < results.size(); i++) {
                        files.put(ProjectionCsvWriter.fileName(i, results.size(), results.get(i).scenario()),
                                ProjectionCsvWriter.csv(List.of(results.get(i)), false));
                    }
                }
            }
            default -> throw new IllegalStateException("format " + format);
        }
        // everything is rendered before anything is written: only I/O can fail from here, and each file is whole
        for (Map.Entry<String, String> f : files.entrySet()) {
            AtomicOutput.write(f.getValue(), outDir == null ? null : outDir.resolve(f.getKey()), spec.commandLine().getOut());
        }
        if (outDir != null) {
            for (String name : files.keySet()) {
                spec.commandLine().getOut().println(outDir.resolve(name));
            }
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    /** Where the projection starts: after a statement, or after the first month of period data. */
    static final class StartOptions {
        @Option(names = "--from", paramLabel = "STATEMENT", required = true,
                description = "Start after this trustee statement's distribution: the printed ending class balances, each group's "
                        + "ending balance and WAC, and the remaining term implied from the month (as verify infers it).")
        Path statementFile;

        @Option(names = "--start", paramLabel = "PERIOD_YAML", required = true,
                description = "Start after the month of this period data file (the first distribution date only: its classes "
                        + "begin at their original balances).")
        Path periodFile;

        StartState load(ResolvedDeal deal, TermMethod method, boolean allowImplausible) {
            if (statementFile != null) {
                return StartState.fromStatement(deal, StatementParser.parse(statementFile), method);
            }
            PeriodDataYamlReader.PeriodData period = PeriodDataYamlReader.readPeriodData(periodFile, deal, allowImplausible);
            return StartState.fromPeriodData(deal, period.collateral(), period.classBalances(), periodFile.toString(), method);
        }
    }

    /** The scenario options, shared by {@code project} and {@code price}. */
    public static final class ScenarioOptions {
        @Option(names = "--cpr", paramLabel = "LIST", split = ",", description = "Constant prepayment rates, percent per annum.")
        List<BigDecimal> cpr = new ArrayList<>();

        @Option(names = "--psa", paramLabel = "LIST", split = ",", description = "PSA prepayment speeds, percent (on loan age).")
        List<BigDecimal> psa = new ArrayList<>();

        @Option(names = "--smm", paramLabel = "LIST", split = ",", description = "Single monthly mortality rates, percent per month.")
        List<BigDecimal> smm = new ArrayList<>();

        @Option(names = "--cpr-vector", paramLabel = "V1,V2,...",
                description = "A CPR by projected month (the last carries on); one scenario per option; repeatable.")
        List<String> cprVectors = new ArrayList<>();

        @Option(names = "--psa-vector", paramLabel = "V1,V2,...", description = "A PSA speed by projected month; repeatable.")
        List<String> psaVectors = new ArrayList<>();

        @Option(names = "--cdr", paramLabel = "LIST", split = ",", description = "Constant default rates, percent per annum of the performing balance.")
        List<BigDecimal> cdr = new ArrayList<>();

        @Option(names = "--sda", paramLabel = "LIST", split = ",", description = "SDA default speeds, percent (on loan age).")
        List<BigDecimal> sda = new ArrayList<>();

        @Option(names = "--cdr-vector", paramLabel = "V1,V2,...", description = "A CDR by projected month; repeatable.")
        List<String> cdrVectors = new ArrayList<>();

        @Option(names = "--severity", paramLabel = "LIST", split = ",",
                description = "Loss severities, percent of the defaulted balance (default 35).")
        List<BigDecimal> severity = new ArrayList<>();

        @Option(names = "--lag", paramLabel = "N", defaultValue = "12", description = "Months from default to liquidation (default 12).")
        int lag;

        @Option(names = "--delinquency", paramLabel = "PCT", defaultValue = "0",
                description = "Performing balance 60+ days delinquent, percent, for the delinquency test (default 0).")
        BigDecimal delinquency;

        @Option(names = "--call", paramLabel = "PCT",
                description = "Clean-up call at this percent of the original pool balance (default: no call).")
        BigDecimal call;

        @Option(names = "--group-cpr", paramLabel = "G=PCT", description = "A group's CPR in every scenario, e.g. 3=40; repeatable.")
        List<String> groupCpr = new ArrayList<>();

        @Option(names = "--group-psa", paramLabel = "G=PCT", description = "A group's PSA speed in every scenario; repeatable.")
        List<String> groupPsa = new ArrayList<>();

        @Option(names = "--term", paramLabel = "METHOD", defaultValue = "implied",
                description = "Remaining term: implied (from the start month's scheduled principal; default) or contractual "
                        + "(original term less the dates elapsed).")
        TermChoice termChoice;

        @Option(names = "--wac-path", paramLabel = "G=W1,W2,...",
                description = "A group's gross WAC by projected month, percent (the last carries on); repeatable.")
        List<String> wacPaths = new ArrayList<>();

        @Option(names = "--arm", paramLabel = "G=SPEC",
                description = "Hybrid ARM cohorts for a group: G=index:I1/I2/...,margin:M,first:N,every:N,cap:C,life:L"
                        + "[,share:S,rate:R,firstcap:C,lifeover:L,floor:F,round:eighth|none], cohorts separated by ';' (see README); "
                        + "repeatable, one per group.")
        List<String> arms = new ArrayList<>();

        @Option(names = "--arm-file", paramLabel = "YAML", description = "Hybrid ARM cohorts by group from a YAML file (see README).")
        Path armFile;

        @Option(names = "--allow-implausible", description = "Run with a start file or rates that fail the plausibility bounds "
                + "(gross WAC, implied remaining term; see README).")
        boolean allowImplausible;

        /** Choices for {@code --term}. */
        public enum TermChoice { implied, contractual }

        /** Every combination the options name, in input order. @throws UserInputException naming the option */
        public List<Scenario> scenarios() {
            List<Speed> prepayments = new ArrayList<>();
            addConstants(prepayments, Speed.Kind.CPR, cpr, "--cpr");
            addConstants(prepayments, Speed.Kind.PSA, psa, "--psa");
            addConstants(prepayments, Speed.Kind.SMM, smm, "--smm");
            addVectors(prepayments, Speed.Kind.CPR, cprVectors, "--cpr-vector");
            addVectors(prepayments, Speed.Kind.PSA, psaVectors, "--psa-vector");
            if (prepayments.isEmpty()) {
                prepayments.add(Speed.ZERO_CPR);
            }
            List<Speed> defaults = new ArrayList<>();
            addConstants(defaults, Speed.Kind.CDR, cdr, "--cdr");
            addConstants(defaults, Speed.Kind.SDA, sda, "--sda");
            addVectors(defaults, Speed.Kind.CDR, cdrVectors, "--cdr-vector");
            if (defaults.isEmpty()) {
                defaults.add(Speed.ZERO_CDR);
            }
            List<BigDecimal> severities = severity.isEmpty() ? List.of(GroupAssumptions.NONE.severityPercent()) : severity;
            GroupAssumptions base = GroupAssumptions.NONE;
            for (BigDecimal s : severities) {
                option("--severity", () -> base.withSeverity(s));
            }
            GroupAssumptions withLag = option("--lag", () -> base.withRecoveryLag(lag));
            GroupAssumptions withDelinquency = option("--delinquency", () -> withLag.withDelinquency(delinquency));
            Map<String, Speed> groupSpeeds = new LinkedHashMap<>();
            groupSpeeds(groupSpeeds, Speed.Kind.CPR, groupCpr, "--group-cpr");
            groupSpeeds(groupSpeeds, Speed.Kind.PSA, groupPsa, "--group-psa");
            return rates().named(option("--call",
                    () -> ScenarioGrid.combine(prepayments, defaults, severities, withDelinquency, groupSpeeds, call)));
        }

        /** A projector for the options' rate paths. @throws UserInputException naming the option */
        public Projector projector(ResolvedDeal deal, StartState start, boolean keepCashflows) {
            RateAssumptions rates = rates();
            rates.check(deal, start, allowImplausible);
            for (String entry : concat(groupCpr, groupPsa)) {
                String g = groupEntry(entry, "--group-cpr/--group-psa")[0];
                if (deal.groupIndex(g) < 0) {
                    throw new UserInputException("--group-cpr/--group-psa: the deal has no group '" + g + "'");
                }
            }
            return new Projector(deal, start, new ProjectionOptions(rates.paths(), keepCashflows));
        }

        /** How to find each group's remaining term. */
        public TermMethod termMethod() {
            return termChoice == TermChoice.contractual ? TermMethod.CONTRACTUAL : TermMethod.IMPLIED;
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }

        private RateAssumptions rates;

        /** Every group's rate assumption from --wac-path, --arm and --arm-file (read once); two for one group are refused. */
        private RateAssumptions rates() {
            if (rates != null) {
                return rates;
            }
            List<RateAssumption> all = new ArrayList<>();
            wacPaths.forEach(e -> all.add(RateAssumption.parseWacPath(e)));
            arms.forEach(e -> all.add(ArmSpec.parseOption(e)));
            if (armFile != null) {
                all.addAll(ArmSpec.readFile(armFile));
            }
            rates = RateAssumptions.of(all);
            return rates;
        }

        private static void addConstants(List<Speed> out, Speed.Kind kind, List<BigDecimal> values, String option) {
            for (BigDecimal v : values) {
                out.add(option(option, () -> Speed.of(kind, v.doubleValue())));
            }
        }

        private static void addVectors(List<Speed> out, Speed.Kind kind, List<String> vectors, String option) {
            for (String vector : vectors) {
                String[] parts = vector.split(",");
                double[] values = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    values[i] = number(parts[i], option).doubleValue();
                }
                out.add(option(option, () -> new Speed(kind, values)));
            }
        }

        private static void groupSpeeds(Map<String, Speed> out, Speed.Kind kind, List<String> entries, String option) {
            for (String entry : entries) {
                String[] kv = groupEntry(entry, option);
                BigDecimal v = number(kv[1], option);
                if (out.put(kv[0], option(option, () -> Speed.of(kind, v.doubleValue()))) != null) {
                    throw new UserInputException(option + ": group " + kv[0] + " is given a prepayment speed twice");
                }
            }
        }

        private static String[] groupEntry(String entry, String option) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new UserInputException(option + ": expected GROUP=VALUE, got '" + entry + "'");
            }
            return new String[] {entry.substring(0, eq).trim(), entry.substring(eq + 1).trim()};
        }

        private static BigDecimal number(String text, String option) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                throw new UserInputException(option + ": '" + text.trim() + "' is not a number");
            }
        }

        /** Runs a constructor, turning its validation failure into a one-line error naming the option. */
        private static <T> T option(String option, java.util.function.Supplier<T> build) {
            try {
                return build.get();
            } catch (IllegalArgumentException e) {
                throw new UserInputException(option + ": " + e.getMessage());
            }
        }
    }
}
