package org.waterfall.projection;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waterfall.InputException;
import org.waterfall.InputProblem;
import org.waterfall.deal.yaml.YamlBinder;

/**
 * Reads hybrid ARM cohorts ({@link ArmCohort}) from the command line ({@code --arm}) or from an ARM file
 * ({@code --arm-file}). Both use the same keys:
 *
 * <pre>
 *   share     percent of the group's balance (required with more than one cohort; 100 for one)
 *   rate      the cohort's rate at the start, percent (default: the group's gross WAC at the start)
 *   index     the index, percent: one value, or one per projected month (the last carries on)
 *   margin    percent over the index
 *   first     projected month of the first reset
 *   every     months between resets
 *   firstcap  largest change at the first projected reset (default: cap)
 *   cap       largest change at each later reset
 *   life      the highest rate, percent (absolute)     -- give life or lifeover, not both
 *   lifeover  the highest rate as percent over the cohort's rate at the start
 *   floor     the lowest rate (default: the margin)
 *   round     eighth (index + margin to the nearest 1/8%, the default) or none
 * </pre>
 *
 * On the command line: {@code --arm G=KEY:VALUE,KEY:VALUE,...} with index values separated by {@code /}, and
 * several cohorts separated by {@code ;}. Today's one-cohort spec
 * ({@code index:..,margin:..,first:..,every:..,cap:..,life:..[,floor:..]}) keeps its meaning: {@code cap} applies
 * at every reset, {@code life} is the absolute highest rate, the floor defaults to the margin.
 */
public final class ArmSpec {

    /** Every key a cohort may have, in the order a spec usually gives them. */
    public static final List<String> KEYS = List.of("share", "rate", "index", "margin", "first", "every", "firstcap", "cap", "life",
            "lifeover", "floor", "round");

    private static final List<String> REQUIRED = List.of("index", "margin", "first", "every", "cap");
    private static final String OPTION = "--arm";
    private static final String FILE_OPTION = "--arm-file";

    private ArmSpec() {
    }

    /**
     * {@code --arm G=SPEC}: one group's cohorts.
     *
     * @throws InputException one line naming the option, the group, the cohort and the key
     */
    public static RateAssumption parseOption(String entry) {
        String[] kv = RateAssumption.groupEntry(entry, OPTION);
        String group = kv[0];
        String[] specs = kv[1].split(";", -1);
        List<ArmCohort> cohorts = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            String where = "group " + group + (specs.length == 1 ? "" : ", cohort " + (i + 1));
            Map<String, Object> fields = new LinkedHashMap<>();
            for (String part : specs[i].split(",")) {
                int colon = part.indexOf(':');
                if (colon <= 0) {
                    throw RateAssumption.problem(OPTION, where + ": expected KEY:VALUE, got '" + part.trim() + "'");
                }
                String key = part.substring(0, colon).trim();
                String value = part.substring(colon + 1).trim();
                if (fields.put(key, key.equals("index") ? List.of(value.split("/")) : value) != null) {
                    throw RateAssumption.problem(OPTION, where + ": " + key + ": given twice");
                }
            }
            try {
                cohorts.add(cohort(fields, specs.length > 1));
            } catch (ArmCohort.InvalidField e) {
                throw RateAssumption.problem(OPTION, where + ": " + e.key() + ": " + e.getMessage());
            }
        }
        try {
            return RateAssumption.ofOption(group, new RatePath.Cohorts(cohorts), OPTION);
        } catch (ArmCohort.InvalidField e) {
            throw RateAssumption.problem(OPTION, "group " + group + ": " + e.key() + ": " + e.getMessage());
        }
    }

    /** The ARM file's document: {@code groups: [{group: "1", cohorts: [{share: 60, ...}, ...]}, ...]}. */
    record ArmDocument(List<GroupDocument> groups) {
    }

    record GroupDocument(String group, List<Map<String, Object>> cohorts) {
    }

    /**
     * An ARM file: each group's cohorts. Unknown keys, wrong types, missing keys and values out of range are
     * reported with file, line and key (every problem found, the first on the line).
     *
     * @throws InputException naming file, line and key
     */
    public static List<RateAssumption> readFile(Path file) {
        YamlBinder.Bound<ArmDocument> bound = YamlBinder.bind(file, ArmDocument.class);
        List<InputProblem> problems = new ArrayList<>();
        List<RateAssumption> out = new ArrayList<>();
        List<GroupDocument> groups = bound.document().groups();
        if (groups == null || groups.isEmpty()) {
            throw new InputException(bound.problem("groups", "missing or empty: list each ARM group with its cohorts"));
        }
        for (int g = 0; g < groups.size(); g++) {
            String at = "groups[" + g + "]";
            GroupDocument doc = groups.get(g);
            if (doc == null || doc.group() == null || doc.group().isBlank()) {
                problems.add(bound.problem(at + ".group", "missing required key 'group'"));
                continue;
            }
            if (doc.cohorts() == null || doc.cohorts().isEmpty()) {
                // on the group's line: the file has no line for a key it lacks
                problems.add(new InputProblem(bound.file(), bound.lineOf(at + ".group"), at + ".cohorts",
                        "missing or empty: give the group's cohorts"));
                continue;
            }
            List<ArmCohort> cohorts = new ArrayList<>();
            for (int c = 0; c < doc.cohorts().size(); c++) {
                String cohortAt = at + ".cohorts[" + c + "]";
                try {
                    cohorts.add(cohort(doc.cohorts().get(c) == null ? Map.of() : doc.cohorts().get(c), doc.cohorts().size() > 1));
                } catch (ArmCohort.InvalidField e) {
                    problems.add(bound.problem(cohortAt + "." + e.key(), e.getMessage()));
                }
            }
            if (cohorts.size() == doc.cohorts().size()) {
                try {
                    out.add(new RateAssumption(doc.group(), new RatePath.Cohorts(cohorts), FILE_OPTION,
                            new RateAssumption.Origin(file.toString(), bound.lineOf(at + ".group"), at + ".group")));
                } catch (ArmCohort.InvalidField e) {
                    problems.add(bound.problem(at + ".cohorts", e.key() + ": " + e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    /**
     * One cohort from its keys. Values are text (the command line) or YAML scalars (numbers, text, lists).
     *
     * @param several whether the group has more than one cohort ({@code share} is then required)
     * @throws ArmCohort.InvalidField naming the key
     */
    static ArmCohort cohort(Map<String, Object> fields, boolean several) {
        for (String key : fields.keySet()) {
            if (!KEYS.contains(key)) {
                throw new ArmCohort.InvalidField(key, "unknown key '" + key + "' (" + String.join(", ", KEYS) + ")");
            }
        }
        for (String key : REQUIRED) {
            if (!fields.containsKey(key)) {
                throw new ArmCohort.InvalidField(key, "missing required key '" + key + "'");
            }
        }
        if (several && !fields.containsKey("share")) {
            throw new ArmCohort.InvalidField("share", "missing required key 'share': a group of several cohorts gives each one's share");
        }
        if (fields.containsKey("life") == fields.containsKey("lifeover")) {
            throw new ArmCohort.InvalidField("life", "give exactly one of life (the highest rate) and lifeover (the most over the rate "
                    + "at the start)");
        }
        BigDecimal margin = number(fields, "margin");
        BigDecimal cap = number(fields, "cap");
        ArmCohort.LifetimeCap life = fields.containsKey("life") ? ArmCohort.LifetimeCap.absolute(number(fields, "life"))
                : ArmCohort.LifetimeCap.overStart(number(fields, "lifeover"));
        ArmRounding rounding;
        try {
            rounding = fields.containsKey("round") ? ArmRounding.ofKey(text(fields, "round")) : ArmRounding.NEAREST_EIGHTH_HALF_UP;
        } catch (IllegalArgumentException e) {
            throw new ArmCohort.InvalidField("round", e.getMessage());
        }
        return new ArmCohort(
                fields.containsKey("share") ? number(fields, "share") : BigDecimal.valueOf(100),
                fields.containsKey("rate") ? number(fields, "rate") : null,
                index(fields.get("index")),
                margin,
                whole(fields, "first"),
                whole(fields, "every"),
                fields.containsKey("firstcap") ? number(fields, "firstcap") : cap,
                cap,
                life,
                fields.containsKey("floor") ? number(fields, "floor") : margin,
                rounding);
    }

    private static List<BigDecimal> index(Object value) {
        List<BigDecimal> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object v : list) {
                out.add(number("index", v));
            }
        } else {
            out.add(number("index", value));
        }
        return out;
    }

    private static BigDecimal number(Map<String, Object> fields, String key) {
        return number(key, fields.get(key));
    }

    private static BigDecimal number(String key, Object value) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw new ArmCohort.InvalidField(key, "'" + s.trim() + "' is not a number");
            }
        }
        throw new ArmCohort.InvalidField(key, "expected a number" + (value == null || value.toString().isBlank() ? "" : ", got " + value));
    }

    private static int whole(Map<String, Object> fields, String key) {
        BigDecimal v = number(fields, key);
        try {
            return v.intValueExact();
        } catch (ArithmeticException e) {
            throw new ArmCohort.InvalidField(key, "expected a whole number of months, got " + v.toPlainString());
        }
    }

    private static String text(Map<String, Object> fields, String key) {
        Object v = fields.get(key);
        if (v instanceof String s) {
            return s.trim();
        }
        throw new ArmCohort.InvalidField(key, "expected text, got " + v);
    }
}
