package org.waterfall.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    @Test
    void groupsDollarsToTheCentHalfUp() {
        assertEquals("8,367,481.88", MoneyFormat.grouped(new BigDecimal("8367481.88")));
        assertEquals("0.01", MoneyFormat.grouped(new BigDecimal("0.005")));
        assertEquals("-1,000.00", MoneyFormat.grouped(new BigDecimal("-1000")));
    }

    @Test
    void writesExactDecimalsForTools() {
        assertEquals("0.0000005", MoneyFormat.plain(new BigDecimal("5E-7")));
        assertNull(MoneyFormat.plain(null));
        assertEquals("6.461657", MoneyFormat.amountOrExact(new BigDecimal("6.461657")));
        assertEquals("1,234.50", MoneyFormat.amountOrExact(new BigDecimal("1234.5")));
    }
}
