package org.waterfall.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How an adjustable-rate note rounds its fully indexed rate (index + margin, percent) before the caps and the
 * floor apply. Each is named after the note's wording.
 */
public enum ArmRounding {
    /**
     * "Rounded to the nearest one-eighth of one percentage point (0.125%)", halves up: the usual hybrid ARM note.
     * 4.05 becomes 4.000, 4.0625 becomes 4.125.
     */
    NEAREST_EIGHTH_HALF_UP("eighth"),
    /** Index + margin as it is, unrounded. */
    NONE("none");

    private static final BigDecimal EIGHTHS_PER_PERCENT = BigDecimal.valueOf(8);

    private final String key;

    ArmRounding(String key) {
        this.key = key;
    }

    /** The word a spec uses for this rounding ({@code round:eighth}, {@code round:none}). */
    public String key() {
        return key;
    }

    /** The rounding a spec word names. @throws IllegalArgumentException for any other word */
    public static ArmRounding ofKey(String word) {
        for (ArmRounding r : values()) {
            if (r.key.equals(word)) {
                return r;
            }
        }
        throw new IllegalArgumentException("expected eighth or none, got '" + word + "'");
    }

    /** The rate rounded by this convention; exact (x 8, round to a whole number, / 8 terminates). */
    public BigDecimal apply(BigDecimal ratePercent) {
        if (this == NONE) {
            return ratePercent;
        }
        return ratePercent.multiply(EIGHTHS_PER_PERCENT).setScale(0, RoundingMode.HALF_UP)
                .divide(EIGHTHS_PER_PERCENT).setScale(3, RoundingMode.UNNECESSARY);
    }
}
