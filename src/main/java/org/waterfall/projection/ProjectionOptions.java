package org.waterfall.projection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a {@link Projector} runs, the same for every scenario.
 *
 * @param ratePaths a gross WAC path by group id; groups not named keep their start WAC
 * @param keepCashflows whether to keep every month's class and group flows (needed for CSV, JSON and pricing);
 *     without them a run keeps summaries only, which is what large grids want
 */
public record ProjectionOptions(Map<String, RatePath> ratePaths, boolean keepCashflows) {

    public ProjectionOptions {
        ratePaths = ratePaths == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ratePaths));
    }

    /** Constant WACs, cash flows kept. */
    public static ProjectionOptions defaults() {
        return new ProjectionOptions(Map.of(), true);
    }

    public ProjectionOptions withKeepCashflows(boolean keep) {
        return new ProjectionOptions(ratePaths, keep);
    }

    public RatePath ratePath(String group) {
        return ratePaths.getOrDefault(group, new RatePath.Constant());
    }
}
