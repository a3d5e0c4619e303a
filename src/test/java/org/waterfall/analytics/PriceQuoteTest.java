package org.waterfall.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceQuoteTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "101-16, 101.5",
        "101-16+, 101.515625",
        "101-165, 101.51953125",
        "101-164, 101.515625",
        "99-00, 99",
        "99-31, 99.96875",
        "101.5, 101.5",
        "0.5, 0.5"})
    void tradersPricesAreExact(String text, String decimal) {
        assertEquals(0, new BigDecimal(decimal).compareTo(PriceQuote.parse(text)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "101-32; '101-32': 32nds run from 00 to 31, not 32",
        "101-1; '101-1' is not a price (101.5, or in 32nds 101-16, 101-16+, 101-165)",
        "101-168; '101-168' is not a price (101.5, or in 32nds 101-16, 101-16+, 101-165)",
        "abc; 'abc' is not a price (101.5, or in 32nds 101-16, 101-16+, 101-165)",
        "0; a price must be positive: 0",
        "-1; a price must be positive: -1"})
    void anythingElseIsRefusedByName(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> PriceQuote.parse(text)).getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "101.5, 101-16",
        "101.515625, 101-16+",
        "101.51953125, 101-165",
        "99.999, 100-00",
        "98.0000001, 98-00",
        "100.00390625, 100-001"})
    void pricesComeOutInEighthsOf32nds(double price, String text) {
        assertEquals(text, PriceQuote.thirtySeconds(price));
    }

    @Test
    void everyEighthOfA32ndRoundTrips() {
        for (int e = 0; e < 256 * 3; e++) {
            double p = 99 + e / 256.0;
            assertEquals(0, BigDecimal.valueOf(p).compareTo(PriceQuote.parse(PriceQuote.thirtySeconds(p))), PriceQuote.thirtySeconds(p));
        }
        assertEquals("101-16+ (101.515625)", PriceQuote.both(101.515625));
    }
}
