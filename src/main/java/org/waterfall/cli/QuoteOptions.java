package org.waterfall.cli;

import java.math.BigDecimal;
import org.waterfall.analytics.PriceOrYield;
import picocli.CommandLine.Option;

/** {@code --price P | --yield Y}: quote every class of a projection at one price or one yield. An exclusive group. */
public final class QuoteOptions {

    @Option(names = "--price", paramLabel = "PRICE", required = true, converter = OptionConverters.Price.class,
            description = "Add each class's yield at this clean price, percent of face: 101.5, or in 32nds 101-16, 101-16+, 101-165.")
    BigDecimal price;

    @Option(names = "--yield", paramLabel = "PCT", required = true, converter = OptionConverters.Number.class,
            description = "Add each class's clean price at this bond-equivalent yield, percent.")
    BigDecimal yield;

    /** What the options ask for. */
    PriceOrYield quoting() {
        return price != null ? PriceOrYield.price(price.doubleValue()) : PriceOrYield.yield(yield.doubleValue());
    }
}
