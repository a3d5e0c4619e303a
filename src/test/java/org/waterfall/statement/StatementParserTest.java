package org.waterfall.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waterfall.InputException;

class StatementParserTest {

    private static final TrusteeStatement ST = StatementParser.parse(Path.of("deals/boams-2002-k/statements/2003-11-20.txt"));

    @Test
    void readsEveryNumberPrintedInTheBody() {
        assertEquals(426, ST.numbersFound());
        assertEquals(426, ST.figures().size());
        assertEquals(ST.figures().size(), ST.figures().stream().map(PrintedFigure::id).distinct().count());
    }

    @Test
    void readsTheHeader() {
        assertEquals(LocalDate.of(2003, 11, 20), ST.distributionDate());
        assertEquals("2002-K", ST.series());
        assertEquals(4, ST.groupCount());
        assertEquals(23, ST.classNames().size());
        assertEquals(List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7", "AIO", "AR", "AMR", "ALR", "2A1", "2A2", "3A1", "4A1",
                "4IO", "BIO", "B1", "B2", "B3", "B4", "B5", "B6"), ST.classNames());
        assertEquals("06050HXK9", ST.cusips().get("A1"));
        assertEquals("06050HYH5", ST.cusips().get("B6"));
        assertEquals("Residual", ST.classTypes().get("AMR"));
        assertEquals("Subordinate", ST.classTypes().get("B4"));
    }

    @Test
    void readsEachSectionWithThePrintedScale() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("class.A1.beginningBalance", "84020333.31"), Map.entry("class.A1.passThroughRate", "6.461657"),
                Map.entry("class.A1.interest", "452425.46"), Map.entry("class.AIO.passThroughRate", "1.858429"),
                Map.entry("class.BIO.interest", "16839.17"), Map.entry("class.B6.totalDistribution", "97981.12"),
                Map.entry("class.2A1.endingBalance", "106140687.80"), Map.entry("class.4IO.unpaidInterest", "0.00"),
                Map.entry("class.B6.endingFactor", "614.085155"), Map.entry("class.A7.principalFactor", "14.995487"),
                Map.entry("class.3A1.beginningBalance#2", "18636172.66"), Map.entry("total.beginningBalance", "386031762.17"),
                Map.entry("total.endingBalance", "350695141.05"), Map.entry("total.beginningBalance#2", "386031762.17"),
                Map.entry("group.1.endingBalance", "188815289.51"), Map.entry("group.4.averageLoanRate", "5.658272"),
                Map.entry("group.total.averageLoanRate", "6.44"), Map.entry("group.total.loanCount", "751"),
                Map.entry("group.4.masterServicingFee", "9380.72"), Map.entry("group.total.prepayments", "34818403.90"),
                Map.entry("group.3.specialHazardCoverage", "0.00"), Map.entry("aggregate.senior.percentage", "94.114284"),
                Map.entry("aggregate.junior.endingBalance", "22654999.40"), Map.entry("delinquency.30to59.balance", "2414294.92"),
                Map.entry("delinquency.total.count", "10"), Map.entry("reo.8.balance", "0"),
                Map.entry("reo.outstanding.balance", "0.00"), Map.entry("reo.outstanding.count", "0"),
                Map.entry("remittance.interest#2", "1987365.28"), Map.entry("remittance.available", "37323986.40"));
        expected.forEach((id, value) -> assertEquals(new BigDecimal(value), ST.value(FigureId.parse(id)), id));
    }

    @Test
    void recordsWhereEachFigureStands() {
        PrintedFigure f = ST.figure(FigureId.of("A1", FigureId.ClassField.INTEREST)).orElseThrow();
        assertEquals("452,425.46", f.text());
        assertTrue(f.line() > 100, "the body starts after the 8-K wrapper");
        assertEquals(f.text(), StatementParserTest.lineOf(f.line()).substring(f.column(), f.column() + f.text().length()));
    }

    @Test
    void handlesWindowsLineEndings() {
        String text = read().replace("\n", "\r\n");
        assertEquals(426, StatementParser.parse("crlf.txt", text).figures().size());
    }

    @Test
    void refusesEmptyAndForeignText() {
        assertThrows(InputException.class, () -> StatementParser.parse("x.txt", ""));
        InputException e = assertThrows(InputException.class, () -> StatementParser.parse("x.txt", "Monthly newsletter\n"));
        assertTrue(e.getMessage().contains("not a trustee statement"), e.getMessage());
    }

    private static String read() {
        try {
            return java.nio.file.Files.readString(Path.of("deals/boams-2002-k/statements/2003-11-20.txt"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String lineOf(int line) {
        return read().split("\n", -1)[line - 1];
    }
}
