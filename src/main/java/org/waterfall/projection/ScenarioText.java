package org.waterfall.projection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The textual forms of scenario inputs, one parser for each, shared by the command line and scenario decks: a
 * number ({@code 10.5}), a vector ({@code 5,10,15}: one value per projected month, the last carries on), a group
 * entry ({@code G=VALUE}) and a speed. Rate assumptions have theirs in {@link RateAssumption#parseWacPath} and
 * {@link ArmSpec#parseOption}.
 *
 * <p>Every parser throws {@link IllegalArgumentException} with a message that quotes the offending text and names
 * no option or key: the caller (an option converter, the deck reader) says where the text came from.
 */
public final class ScenarioText {

    /** Longest vector or path accepted, months (50 years). */
    public static final int MAX_MONTHS = 600;

    private ScenarioText() {
    }

    /** A group's value: {@code G=VALUE} split at the first {@code =}, both sides trimmed. */
    public record GroupEntry<T>(String group, T value) {
    }

    /** A decimal number; {@code abc} or an empty text is refused as "'abc' is not a number". */
    public static BigDecimal number(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a number is missing");
        }
        if (t.length() > 40) {
            throw new IllegalArgumentException("'" + t.substring(0, 40) + "...' is not a number");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not a number");
        }
    }

    /** A whole number. */
    public static int wholeNumber(String text) {
        BigDecimal n = number(text);
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a whole number");
        }
    }

    /** Numbers separated by {@code separator} (a regex-free single character), at least one, at most {@link #MAX_MONTHS}. */
    public static List<BigDecimal> numbers(String text, char separator) {
        List<BigDecimal> out = new ArrayList<>();
        for (String part : text.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
            out.add(number(part));
        }
        if (out.size() > MAX_MONTHS) {
            throw new IllegalArgumentException(out.size() + " values; at most " + MAX_MONTHS + " (one per month)");
        }
        return out;
    }

    /** {@code G=VALUE}: the group and the value's text. */
    public static GroupEntry<String> groupEntry(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1 || text.substring(0, eq).isBlank()) {
            throw new IllegalArgumentException("expected GROUP=VALUE, got '" + text + "'");
        }
        return new GroupEntry<>(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
    }

    /** A speed of the given kind from one value (a constant) or several (a vector by projected month). */
    public static Speed speed(Speed.Kind kind, List<BigDecimal> values) {
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i).doubleValue();
        }
        return new Speed(kind, v);
    }
}
