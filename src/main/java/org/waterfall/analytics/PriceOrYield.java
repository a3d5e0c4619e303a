package org.waterfall.analytics;

import java.util.Objects;

/**
 * What a quote is solved from: a clean price (solve the yield) or a yield (solve the price).
 *
 * @param kind which one is given
 * @param value the clean price, percent of face, or the bond-equivalent yield, percent
 */
public record PriceOrYield(Kind kind, double value) {

    /** Which of the two is given. */
    public enum Kind { PRICE, YIELD }

    public PriceOrYield {
        Objects.requireNonNull(kind, "kind");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(kind.name().toLowerCase(java.util.Locale.ROOT) + " must be a finite number");
        }
        if (kind == Kind.PRICE && value <= 0) {
            throw new IllegalArgumentException("a price must be positive: " + value);
        }
    }

    public static PriceOrYield price(double cleanPrice) {
        return new PriceOrYield(Kind.PRICE, cleanPrice);
    }

    public static PriceOrYield yield(double yieldPercent) {
        return new PriceOrYield(Kind.YIELD, yieldPercent);
    }

    /** The quote for these payments. @throws IllegalArgumentException if no yield gives the price */
    public Quote quote(PricingInput in) {
        return kind == Kind.PRICE ? CashflowYield.yieldFromPrice(in, value) : CashflowYield.priceFromYield(in, value);
    }

    /** {@code yield at 101-16} or {@code price at 5.5% yield}. */
    public String label() {
        return kind == Kind.PRICE ? "yield at " + PriceQuote.thirtySeconds(value)
                : "price at " + java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + "% yield";
    }
}
