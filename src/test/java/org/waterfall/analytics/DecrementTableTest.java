package org.waterfall.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecrementTableTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void rowsRunFromTheStartToTheFirstAnniversaryWhenEveryScenarioIsPaid() {
        DecrementTable t = DecrementTable.of("A1", LocalDate.of(2003, 11, 20), List.of("slow", "fast"), List.of(d("200"), d("200")),
                List.of(List.of(d("150"), d("50"), d("1")), List.of(d("20"))), Arrays.asList(2.5, 0.6));
        assertEquals(List.of(LocalDate.of(2003, 11, 20), LocalDate.of(2004, 11, 20), LocalDate.of(2005, 11, 20),
                LocalDate.of(2006, 11, 20), LocalDate.of(2007, 11, 20)), t.dates());
        assertEquals(0, d("100").compareTo(t.percents().get(0).get(0)));
        assertEquals(0, d("75").compareTo(t.percents().get(1).get(0)));
        assertEquals(0, d("10").compareTo(t.percents().get(1).get(1)));
        assertEquals(0, d("0.5").compareTo(t.percents().get(3).get(0)));
        assertEquals(0, BigDecimal.ZERO.compareTo(t.percents().get(2).get(1)), "a list that stops early is zero after");
        assertEquals(0, BigDecimal.ZERO.compareTo(t.percents().get(4).get(0)));
        assertEquals(Arrays.asList(2.5, 0.6), t.wals());
    }

    @Test
    void aClassWithoutPrincipalHasANullWal() {
        DecrementTable t = DecrementTable.of("X", LocalDate.of(2003, 11, 20), List.of("s"), List.of(d("1")), List.of(List.of()),
                Arrays.asList((Double) null));
        assertEquals(Arrays.asList((Double) null), t.wals());
    }
}
