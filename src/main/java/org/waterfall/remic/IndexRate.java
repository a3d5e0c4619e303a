package org.waterfall.remic;

import java.math.BigDecimal;
import java.util.List;

/**
 * The level of the index floating-rate classes reset on (e.g. 30-day Average SOFR), percent, by distribution
 * period: a constant, or a vector whose last value carries on. Period 1 is the first distribution date; a class's
 * first-period rate, when the deal gives one, is used instead of the index in period 1.
 *
 * @param levels percent; one value is a constant path
 */
public record IndexRate(List<BigDecimal> levels) {

    /** An index at zero: for deals without floating-rate classes. */
    public static final IndexRate ZERO = new IndexRate(List.of(BigDecimal.ZERO));

    public IndexRate {
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("an index path needs at least one level");
        }
        for (BigDecimal l : levels) {
            if (l.abs().compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new IllegalArgumentException("an index level must be a percentage in (-100, 100): " + l.toPlainString());
            }
        }
    }

    public static IndexRate constant(BigDecimal level) {
        return new IndexRate(List.of(level));
    }

    /** The level in period {@code period} (1-based). */
    public BigDecimal level(int period) {
        return levels.get(Math.min(Math.max(period, 1), levels.size()) - 1);
    }

    public String label() {
        return levels.size() == 1 ? "index " + levels.get(0).toPlainString() + "%"
                : "index vector " + String.join(", ", levels.stream().map(BigDecimal::toPlainString).toList());
    }
}
