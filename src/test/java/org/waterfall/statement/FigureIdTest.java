package org.waterfall.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FigureIdTest {

    @Test
    void everyIdOfTheRealStatementReadsBackAsItself() {
        TrusteeStatement st = StatementParser.parse(Path.of("deals/boams-2002-k/statements/2003-11-20.txt"));
        for (PrintedFigure f : st.figures()) {
            assertEquals(f.id(), FigureId.parse(f.id().toString()), f.id().toString());
        }
    }

    @Test
    void printsTheIdsReportsHaveAlwaysUsed() {
        assertEquals("class.A1.beginningBalance#2", FigureId.of("A1", FigureId.ClassField.BEGINNING_BALANCE_REPRINT).toString());
        assertEquals("group.total.prepayments", FigureId.groupTotal(FigureId.GroupField.PREPAYMENTS).toString());
        assertEquals("group.3.masterServicingFee", FigureId.group(3, FigureId.GroupField.MASTER_SERVICING_FEE).toString());
        assertEquals("delinquency.60to89.balance",
                FigureId.delinquency(FigureId.Bucket.DAYS_60_89, FigureId.DelinquencyField.BALANCE).toString());
        assertEquals("reo.outstanding.count", FigureId.reo(FigureId.ReoRow.OUTSTANDING, FigureId.ReoField.COUNT).toString());
        assertEquals("remittance.interest#2", FigureId.remittance(FigureId.RemittanceField.INTEREST, true).toString());
    }

    @Test
    void aMisspeltIdIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FigureId.parse("class.A1.intrest"));
        assertTrue(e.getMessage().contains("class.A1.intrest"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FigureId.parse("group.0.prepayments"));
        assertThrows(IllegalArgumentException.class, () -> FigureId.parse("aggregate.middle.percentage"));
    }
}
