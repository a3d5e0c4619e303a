package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.waterfall.analytics.PriceOrYield;
import org.waterfall.projection.ClassCashflow;
import org.waterfall.projection.ProjectionFixtures;
import org.waterfall.projection.ProjectionOptions;
import org.waterfall.projection.Projector;
import org.waterfall.projection.ScenarioResult;
import org.waterfall.projection.ScenarioSummary;

class ProjectionWorkbookWriterTest {

    private static ProjectionReport report(PriceOrYield quoting) {
        Projector p = new Projector(ProjectionFixtures.boams(), ProjectionFixtures.boamsStart(), ProjectionOptions.defaults());
        List<ScenarioResult> results = List.of(p.run(ProjectionFixtures.cpr(10)), p.run(ProjectionFixtures.cpr(30)));
        LocalDate settle = ProjectionFixtures.boamsStart().asOf();
        return new ProjectionReport(ProjectionFixtures.boams(), ProjectionFixtures.boamsStart(), results,
                ScenarioSummary.of(results, quoting, settle), quoting, settle, false, false, true);
    }

    @Test
    void theSummarySheetHoldsARowPerScenarioAndClassWithNumbersAsNumbers() throws IOException {
        ProjectionReport report = report(PriceOrYield.price(100));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(ProjectionWorkbookWriter.xlsx(report)),
                new ReadingOptions(true, false))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(List.of("Summary", "S1 10 CPR", "S2 30 CPR"), sheets.stream().map(Sheet::getName).toList());
            List<Row> rows = sheets.get(0).read();
            int classes = report.summaries().get(0).classes().size();
            assertEquals(1 + 2 * classes, rows.size());
            for (int c = 0; c < SummaryCsvWriter.HEADER.size(); c++) {
                assertEquals(SummaryCsvWriter.HEADER.get(c), rows.get(0).getCell(c).asString());
            }
            Row a1 = rows.get(1);
            ScenarioSummary.ClassSummary expected = report.summaries().get(0).classSummary("A1");
            assertEquals(CellType.NUMBER, a1.getCell(0).getType());
            assertEquals("10 CPR", a1.getCell(1).asString());
            assertEquals("A1", a1.getCell(2).asString());
            assertEquals(CellType.BOOLEAN, a1.getCell(3).getType());
            assertEquals(CellType.NUMBER, a1.getCell(4).getType());
            assertEquals(0, expected.startingBalance().compareTo(a1.getCell(4).asNumber()));
            assertEquals(expected.wal(), a1.getCell(5).asNumber().doubleValue(), 1e-12);
            assertEquals(expected.firstPrincipalDate(), a1.getCell(6).asDate().toLocalDate());
            assertEquals("yyyy-mm-dd", a1.getCell(6).getDataFormatString());
            assertEquals(0, expected.totalInterest().compareTo(a1.getCell(9).asNumber()));
            assertEquals(expected.quote().yieldPercent(), a1.getCell(13).asNumber().doubleValue(), 1e-12);
        }
    }

    @Test
    void eachScenarioSheetHoldsItsMonthlyClassCashflowsADateARow() throws IOException {
        ProjectionReport report = report(null);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(ProjectionWorkbookWriter.xlsx(report)))) {
            List<Row> rows = wb.findSheet("S2 30 CPR").orElseThrow().read();
            assertEquals("30 CPR", rows.get(0).getCell(0).asString());
            Row header = rows.get(1);
            assertEquals(List.of("date", "A1 interest", "A1 principal", "A1 loss", "A1 balance", "A2 interest"),
                    header.getCells(0, 6).stream().map(c -> c.asString()).toList());
            ScenarioResult r = report.results().get(1);
            ClassCashflow first = r.classProjection("A1").cashflows().get(0);
            Row dec = rows.get(2);
            assertEquals(first.date(), dec.getCell(0).asDate().toLocalDate());
            assertEquals(CellType.NUMBER, dec.getCell(2).getType());
            assertEquals(0, first.principal().compareTo(dec.getCell(2).asNumber()));
            assertEquals(0, first.endingBalance().compareTo(dec.getCell(4).asNumber()));
            BigDecimal principal = rows.stream().skip(2).map(x -> x.getCell(2).asNumber()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, r.classProjection("A1").totalPrincipal().compareTo(principal), "every month of A1's principal is there");
            assertTrue(rows.size() - 2 <= r.dates().size(), "no rows after every class is paid off");
        }
    }

    @Test
    void sheetNamesAreUniqueShortAndFreeOfExcelsForbiddenCharacters() {
        Set<String> used = new HashSet<>(Set.of("summary"));
        String long1 = ProjectionWorkbookWriter.sheetName(7, "10 CPR, 2 CDR, 40% severity, 12-month lag [a/b]", used);
        assertEquals("S7 10 CPR, 2 CDR, 40% severity,", long1);
        assertTrue(long1.length() <= 31);
        assertEquals("S8", ProjectionWorkbookWriter.sheetName(8, "10 CPR, 2 CDR, 40% severity, 12-month lag [a/b]".replace("S7", ""),
                new HashSet<>(Set.of("s8 10 cpr, 2 cdr, 40% severity,"))));
        assertEquals("S9 a b c", ProjectionWorkbookWriter.sheetName(9, "a:b*c", used));
    }
}
