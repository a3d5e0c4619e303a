package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waterfall.analytics.DecrementTable;
import org.waterfall.analytics.PrintedDecrement;
import org.waterfall.deal.yaml.RemicYamlReader;
import org.waterfall.projection.Speed;
import org.waterfall.remic.ClassFlows;
import org.waterfall.remic.IndexRate;
import org.waterfall.remic.RemicDeal;
import org.waterfall.remic.RemicDecrements;
import org.waterfall.remic.RemicProjector;
import org.waterfall.remic.RemicRun;

class RemicWorkbookWriterTest {

    private static List<RemicRun> runs;
    private static List<String> names;
    private static byte[] xlsx;

    @BeforeAll
    static void runFnmAtTwoSpeeds() {
        RemicDeal deal = RemicYamlReader.read(Path.of("deals/fnm-2025-21/deal.yaml"));
        runs = new ArrayList<>();
        names = new ArrayList<>();
        for (double psa : new double[] {100, 400}) {
            RemicRun r = RemicProjector.run(deal, Speed.of(Speed.Kind.PSA, psa), deal.impliedIndex());
            runs.add(r);
            names.add(r.name());
        }
        xlsx = RemicWorkbookWriter.xlsx(runs, names);
    }

    /** A sheet's rows by position, a blank row as null (the reader leaves blank rows out). */
    private static List<Row> rows(String sheet) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> read = wb.findSheet(sheet).orElseThrow().read();
            List<Row> rows = new ArrayList<>();
            for (Row row : read) {
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(null);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    @Test
    void theSheetsAreTheLivesTheDecrementTablesAndAScenarioEach() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(List.of("Lives", "Decrement", "S1 100 PSA", "S2 400 PSA"), wb.getSheets().map(Sheet::getName).toList());
        }
    }

    @Test
    void theLivesAreNumbersEqualToTheRunsLives() throws IOException {
        List<Row> rows = rows("Lives");
        assertEquals(List.of("class", "original", "notional", "100 PSA WAL", "400 PSA WAL"),
                rows.get(0).getCells(0, 5).stream().map(c -> c.asString()).toList());
        List<ClassFlows> classes = runs.get(0).classes();
        assertEquals(1 + classes.size(), rows.size());
        for (int c = 0; c < classes.size(); c++) {
            Row row = rows.get(1 + c);
            assertEquals(classes.get(c).name(), row.getCell(0).asString());
            assertEquals(0, classes.get(c).original().compareTo(row.getCell(1).asNumber()));
            for (int i = 0; i < runs.size(); i++) {
                Double wal = runs.get(i).wal(runs.get(i).classes().get(c));
                assertEquals(CellType.NUMBER, row.getCell(3 + i).getType(), classes.get(c).name());
                assertEquals(wal, row.getCell(3 + i).asNumber().doubleValue(), 1e-12);
            }
        }
    }

    @Test
    void eachDecrementTableIsAsPrintedWholePercentsAsNumbersAndTheStarAsText() throws IOException {
        List<Row> rows = rows("Decrement");
        List<DecrementTable> tables = RemicDecrements.tables(runs);
        assertEquals("Class " + tables.get(0).className() + " (percent of original balance)", rows.get(0).getCell(0).asString());
        assertEquals("Initial Percent", rows.get(2).getCell(0).asString());
        assertEquals(100, rows.get(2).getCell(1).asNumber().intValue());
        int stars = 0;
        int checked = 0;
        int r = 0;
        for (DecrementTable t : tables) {
            r += 2;
            for (int d = 0; d < t.dates().size(); d++, r++) {
                if (d > 0) {
                    assertEquals(t.dates().get(d), rows.get(r).getCell(0).asDate().toLocalDate(), t.className());
                }
                for (int i = 0; i < runs.size(); i++) {
                    String printed = PrintedDecrement.percent(t.percents().get(d).get(i));
                    var cell = rows.get(r).getCell(1 + i);
                    if (printed.equals("*")) {
                        assertEquals("*", cell.asString());
                        stars++;
                    } else {
                        assertEquals(CellType.NUMBER, cell.getType());
                        assertEquals(printed, cell.asNumber().toPlainString());
                    }
                    checked++;
                }
            }
            assertEquals("WAL (years)", rows.get(r).getCell(0).asString());
            assertEquals(PrintedDecrement.wal(t.wals().get(1)), rows.get(r).getCell(2).asNumber().toPlainString(), t.className());
            r += 2;
        }
        assertTrue(checked > 300, "every cell of every table: " + checked);
        assertTrue(stars > 0, "some class has a balance below half a percent at 400 PSA");
    }

    @Test
    void aScenarioSheetHoldsEachClassesMonthlyFlowsADateARow() throws IOException {
        List<Row> rows = rows("S2 400 PSA");
        assertEquals("400 PSA", rows.get(0).getCell(0).asString());
        assertEquals(List.of("date", "BA rate", "BA interest", "BA accrual", "BA principal", "BA balance"),
                rows.get(1).getCells(0, 6).stream().map(c -> c.asString()).toList());
        RemicRun r = runs.get(1);
        assertEquals(2 + r.dates().size(), rows.size());
        int bz = 1 + 3 * RemicWorkbookWriter.FLOW_FIELDS.size();
        assertEquals("BZ accrual", rows.get(1).getCell(bz + 2).asString());
        ClassFlows z = r.flows("BZ");
        for (int m = 0; m < r.dates().size(); m += 37) {
            Row row = rows.get(2 + m);
            assertEquals(r.dates().get(m), row.getCell(0).asDate().toLocalDate());
            assertEquals(0, z.accrual().get(m).compareTo(row.getCell(bz + 2).asNumber()), "BZ accrual " + m);
            assertEquals(0, z.principal().get(m).compareTo(row.getCell(bz + 3).asNumber()), "BZ principal " + m);
            assertEquals(0, z.ending().get(m).compareTo(row.getCell(bz + 4).asNumber()), "BZ balance " + m);
        }
    }
}
