package org.waterfall.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

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
        // what String.format(Locale.ROOT, "%,.2f", ...) writes, without the formatter's parsing of its pattern (a grid's
        // run notes write thousands of these)
        String plain = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        int start = plain.charAt(0) == '-' ? 1 : 0;
        int point = plain.length() - 3;
        StringBuilder s = new StringBuilder(plain.length() + (point - start) / 3);
        s.append(plain, 0, start);
        for (int i = start; i < point; i++) {
            if (i > start && (point - i) % 3 == 0) {
                s.append(',');
            }
            s.append(plain.charAt(i));
        }
        return s.append(plain, point, plain.length()).toString();
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
