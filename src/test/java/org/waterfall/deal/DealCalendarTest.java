package org.waterfall.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DealCalendarTest {

    private final DealCalendar calendar = new DealCalendar(LocalDate.of(2002, 10, 20), 20);

    @Test
    void november2003IsTheFourteenthDistributionDate() {
        assertEquals(14, calendar.dateNumber(LocalDate.of(2003, 11, 20)));
        assertEquals(LocalDate.of(2003, 11, 20), calendar.distributionDate(14));
    }

    @Test
    void aWeekendRollsToTheNextBusinessDay() {
        // 2003-12-20 is a Saturday: paid Monday 2003-12-22; 2004-06-20 is a Sunday: Monday 2004-06-21
        assertEquals(LocalDate.of(2003, 12, 22), calendar.distributionDate(15));
        assertEquals(LocalDate.of(2004, 6, 21), calendar.distributionDate(21));
        assertEquals(15, calendar.dateNumber(LocalDate.of(2003, 12, 22)));
    }

    @Test
    void datesStartAtOneAndThePaymentDayMustExistInEveryMonth() {
        assertThrows(IllegalArgumentException.class, () -> calendar.distributionDate(0));
        DealValidationException e = assertThrows(DealValidationException.class, () -> new DealCalendar(LocalDate.of(2002, 10, 31), 31));
        assertEquals("paymentDay", e.field());
    }
}
