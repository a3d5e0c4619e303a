package org.waterfall.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How money is written for people and for tools: one place, so a report, a note and a rendered statement agree.
 * Formatting never rounds silently: an amount with more than two decimals is written to the cent half up only by
 * {@link #grouped}, whose name says so.
 */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    /** Dollars with thousands separators, to the cent half up: {@code 8,367,481.88}. */
    public static String grouped(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** As a tool reads it: the exact decimal, no exponent, no separators; null stays null. */
    public static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** Grouped when the value is to the cent or coarser, exact otherwise (a rate, a fraction). */
    public static String amountOrExact(BigDecimal value) {
        return value.scale() <= 2 ? grouped(value) : value.toPlainString();
    }
}
