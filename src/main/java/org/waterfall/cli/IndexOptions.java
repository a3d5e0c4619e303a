package org.waterfall.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.waterfall.remic.IndexRate;
import picocli.CommandLine.Option;

/** The index path floating-rate classes reset on: constant levels (each a scenario) or vectors by period. */
public final class IndexOptions {

    @Option(names = "--index", paramLabel = "LIST", split = ",",
            description = "Constant index levels, percent (e.g. 30-day Average SOFR): one scenario per level and speed. Default: "
                    + "the level implied by the deal's first floating class's first-period rate.")
    List<BigDecimal> levels = new ArrayList<>();

    @Option(names = "--index-vector", paramLabel = "V1,V2,...",
            description = "An index level by distribution period, percent (the last carries on); one scenario per option; repeatable.")
    List<String> vectors = new ArrayList<>();

    /** Whether any index option was given. */
    boolean given() {
        return !levels.isEmpty() || !vectors.isEmpty();
    }

    /** The paths named, in input order; {@code fallback} when none. @throws UserInputException naming the option */
    List<IndexRate> paths(IndexRate fallback) {
        List<IndexRate> paths = new ArrayList<>();
        for (BigDecimal l : levels) {
            paths.add(build("--index", List.of(l)));
        }
        for (String v : vectors) {
            List<BigDecimal> values = new ArrayList<>();
            for (String part : v.split(",")) {
                try {
                    values.add(new BigDecimal(part.trim()));
                } catch (NumberFormatException e) {
                    throw new UserInputException("--index-vector: '" + part.trim() + "' is not a number");
                }
            }
            paths.add(build("--index-vector", values));
        }
        if (paths.isEmpty()) {
            paths.add(fallback);
        }
        return paths;
    }

    private static IndexRate build(String option, List<BigDecimal> values) {
        try {
            return new IndexRate(values);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(option + ": " + e.getMessage());
        }
    }
}
