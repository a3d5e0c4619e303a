package org.waterfall.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.waterfall.analytics.Quote;
import org.waterfall.projection.ScenarioSummary;

/**
 * The summary across scenarios as one CSV: a row per scenario and class. Amounts are plain decimals with the
 * cents; WAL in years (6 decimals); dates {@code yyyy-mm-dd}; price, yield and modified duration only when the run
 * quoted the classes (price percent of face, yield percent bond-equivalent). Empty cells mean "none".
 */
final class SummaryCsvWriter {

    static final List<String> HEADER = List.of("scenarioNumber", "scenario", "class", "interestOnly", "startingBalance", "wal",
            "firstPrincipalDate", "lastPrincipalDate", "totalPrincipal", "totalInterest", "loss", "finalDate", "price", "yield",
            "modifiedDuration");

    private SummaryCsvWriter() {
    }

    static String csv(List<ScenarioSummary> summaries) {
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(new String[0])).setRecordSeparator('\n').get();
        try (CSVPrinter p = new CSVPrinter(out, format)) {
            for (ScenarioSummary s : summaries) {
                for (ScenarioSummary.ClassSummary c : s.classes()) {
                    List<Object> row = new ArrayList<>(HEADER.size());
                    Quote q = c.quote();
                    row.add(s.number());
                    row.add(s.scenario());
                    row.add(c.name());
                    row.add(c.interestOnly());
                    row.add(amount(c.startingBalance()));
                    row.add(c.wal() == null ? "" : String.format(java.util.Locale.ROOT, "%.6f", c.wal()));
                    row.add(date(c.firstPrincipalDate()));
                    row.add(date(c.lastPrincipalDate()));
                    row.add(amount(c.totalPrincipal()));
                    row.add(amount(c.totalInterest()));
                    row.add(amount(c.totalLoss()));
                    row.add(date(c.finalDate()));
                    row.add(q == null ? "" : plain(q.cleanPrice()));
                    row.add(q == null ? "" : plain(q.yieldPercent()));
                    row.add(q == null ? "" : plain(q.modifiedDuration()));
                    p.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String amount(BigDecimal v) {
        return v == null ? "" : (v.scale() < 2 ? v.setScale(2) : v).toPlainString();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).toPlainString();
    }
}
