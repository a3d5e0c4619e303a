package org.waterfall.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices as traders write them: percent of face, as a decimal ({@code 101.5}) or in 32nds: {@code 101-16} is
 * 101 16/32, {@code 101-16+} adds half a 32nd (101 16.5/32), and a third digit counts eighths of a 32nd
 * ({@code 101-165} is 101 16 5/8 /32; {@code 101-164} is the same as {@code 101-16+}).
 */
public final class PriceQuote {

    private static final Pattern THIRTY_SECONDS = Pattern.compile("(\\d{1,4})-(\\d{2})([0-7+]?)");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,4}(\\.\\d{1,12})?");
    private static final BigDecimal TWO_FIFTY_SIX = BigDecimal.valueOf(256);

    private PriceQuote() {
    }

    /**
     * A clean price, percent of face, exactly (32nds are exact binary fractions: 1/256 at the finest).
     *
     * @throws IllegalArgumentException naming the text, when it is neither form or not positive
     */
    public static BigDecimal parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m = THIRTY_SECONDS.matcher(t);
        BigDecimal price;
        if (m.matches()) {
            int ticks = Integer.parseInt(m.group(2));
            if (ticks > 31) {
                throw new IllegalArgumentException("'" + t + "': 32nds run from 00 to 31, not " + m.group(2));
            }
            String third = m.group(3);
            int eighths = third.isEmpty() ? 0 : third.equals("+") ? 4 : third.charAt(0) - '0';
            price = new BigDecimal(m.group(1)).add(BigDecimal.valueOf(ticks * 8L + eighths).divide(TWO_FIFTY_SIX));
        } else if (DECIMAL.matcher(t).matches()) {
            price = new BigDecimal(t);
        } else {
            throw new IllegalArgumentException("'" + t + "' is not a price (101.5, or in 32nds 101-16, 101-16+, 101-165)");
        }
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("a price must be positive: " + t);
        }
        return price;
    }

    /**
     * A price in 32nds, to the nearest eighth of a 32nd (half up): {@code 101-16}, {@code 101-16+} for a half,
     * {@code 101-165} for five eighths.
     */
    public static String thirtySeconds(double price) {
        if (!Double.isFinite(price)) {
            return String.valueOf(price);
        }
        BigDecimal p = BigDecimal.valueOf(Math.abs(price));
        long eighthsOf32nds = p.multiply(TWO_FIFTY_SIX).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long whole = eighthsOf32nds / 256;
        long rest = eighthsOf32nds % 256;
        long ticks = rest / 8;
        long eighths = rest % 8;
        String tail = eighths == 0 ? "" : eighths == 4 ? "+" : Long.toString(eighths);
        return String.format(Locale.ROOT, "%s%d-%02d%s", price < 0 ? "-" : "", whole, ticks, tail);
    }

    /** The same price in 32nds and as a decimal: {@code 101-16+ (101.515625)}. */
    public static String both(double price) {
        return thirtySeconds(price) + String.format(Locale.ROOT, " (%.6f)", price);
    }

    /** A price as a plain decimal, {@code 101.5}, no trailing zeros. */
    public static String decimal(BigDecimal price) {
        return price.stripTrailingZeros().toPlainString();
    }
}
