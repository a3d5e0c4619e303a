package org.waterfall.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.waterfall.projection.ClassCashflow;
import org.waterfall.projection.ClassProjection;
import org.waterfall.projection.GroupCashflow;
import org.waterfall.projection.GroupProjection;
import org.waterfall.projection.Scenario;
import org.waterfall.projection.ScenarioResult;

/**
 * Renders projection cash flows as CSV: one row per class or group and date. The {@code kind} column says what a
 * row is: {@code class}, {@code io} (an interest-only class: the balance columns are its notional) or
 * {@code group} (collateral). Columns that do not apply to a kind are empty. A class's {@code loss} includes any
 * writedown (also shown alone in {@code writedown}); {@code factor} is the ending balance over the original.
 * Amounts are plain decimals, no thousands separators.
 */
final class ProjectionCsvWriter {

    private static final String[] HEADER = {"kind", "name", "date", "beginningBalance", "rate", "interest", "principal", "loss",
        "writedown", "endingBalance", "factor", "scheduledPrincipal", "prepayments", "defaults", "liquidatedBalance",
        "recoveries", "fees"};

    private ProjectionCsvWriter() {
    }

    /**
     * @param results the scenarios to write
     * @param scenarioColumn whether to lead each row with the scenario's name (for several scenarios in one file)
     */
    static String csv(List<ScenarioResult> results, boolean scenarioColumn) {
        List<String> header = new ArrayList<>();
        if (scenarioColumn) {
            header.add("scenario");
        }
        header.addAll(List.of(HEADER));
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(new String[0])).setRecordSeparator('\n').get();
        try (CSVPrinter p = new CSVPrinter(out, format)) {
            for (ScenarioResult r : results) {
                String name = r.scenario().name();
                for (ClassProjection c : r.classes()) {
                    if (!c.isActive()) {
                        continue;
                    }
                    for (ClassCashflow f : c.cashflows()) {
                        List<Object> row = new ArrayList<>();
                        if (scenarioColumn) {
                            row.add(name);
                        }
                        row.addAll(List.of(c.interestOnly() ? "io" : "class", c.name(), f.date(), amount(f.beginningBalance()),
                                plain(f.rate()), amount(f.interest()), amount(f.principal()), amount(f.totalLoss()), amount(f.writedown()),
                                amount(f.endingBalance()), plain(f.factor()), "", "", "", "", "", ""));
                        p.printRecord(row);
                    }
                }
                for (GroupProjection g : r.groups()) {
                    for (GroupCashflow f : g.cashflows()) {
                        List<Object> row = new ArrayList<>();
                        if (scenarioColumn) {
                            row.add(name);
                        }
                        row.addAll(List.of("group", g.group(), f.date(), amount(f.beginningBalance()), plain(f.grossWac()),
                                amount(f.interest()), amount(f.principalCollected()), amount(f.loss()), "", amount(f.endingBalance()), "",
                                amount(f.scheduledPrincipal()), amount(f.prepayments()), amount(f.defaults()), amount(f.liquidatedBalance()),
                                amount(f.recoveries()), amount(f.fees())));
                        p.printRecord(row);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A file name for scenario {@code index} of {@code count}: numbered, so files sort in input order, then the name. */
    static String fileName(int index, int count, Scenario scenario) {
        int digits = Integer.toString(count).length();
        String slug = scenario.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80);
        }
        return String.format(Locale.ROOT, "%0" + digits + "d-%s.csv", index + 1, slug);
    }

    /** A dollar amount as a plain decimal with at least the cents: {@code 0.00}, not {@code 0}. */
    private static String amount(BigDecimal v) {
        return v == null ? "" : (v.scale() < 2 ? v.setScale(2) : v).toPlainString();
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
