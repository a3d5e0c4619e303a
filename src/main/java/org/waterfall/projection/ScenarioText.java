package org.waterfall.projection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The textual forms of scenario inputs, one parser for each, shared by the command line and scenario decks: a
 * number ({@code 10.5}), a vector ({@code 5,10,15}: one value per projected month, the last carries on), a group
 * entry ({@code G=VALUE}), a WAC path ({@code 6.5,6.4,6.3}) and an ARM reset spec
 * ({@code index:I1/I2/...,margin:M,first:N,every:N,cap:C,life:L[,floor:F]}).
 *
 * <p>Every parser throws {@link IllegalArgumentException} with a message that quotes the offending text and names
 * no option or key: the caller (an option converter, the deck reader) says where the text came from.
 */
public final class ScenarioText {

    /** The keys of an ARM spec, in the order the help text gives them. */
    public static final List<String> ARM_KEYS = List.of("index", "margin", "first", "every", "cap", "life", "floor");
    private static final List<String> ARM_REQUIRED = List.of("index", "margin", "first", "every", "cap", "life");
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

    /** A gross WAC path {@code W1,W2,...}, percent by projected month. */
    public static RatePath wacPath(String text) {
        return new RatePath.WacVector(numbers(text, ','));
    }

    /**
     * A hybrid ARM reset: {@code index:I1/I2/...,margin:M,first:N,every:N,cap:C,life:L[,floor:F]}; the floor defaults
     * to the margin. See {@link RatePath.IndexMargin}.
     */
    public static RatePath arm(String spec) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String part : spec.split(",", -1)) {
            int colon = part.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("expected key:value, got '" + part.trim() + "'");
            }
            String key = part.substring(0, colon).trim();
            if (!ARM_KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' (" + String.join(", ", ARM_KEYS) + ")");
            }
            if (f.put(key, part.substring(colon + 1).trim()) != null) {
                throw new IllegalArgumentException("'" + key + "' is given twice");
            }
        }
        for (String key : ARM_REQUIRED) {
            if (!f.containsKey(key)) {
                throw new IllegalArgumentException("missing " + key + ":");
            }
        }
        BigDecimal margin = number(f.get("margin"));
        return new RatePath.IndexMargin(numbers(f.get("index"), '/'), margin, wholeNumber(f.get("first")), wholeNumber(f.get("every")),
                number(f.get("cap")), number(f.get("life")), f.containsKey("floor") ? number(f.get("floor")) : margin);
    }
}
