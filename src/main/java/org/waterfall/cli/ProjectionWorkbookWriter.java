package org.waterfall.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.waterfall.analytics.Quote;
import org.waterfall.projection.ClassCashflow;
import org.waterfall.projection.ClassProjection;
import org.waterfall.projection.ScenarioResult;
import org.waterfall.projection.ScenarioSummary;

/**
 * The projection as an Excel workbook: a {@code Summary} sheet (a row per scenario and class, the columns of the
 * summary CSV) and one sheet of monthly class cash flows per scenario (a row per date, four columns per class).
 * Amounts, WALs, prices and yields are numbers (amounts to the cent, in Excel's general format), dates are dates
 * (formatted {@code yyyy-mm-dd}); a cell is left empty for "none". Sheets are named
 * {@code S1}, {@code S2}, ... then the scenario's name, cut to Excel's 31 characters.
 */
final class ProjectionWorkbookWriter {

    static final String SUMMARY_SHEET = "Summary";
    /** The columns of each class on a scenario's sheet. */
    static final List<String> CASHFLOW_FIELDS = List.of("interest", "principal", "loss", "balance");
    private static final String DATE_FORMAT = "yyyy-mm-dd";

    private ProjectionWorkbookWriter() {
    }

    static byte[] xlsx(ProjectionReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(bytes, "waterfall", "0.1");
            summarySheet(wb.newWorksheet(SUMMARY_SHEET), report.summaries());
            Set<String> used = new HashSet<>(Set.of(SUMMARY_SHEET.toLowerCase(Locale.ROOT)));
            for (int i = 0; i < report.results().size(); i++) {
                cashflowSheet(wb.newWorksheet(sheetName(i + 1, report.results().get(i).scenario().name(), used)), report.results().get(i));
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** {@code S12 10 CPR, 2 CDR...}: unique, at most 31 characters, none of Excel's forbidden {@code []:*?/\}. */
    static String sheetName(int number, String scenario, Set<String> used) {
        String base = ("S" + number + " " + scenario.replaceAll("[\\[\\]:*?/\\\\']", " ")).strip();
        String name = base.length() > 31 ? base.substring(0, 31).strip() : base;
        if (!used.add(name.toLowerCase(Locale.ROOT))) {
            name = "S" + number;
            used.add(name.toLowerCase(Locale.ROOT));
        }
        return name;
    }

    private static void summarySheet(Worksheet ws, List<ScenarioSummary> summaries) {
        header(ws, SummaryCsvWriter.HEADER);
        int r = 1;
        for (ScenarioSummary s : summaries) {
            for (ScenarioSummary.ClassSummary c : s.classes()) {
                Quote q = c.quote();
                ws.value(r, 0, s.number());
                ws.value(r, 1, s.scenario());
                ws.value(r, 2, c.name());
                ws.value(r, 3, c.interestOnly());
                amount(ws, r, 4, c.startingBalance());
                if (c.wal() != null) {
                    ws.value(r, 5, c.wal());
                }
                date(ws, r, 6, c.firstPrincipalDate());
                date(ws, r, 7, c.lastPrincipalDate());
                amount(ws, r, 8, c.totalPrincipal());
                amount(ws, r, 9, c.totalInterest());
                amount(ws, r, 10, c.totalLoss());
                date(ws, r, 11, c.finalDate());
                if (q != null) {
                    ws.value(r, 12, q.cleanPrice());
                    ws.value(r, 13, q.yieldPercent());
                    ws.value(r, 14, q.modifiedDuration());
                }
                r++;
            }
        }
        ws.freezePane(3, 1);
    }

    /**
     * A row per distribution date; for each class with a balance or interest, four columns: interest, principal,
     * loss (with any writedown) and ending balance (notional for an IO class). Dates after every class is paid off
     * are left out.
     */
    private static void cashflowSheet(Worksheet ws, ScenarioResult result) {
        ws.value(0, 0, result.scenario().name());
        List<ClassProjection> classes = result.classes().stream().filter(c -> c.isActive() && !c.cashflows().isEmpty()).toList();
        ws.value(1, 0, "date");
        ws.style(1, 0).bold().set();
        for (int k = 0; k < classes.size(); k++) {
            for (int f = 0; f < CASHFLOW_FIELDS.size(); f++) {
                ws.value(1, 1 + k * CASHFLOW_FIELDS.size() + f, classes.get(k).name() + " " + CASHFLOW_FIELDS.get(f));
                ws.style(1, 1 + k * CASHFLOW_FIELDS.size() + f).bold().set();
            }
        }
        int months = lastMonthWithAnything(classes);
        for (int m = 0; m < months; m++) {
            int r = 2 + m;
            date(ws, r, 0, result.dates().get(m));
            for (int k = 0; k < classes.size(); k++) {
                ClassCashflow f = classes.get(k).cashflows().get(m);
                int c = 1 + k * CASHFLOW_FIELDS.size();
                ws.value(r, c, f.interest());
                ws.value(r, c + 1, f.principal());
                ws.value(r, c + 2, f.totalLoss());
                ws.value(r, c + 3, f.endingBalance());
            }
        }
        ws.freezePane(1, 2);
    }

    private static int lastMonthWithAnything(List<ClassProjection> classes) {
        int last = 0;
        for (ClassProjection c : classes) {
            List<ClassCashflow> flows = c.cashflows();
            for (int m = flows.size() - 1; m >= last; m--) {
                ClassCashflow f = flows.get(m);
                if (f.beginningBalance().signum() != 0 || f.interest().signum() != 0 || f.principal().signum() != 0
                        || f.totalLoss().signum() != 0) {
                    last = m + 1;
                    break;
                }
            }
        }
        return last;
    }

    private static void header(Worksheet ws, List<String> names) {
        for (int c = 0; c < names.size(); c++) {
            ws.value(0, c, names.get(c));
            ws.style(0, c).bold().set();
        }
    }

    private static void amount(Worksheet ws, int r, int c, BigDecimal v) {
        if (v != null) {
            ws.value(r, c, v);
        }
    }

    private static void date(Worksheet ws, int r, int c, LocalDate d) {
        if (d != null) {
            ws.value(r, c, d);
            ws.style(r, c).format(DATE_FORMAT).set();
        }
    }
}
