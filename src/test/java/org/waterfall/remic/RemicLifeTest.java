package org.waterfall.remic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemicLifeTest {

    @Test
    void aFebruary28SettlementCountsAsThe30thSoTheFirstDistributionIs25DaysAway() {
        assertEquals(25, RemicLife.days30360Sia(LocalDate.of(2006, 2, 28), LocalDate.of(2006, 3, 25)));
        assertEquals(25, RemicLife.days30360Sia(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 25)), "leap year");
        assertEquals(27, RemicLife.days30360Sia(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 25)), "not the month's end");
    }

    @Test
    void the31stCountsAsThe30th() {
        assertEquals(31, RemicLife.days30360Sia(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 1)), "31 Jan is the 30th: 30 + 1");
        assertEquals(30, RemicLife.days30360Sia(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 30)));
        assertEquals(30, RemicLife.days30360Sia(LocalDate.of(2025, 3, 30), LocalDate.of(2025, 5, 31)) - 30, "the 31st after a 30th");
        assertEquals(31, RemicLife.days30360Sia(LocalDate.of(2025, 3, 29), LocalDate.of(2025, 4, 30)));
    }

    @Test
    void theLifeIsThePrincipalWeightedYearsFromSettlement() {
        LocalDate settle = LocalDate.of(2006, 2, 28);
        List<LocalDate> dates = List.of(LocalDate.of(2006, 3, 25), LocalDate.of(2007, 2, 25));
        // 25 and 355 days: (100 x 25 + 300 x 355) / 400 / 360 years
        double expected = (100.0 * 25 + 300.0 * 355) / 400 / 360;
        assertEquals(expected, RemicLife.weightedAverageLife(settle, dates, List.of(new BigDecimal("100"), new BigDecimal("300"))), 1e-15);
        assertNull(RemicLife.weightedAverageLife(settle, dates, List.of(BigDecimal.ZERO, BigDecimal.ZERO)));
    }
}
