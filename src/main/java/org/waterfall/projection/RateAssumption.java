package org.waterfall.projection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.waterfall.InputException;
import org.waterfall.InputProblem;

/**
 * One group's gross WAC assumption and where the user gave it.
 *
 * @param group the group id
 * @param path the rate path
 * @param option the option that gave it ({@code --arm}, {@code --wac-path}, {@code --arm-file})
 * @param origin where exactly, for messages: the option itself, or the file, line and key
 */
public record RateAssumption(String group, RatePath path, String option, Origin origin) {

    public RateAssumption {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(origin, "origin");
    }

    /** An assumption given by an option on the command line. */
    public static RateAssumption ofOption(String group, RatePath path, String option) {
        return new RateAssumption(group, path, option, new Origin(option, 0, ""));
    }

    /** A problem with this assumption, one line naming where it was given. */
    public InputException problem(String message) {
        return new InputException(new InputProblem(origin.file(), origin.line(), origin.key(), message));
    }

    /** Where an assumption was given: an option ({@code --arm}, line 0, no key), or a file, line and key. */
    public record Origin(String file, int line, String key) {
        public Origin {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(key, "key");
        }

        /** {@code FILE:LINE} or the option, for a message about another assumption. */
        public String label() {
            return line > 0 ? file + ":" + line : file;
        }
    }

    /**
     * {@code --wac-path G=W1,W2,...}: the group's gross WAC by projected month, percent (the last carries on).
     *
     * @throws InputException one line naming the option
     */
    public static RateAssumption parseWacPath(String entry) {
        String option = "--wac-path";
        String[] kv = groupEntry(entry, option);
        List<BigDecimal> wacs = new ArrayList<>();
        for (String v : kv[1].split(",")) {
            try {
                wacs.add(new BigDecimal(v.trim()));
            } catch (NumberFormatException e) {
                throw problem(option, "group " + kv[0] + ": '" + v.trim() + "' is not a number");
            }
        }
        try {
            return ofOption(kv[0], new RatePath.WacVector(wacs), option);
        } catch (IllegalArgumentException e) {
            throw problem(option, "group " + kv[0] + ": " + e.getMessage());
        }
    }

    /** {@code G=VALUE} split at the first {@code =}. @throws InputException naming the option */
    static String[] groupEntry(String entry, String option) {
        int eq = entry.indexOf('=');
        if (eq <= 0 || eq == entry.length() - 1) {
            throw problem(option, "expected GROUP=VALUE, got '" + entry + "'");
        }
        return new String[] {entry.substring(0, eq).trim(), entry.substring(eq + 1).trim()};
    }

    static InputException problem(String option, String message) {
        return new InputException(new InputProblem(option, 0, "", message));
    }
}
