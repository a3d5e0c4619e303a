package org.waterfall.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    @Test
    void groupsDollarsToTheCentHalfUp() {
        assertEquals("8,367,481.88", MoneyFormat.grouped(new BigDecimal("8367481.88")));
        assertEquals("0.01", MoneyFormat.grouped(new BigDecimal("0.005")));
        assertEquals("-1,000.00", MoneyFormat.grouped(new BigDecimal("-1000")));
    }

    @Test
    void groupsEveryPlaceOfTheIntegerPart() {
        assertEquals("0.00", MoneyFormat.grouped(BigDecimal.ZERO));
        assertEquals("-0.01", MoneyFormat.grouped(new BigDecimal("-0.005")));
        assertEquals("999.99", MoneyFormat.grouped(new BigDecimal("999.99")));
        assertEquals("-100,000.00", MoneyFormat.grouped(new BigDecimal("-100000")));
        assertEquals("1,234,567,890,123,456,789.00", MoneyFormat.grouped(new BigDecimal("1234567890123456789")));
        assertEquals("12.00", MoneyFormat.grouped(new BigDecimal("1.2E+1")));
    }

    /** The same text as the JDK's formatter writes for "%,.2f" in the root locale, for any amount at any scale. */
    @Property(tries = 2000)
    void writesWhatTheJdksGroupedFormatWrites(@ForAll long unscaled, @ForAll @IntRange(min = -3, max = 12) int scale) {
        BigDecimal amount = BigDecimal.valueOf(unscaled, scale);
        assertEquals(String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP)), MoneyFormat.grouped(amount));
    }

    @Test
    void writesExactDecimalsForTools() {
        assertEquals("0.0000005", MoneyFormat.plain(new BigDecimal("5E-7")));
        assertNull(MoneyFormat.plain(null));
        assertEquals("6.461657", MoneyFormat.amountOrExact(new BigDecimal("6.461657")));
        assertEquals("1,234.50", MoneyFormat.amountOrExact(new BigDecimal("1234.5")));
    }
}
