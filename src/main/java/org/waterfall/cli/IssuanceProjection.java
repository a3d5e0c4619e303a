package org.waterfall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.waterfall.analytics.DecrementTable;
import org.waterfall.analytics.PrintedDecrement;
import org.waterfall.deal.yaml.RemicYamlReader;
import org.waterfall.projection.Speed;
import org.waterfall.remic.ClassFlows;
import org.waterfall.remic.CollateralGroup;
import org.waterfall.remic.IndexRate;
import org.waterfall.remic.LoanLine;
import org.waterfall.remic.RemicDeal;
import org.waterfall.remic.RemicDecrements;
import org.waterfall.remic.RemicProjector;
import org.waterfall.remic.RemicRun;
import org.waterfall.report.RemicHtml;

/**
 * {@code project} for a REMIC deal file ({@code kind: remic}): runs from issuance under the deal's own pricing
 * assumptions (settlement, first distribution date, loan lines), one run per prepayment speed and index path, and
 * renders the lives, the supplement's decrement tables, or the monthly flows.
 */
final class IssuanceProjection {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private IssuanceProjection() {
    }

    /** Runs {@code project}'s options on a REMIC deal file. */
    static int project(ProjectCommand command) {
        RemicDeal deal = RemicYamlReader.read(command.dealFile);
        if (command.start != null) {
            throw new UserInputException("--from/--start: " + deal.id() + " is a REMIC run from issuance; it takes no statement or period file");
        }
        if (command.quote != null || command.settlement.given()) {
            throw new UserInputException("--price/--yield/--settle: quote a REMIC class with 'waterfall price'");
        }
        if (command.cashflows) {
            throw new UserInputException("--cashflows: a REMIC run's CSV always has every class's monthly flows");
        }
        List<OutputFormat> formats = List.copyOf(new java.util.LinkedHashSet<>(command.formats));
        for (OutputFormat f : formats) {
            f.requireOneOf(command.spec, OutputFormat.table, OutputFormat.json, OutputFormat.csv, OutputFormat.html, OutputFormat.xlsx);
            if (f.binary() && command.outDir == null) {
                throw new UserInputException("--format " + f + ": a workbook needs --out DIR");
            }
        }
        if (formats.size() > 1 && command.outDir == null) {
            throw new UserInputException("--format: several formats need --out DIR");
        }
        if (command.outDir != null) {
            AtomicOutput.requireDirectory(command.outDir);
        }
        List<RemicRun> runs = runs(deal, command.scenarioOptions, command.indexOptions);
        List<OutputFile> files = new ArrayList<>();
        for (OutputFormat f : formats) {
            files.add(switch (f) {
                case table -> OutputFile.text("projection.txt", table(deal, runs, command.decrement));
                case json -> OutputFile.text("projection.json", json(deal, runs, command.decrement));
                case csv -> OutputFile.text("projection.csv", csv(runs));
                case html -> OutputFile.text("projection.html", RemicHtml.html(deal, runs, names(runs)));
                case xlsx -> OutputFile.binary("projection.xlsx", RemicWorkbookWriter.xlsx(runs, names(runs)));
                default -> throw new IllegalStateException("format " + f);
            });
        }
        AtomicOutput.writeAll(files, command.outDir, command.spec.commandLine().getOut());
        if (command.outDir != null) {
            for (OutputFile f : files) {
                command.spec.commandLine().getOut().println(command.outDir.resolve(f.name()));
            }
        }
        command.spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    /**
     * One run per prepayment speed, default speed and index path, in that order of nesting.
     *
     * @throws UserInputException for an option a REMIC run from issuance has no use for
     */
    static List<RemicRun> runs(RemicDeal deal, ScenarioOptions options, IndexOptions index) {
        refuseUnused(options);
        List<IndexRate> paths = index.paths(deal.impliedIndex());
        if (index.given() && !deal.hasIndexLinkedClasses()) {
            throw new UserInputException("--index: " + deal.id() + " has no floating-rate class");
        }
        List<Speed> prepayments = new ArrayList<>();
        for (List<Speed> l : List.of(options.cpr, options.psa, options.smm, options.cprVectors, options.psaVectors)) {
            prepayments.addAll(l);
        }
        if (prepayments.isEmpty()) {
            prepayments.add(Speed.ZERO_CPR);
        }
        List<Speed> defaults = new ArrayList<>();
        for (List<Speed> l : List.of(options.cdr, options.sda, options.cdrVectors)) {
            defaults.addAll(l);
        }
        if (defaults.isEmpty()) {
            defaults.add(Speed.ZERO_CDR);
        }
        List<RemicRun> runs = new ArrayList<>();
        for (Speed prepayment : prepayments) {
            for (Speed def : defaults) {
                for (IndexRate path : paths) {
                    runs.add(RemicProjector.run(deal, prepayment, def, path));
                }
            }
        }
        return runs;
    }

    private static void refuseUnused(ScenarioOptions o) {
        if (!o.severity.isEmpty() || o.lag != null) {
            throw new UserInputException("--severity/--lag: agency collateral is guaranteed: a defaulted loan's principal is repaid at par");
        }
        if (o.deckFile != null || o.delinquency != null || o.call != null || !o.groupCpr.isEmpty() || !o.groupPsa.isEmpty()) {
            throw new UserInputException("--scenarios/--delinquency/--call/--group-cpr/--group-psa: a REMIC run from issuance takes "
                    + "prepayment and default speeds (--psa, --cpr, --smm, --cdr, --sda and their vectors) and index paths only");
        }
        if (!o.wacPaths.isEmpty() || !o.arms.isEmpty() || o.armFile != null) {
            throw new UserInputException("--wac-path/--arm/--arm-file: a REMIC's loan lines carry their own rates");
        }
        if (o.termChoice != ScenarioOptions.TermChoice.implied) {
            throw new UserInputException("--term: a REMIC's loan lines carry their own remaining terms");
        }
    }

    /** A run's column name: the speed, and the index when the deal has floating classes and more than one path. */
    static String name(RemicRun r, boolean withIndex) {
        return withIndex ? r.name() + ", " + r.index().label() : r.name();
    }

    /** Every run's column name, as {@link #name} gives it. */
    static List<String> names(List<RemicRun> runs) {
        boolean withIndex = manyIndexes(runs);
        return runs.stream().map(r -> name(r, withIndex)).toList();
    }

    private static boolean manyIndexes(List<RemicRun> runs) {
        return runs.stream().map(RemicRun::index).distinct().count() > 1;
    }

    static String table(RemicDeal deal, List<RemicRun> runs, boolean decrement) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "waterfall project: %s (%s), from issuance: settlement %s, first distribution %s%n", deal.id(),
                deal.name(), deal.settlement(), deal.firstDistribution()));
        for (CollateralGroup g : deal.groups()) {
            s.append(String.format(Locale.ROOT, "  group %s: %s%n", g.id(), lines(g.lines())));
            for (CollateralGroup.SpeedLines sl : g.atSpeed()) {
                s.append(String.format(Locale.ROOT, "    at %s: %s%n", sl.speed().label(), lines(sl.lines())));
            }
        }
        if (deal.hasIndexLinkedClasses()) {
            s.append("  index: ").append(String.join("; ", runs.stream().map(r -> r.index().label()).distinct().toList()))
                    .append(System.lineSeparator());
        }
        s.append("  WAL: years from settlement to each distribution date (30/360, SIA), cash principal only; a notional class's ")
                .append("life is its notional's").append(System.lineSeparator()).append(System.lineSeparator());
        boolean withIndex = manyIndexes(runs);
        List<String> heads = runs.stream().map(r -> name(r, withIndex)).toList();
        s.append("WAL (years) by scenario").append(System.lineSeparator());
        row(s, "class", heads);
        for (int c = 0; c < runs.get(0).classes().size(); c++) {
            final int k = c;
            row(s, runs.get(0).classes().get(c).name(), runs.stream().map(r -> PrintedDecrement.wal(r.wal(r.classes().get(k)))).toList());
        }
        if (decrement) {
            List<DecrementTable> tables = RemicDecrements.tables(runs);
            for (DecrementTable t : tables) {
                s.append(System.lineSeparator()).append("Percent of original ")
                        .append(runs.get(0).flows(t.className()).notional() ? "notional" : "balance").append(" outstanding: class ")
                        .append(t.className()).append(System.lineSeparator());
                row(s, "Date", heads);
                for (int d = 0; d < t.dates().size(); d++) {
                    String label = d == 0 ? "Initial Percent" : month(t.dates().get(d));
                    row(s, label, t.percents().get(d).stream().map(PrintedDecrement::percent).toList());
                }
                row(s, "WAL (years)", t.wals().stream().map(PrintedDecrement::wal).toList());
            }
        }
        return s.toString();
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }

    private static String lines(List<LoanLine> lines) {
        List<String> parts = new ArrayList<>();
        for (LoanLine l : lines) {
            parts.add(String.format(Locale.ROOT, "%s %s at %s%% (%s%% pass-through), %d of %d months left, age %d", l.name(),
                    ProjectionTableWriter.money(l.balance()), l.loanRate().toPlainString(), l.passThroughRate().toPlainString(),
                    l.remainingTerm(), l.originalTerm(), l.age()));
        }
        return String.join("; ", parts);
    }

    private static void row(StringBuilder s, String label, List<String> cells) {
        s.append("  ").append(label).append(" ".repeat(Math.max(1, 17 - label.length())));
        for (String c : cells) {
            int w = Math.max(8, c.length());
            s.append(' ').append(" ".repeat(Math.max(0, w - c.length()))).append(c);
        }
        s.append(System.lineSeparator());
    }

    /**
     * {@code {"deal", "name", "settlement", "firstDistributionDate", "scenarios": [{"name", "prepayment", "index", "classes":
     * [{"name", "original", "notional", "wal", "totalPrincipal", "totalInterest", "lastPrincipalDate"}], "decrementTable":
     * {"dates", "classes": [{"name", "percent", "wal"}]}}]}}: amounts as decimal strings, WAL full precision, the decrement
     * table's values as printed.
     */
    static String json(RemicDeal deal, List<RemicRun> runs, boolean decrement) {
        ObjectNode root = JSON.createObjectNode();
        root.put("deal", deal.id());
        root.put("name", deal.name());
        root.put("settlement", deal.settlement().toString());
        root.put("firstDistributionDate", deal.firstDistribution().toString());
        List<DecrementTable> tables = decrement ? RemicDecrements.tables(runs) : List.of();
        List<LocalDate> dates = decrement ? RemicDecrements.dates(runs) : List.of();
        ArrayNode scenarios = root.putArray("scenarios");
        for (int i = 0; i < runs.size(); i++) {
            RemicRun r = runs.get(i);
            ObjectNode n = scenarios.addObject();
            n.put("name", name(r, manyIndexes(runs)));
            n.put("prepayment", r.prepayment().label());
            n.put("defaults", r.defaults().label());
            n.put("index", r.index().label());
            ArrayNode classes = n.putArray("classes");
            for (ClassFlows c : r.classes()) {
                ObjectNode cn = classes.addObject();
                cn.put("name", c.name());
                cn.put("original", c.original().toPlainString());
                cn.put("notional", c.notional());
                Double wal = r.wal(c);
                if (wal == null) {
                    cn.putNull("wal");
                } else {
                    cn.put("wal", wal);
                }
                cn.put("totalPrincipal", c.totalPrincipal().toPlainString());
                cn.put("totalInterest", c.totalInterest().toPlainString());
                cn.put("lastPrincipalDate", lastPrincipal(r, c));
            }
            if (decrement) {
                decrementTable(n.putObject("decrementTable"), tables, dates, i);
            }
        }
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the projection as JSON", e);
        }
    }

    private static void decrementTable(ObjectNode node, List<DecrementTable> tables, List<LocalDate> dates, int column) {
        ArrayNode d = node.putArray("dates");
        dates.forEach(x -> d.add(x.toString()));
        ArrayNode classes = node.putArray("classes");
        for (DecrementTable t : tables) {
            ObjectNode c = classes.addObject();
            c.put("name", t.className());
            ArrayNode p = c.putArray("percent");
            for (int k = 1; k <= dates.size(); k++) {
                p.add(k < t.percents().size() ? PrintedDecrement.percent(t.percents().get(k).get(column)) : "0");
            }
            Double wal = t.wals().get(column);
            if (wal == null) {
                c.putNull("wal");
            } else {
                c.put("wal", PrintedDecrement.wal(wal));
            }
        }
    }

    private static String lastPrincipal(RemicRun r, ClassFlows c) {
        for (int k = c.principal().size() - 1; k >= 0; k--) {
            if (c.principal().get(k).signum() != 0) {
                return r.dates().get(k).toString();
            }
        }
        return null;
    }

    /** One row per scenario, date and class: {@code scenario,date,class,rate,interest,accrual,principal,balance}. */
    static String csv(List<RemicRun> runs) {
        StringBuilder s = new StringBuilder("scenario,date,class,rate,interest,accrual,principal,balance").append(System.lineSeparator());
        boolean withIndex = manyIndexes(runs);
        for (RemicRun r : runs) {
            String name = "\"" + name(r, withIndex) + "\"";
            for (int k = 0; k < r.dates().size(); k++) {
                for (ClassFlows c : r.classes()) {
                    s.append(name).append(',').append(r.dates().get(k)).append(',').append(c.name()).append(',')
                            .append(c.rates().get(k).stripTrailingZeros().toPlainString()).append(',')
                            .append(c.interest().get(k).toPlainString()).append(',').append(c.accrual().get(k).toPlainString()).append(',')
                            .append(c.principal().get(k).toPlainString()).append(',').append(c.ending().get(k).toPlainString())
                            .append(System.lineSeparator());
                }
            }
        }
        return s.toString();
    }
}
