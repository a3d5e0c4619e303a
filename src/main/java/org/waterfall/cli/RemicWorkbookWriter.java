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
import org.waterfall.analytics.DecrementTable;
import org.waterfall.analytics.PrintedDecrement;
import org.waterfall.remic.ClassFlows;
import org.waterfall.remic.RemicDecrements;
import org.waterfall.remic.RemicRun;

/**
 * A REMIC run from issuance as an Excel workbook: a {@code Lives} sheet (each class's weighted average life by
 * scenario), a {@code Decrement} sheet (each class's decrement table as the supplement prints it: whole percents as
 * numbers, {@code *} as text), and one sheet of monthly class flows per scenario (a row per distribution date; rate,
 * interest, accrual, principal and balance for each class). Amounts are numbers to the cent, dates are dates.
 */
final class RemicWorkbookWriter {

    static final String LIVES_SHEET = "Lives";
    static final String DECREMENT_SHEET = "Decrement";
    /** The columns of each class on a scenario's sheet. */
    static final List<String> FLOW_FIELDS = List.of("rate", "interest", "accrual", "principal", "balance");
    private static final String DATE_FORMAT = "yyyy-mm-dd";

    private RemicWorkbookWriter() {
    }

    /**
     * The workbook.
     *
     * @param runs one per scenario
     * @param names each run's scenario name, as the other formats print it
     */
    static byte[] xlsx(List<RemicRun> runs, List<String> names) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(bytes, "waterfall", "0.1");
            lives(wb.newWorksheet(LIVES_SHEET), runs, names);
            decrement(wb.newWorksheet(DECREMENT_SHEET), runs, names);
            Set<String> used = new HashSet<>(Set.of(LIVES_SHEET.toLowerCase(Locale.ROOT), DECREMENT_SHEET.toLowerCase(Locale.ROOT)));
            for (int i = 0; i < runs.size(); i++) {
                flows(wb.newWorksheet(ProjectionWorkbookWriter.sheetName(i + 1, names.get(i), used)), runs.get(i), names.get(i));
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void lives(Worksheet ws, List<RemicRun> runs, List<String> names) {
        bold(ws, 0, 0, "class");
        bold(ws, 0, 1, "original");
        bold(ws, 0, 2, "notional");
        for (int i = 0; i < names.size(); i++) {
            bold(ws, 0, 3 + i, names.get(i) + " WAL");
        }
        List<ClassFlows> classes = runs.get(0).classes();
        for (int c = 0; c < classes.size(); c++) {
            ws.value(1 + c, 0, classes.get(c).name());
            ws.value(1 + c, 1, classes.get(c).original());
            ws.value(1 + c, 2, classes.get(c).notional());
            for (int i = 0; i < runs.size(); i++) {
                Double wal = runs.get(i).wal(runs.get(i).classes().get(c));
                if (wal != null) {
                    ws.value(1 + c, 3 + i, wal);
                }
            }
        }
        ws.freezePane(1, 1);
    }

    /** A block per class: its name, a header row, a row per date (the first the initial percent), the WAL row. */
    private static void decrement(Worksheet ws, List<RemicRun> runs, List<String> names) {
        int r = 0;
        for (DecrementTable t : RemicDecrements.tables(runs)) {
            boolean notional = runs.get(0).flows(t.className()).notional();
            bold(ws, r++, 0, "Class " + t.className() + (notional ? " (percent of original notional)" : " (percent of original balance)"));
            bold(ws, r, 0, "date");
            for (int i = 0; i < names.size(); i++) {
                bold(ws, r, 1 + i, names.get(i));
            }
            r++;
            for (int d = 0; d < t.dates().size(); d++) {
                if (d == 0) {
                    ws.value(r, 0, "Initial Percent");
                } else {
                    date(ws, r, 0, t.dates().get(d));
                }
                for (int i = 0; i < names.size(); i++) {
                    printed(ws, r, 1 + i, PrintedDecrement.percent(t.percents().get(d).get(i)));
                }
                r++;
            }
            bold(ws, r, 0, "WAL (years)");
            for (int i = 0; i < names.size(); i++) {
                printed(ws, r, 1 + i, PrintedDecrement.wal(t.wals().get(i)));
            }
            r += 2;
        }
    }

    /** A printed figure: a number where it reads as one ({@code 98}, {@code 14.6}), else the text ({@code *}). */
    private static void printed(Worksheet ws, int r, int c, String text) {
        if (text.matches("\\d+(\\.\\d+)?")) {
            ws.value(r, c, new BigDecimal(text));
        } else {
            ws.value(r, c, text);
        }
    }

    private static void flows(Worksheet ws, RemicRun run, String name) {
        ws.value(0, 0, name);
        bold(ws, 1, 0, "date");
        List<ClassFlows> classes = run.classes();
        for (int k = 0; k < classes.size(); k++) {
            for (int f = 0; f < FLOW_FIELDS.size(); f++) {
                bold(ws, 1, 1 + k * FLOW_FIELDS.size() + f, classes.get(k).name() + " " + FLOW_FIELDS.get(f));
            }
        }
        for (int m = 0; m < run.dates().size(); m++) {
            int r = 2 + m;
            date(ws, r, 0, run.dates().get(m));
            for (int k = 0; k < classes.size(); k++) {
                ClassFlows c = classes.get(k);
                int col = 1 + k * FLOW_FIELDS.size();
                ws.value(r, col, c.rates().get(m));
                ws.value(r, col + 1, c.interest().get(m));
                ws.value(r, col + 2, c.accrual().get(m));
                ws.value(r, col + 3, c.principal().get(m));
                ws.value(r, col + 4, c.ending().get(m));
            }
        }
        ws.freezePane(1, 2);
    }

    private static void bold(Worksheet ws, int r, int c, String text) {
        ws.value(r, c, text);
        ws.style(r, c).bold().set();
    }

    private static void date(Worksheet ws, int r, int c, LocalDate d) {
        ws.value(r, c, d);
        ws.style(r, c).format(DATE_FORMAT).set();
    }
}
