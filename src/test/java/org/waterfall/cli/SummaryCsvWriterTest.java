package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waterfall.analytics.Quote;
import org.waterfall.projection.ScenarioSummary;

class SummaryCsvWriterTest {

    @Test
    void aRowPerScenarioAndClassWithEmptyCellsForNone() {
        ScenarioSummary.ClassSummary paid = new ScenarioSummary.ClassSummary("A1", false, new BigDecimal("1000"), 2.5,
                LocalDate.of(2004, 1, 20), LocalDate.of(2008, 5, 20), new BigDecimal("1000"), new BigDecimal("123.4"), BigDecimal.ZERO,
                LocalDate.of(2008, 5, 20), new Quote(101.5, 5.25, 1.5, 0.15, 2.1), null);
        ScenarioSummary.ClassSummary io = new ScenarioSummary.ClassSummary("AIO, \"x\"", true, new BigDecimal("500.5"), null, null, null,
                BigDecimal.ZERO, new BigDecimal("7"), BigDecimal.ZERO, null, null, "no payments");
        String csv = SummaryCsvWriter.csv(List.of(new ScenarioSummary(2, "10 CPR, 1 CDR", List.of(paid, io), BigDecimal.ZERO, null,
                List.of())));
        assertEquals(List.of(
                String.join(",", SummaryCsvWriter.HEADER),
                "2,\"10 CPR, 1 CDR\",A1,false,1000.00,2.500000,2004-01-20,2008-05-20,1000.00,123.40,0.00,2008-05-20,101.5,5.25,2.1",
                "2,\"10 CPR, 1 CDR\",\"AIO, \"\"x\"\"\",true,500.50,,,,0.00,7.00,0.00,,,,"), csv.lines().toList());
    }
}
