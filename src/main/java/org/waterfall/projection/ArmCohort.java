package org.waterfall.projection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One reset cohort of a hybrid ARM group: the loans that share a reset schedule and note terms. Rates are percent
 * per annum; months are projected months (month 1 is the first projected distribution date).
 *
 * <p>Until {@code firstResetMonth} the cohort pays its rate at the start. On that month and every
 * {@code resetEveryMonths} after, the rate becomes the fully indexed rate (index + margin, rounded by
 * {@code rounding}), moved at most {@code firstResetCap} from the previous rate at the first projected reset and at
 * most {@code periodicCap} at later ones, then kept within [{@code floor}, the lifetime cap].
 *
 * @param sharePercent the cohort's share of the group's balance, percent, in (0, 100]
 * @param rate the cohort's rate at the start, percent; {@code null} for the group's gross WAC at the start
 * @param index the index by projected month, percent (the last value carries on; one value for a constant index)
 * @param margin percent over the index, in [0, 100)
 * @param firstResetMonth projected month of the first reset, 1 or more
 * @param resetEveryMonths months between resets, 1 or more
 * @param firstResetCap largest change at the first projected reset (the note's initial cap), 0 or more
 * @param periodicCap largest change at each later reset, 0 or more
 * @param lifetimeCap the highest rate, absolute or over the rate at the start
 * @param floor the lowest rate, 0 or more (the margin when a spec leaves it out)
 * @param rounding how the fully indexed rate is rounded
 */
public record ArmCohort(
        BigDecimal sharePercent,
        BigDecimal rate,
        List<BigDecimal> index,
        BigDecimal margin,
        int firstResetMonth,
        int resetEveryMonths,
        BigDecimal firstResetCap,
        BigDecimal periodicCap,
        LifetimeCap lifetimeCap,
        BigDecimal floor,
        ArmRounding rounding) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ArmCohort {
        index = List.copyOf(Objects.requireNonNull(index, "index"));
        Objects.requireNonNull(lifetimeCap, "lifetimeCap");
        Objects.requireNonNull(rounding, "rounding");
        if (sharePercent == null || sharePercent.signum() <= 0 || sharePercent.compareTo(HUNDRED) > 0) {
            throw new InvalidField("share", "must be a percentage in (0, 100]: " + plain(sharePercent));
        }
        if (rate != null) {
            requirePercent("rate", rate);
        }
        if (index.isEmpty()) {
            throw new InvalidField("index", "needs at least one rate");
        }
        for (BigDecimal i : index) {
            if (i == null || i.abs().compareTo(HUNDRED) >= 0) {
                throw new InvalidField("index", "must be percentages in (-100, 100): " + plain(i));
            }
        }
        requirePercent("margin", margin);
        if (firstResetMonth < 1) {
            throw new InvalidField("first", "must be 1 or more: " + firstResetMonth);
        }
        if (resetEveryMonths < 1) {
            throw new InvalidField("every", "must be 1 or more: " + resetEveryMonths);
        }
        requirePercent("cap", periodicCap); // before firstcap: a spec's firstcap defaults to its cap
        requirePercent("firstcap", firstResetCap);
        requirePercent("floor", floor);
        if (!lifetimeCap.overStartRate() && lifetimeCap.percent().compareTo(floor) < 0) {
            throw new InvalidField("life", "the lifetime cap " + plain(lifetimeCap.percent()) + " is below the floor " + plain(floor));
        }
        if (rate != null && !lifetimeCap.overStartRate() && rate.compareTo(lifetimeCap.percent()) > 0) {
            throw new InvalidField("rate", "the rate at the start " + plain(rate) + " is above the lifetime cap " + plain(lifetimeCap.percent()));
        }
    }

    /**
     * The cohort's rate for projected months 1..{@code months}.
     *
     * @param groupStartWac the group's gross WAC at the start: the cohort's start rate when it gives none
     */
    public BigDecimal[] rates(BigDecimal groupStartWac, int months) {
        BigDecimal start = rate != null ? rate : groupStartWac;
        BigDecimal highest = lifetimeCap.highestRate(start);
        BigDecimal[] out = new BigDecimal[months];
        BigDecimal r = start;
        for (int k = 1; k <= months; k++) {
            if (isResetMonth(k)) {
                BigDecimal cap = k == firstResetMonth ? firstResetCap : periodicCap;
                BigDecimal fullyIndexed = rounding.apply(indexAt(k).add(margin));
                r = fullyIndexed.min(r.add(cap)).max(r.subtract(cap)).min(highest).max(floor);
            }
            out[k - 1] = r;
        }
        return out;
    }

    /** Whether the rate resets on projected month {@code k}. */
    public boolean isResetMonth(int k) {
        return k >= firstResetMonth && (k - firstResetMonth) % resetEveryMonths == 0;
    }

    /** The index on projected month {@code k} (1-based); the last value carries on. */
    public BigDecimal indexAt(int k) {
        return index.get(Math.min(k, index.size()) - 1);
    }

    /** One line for the output, every term named. */
    public String label() {
        return plain(sharePercent) + "% at " + (rate == null ? "the group WAC" : plain(rate) + "%") + ": index "
                + indexLabel() + " + margin " + plain(margin) + (rounding == ArmRounding.NEAREST_EIGHTH_HALF_UP
                        ? " rounded to the nearest 1/8%" : " unrounded")
                + ", first reset month " + firstResetMonth + " then every " + resetEveryMonths + ", caps " + plain(firstResetCap)
                + " first / " + plain(periodicCap) + " periodic / " + lifetimeCap.label() + " lifetime, floor " + plain(floor);
    }

    /** The index path as a spec writes it: {@code 1.3}, or {@code 1.2/1.5/2.5}. */
    public String indexLabel() {
        return index.stream().map(ArmCohort::plain).collect(Collectors.joining("/"));
    }

    /**
     * The highest rate a cohort may reach: an absolute rate ({@code life:}), or {@code percent} over the cohort's
     * rate at the start ({@code lifeover:}), which is its initial rate while it has not reset yet.
     */
    public record LifetimeCap(BigDecimal percent, boolean overStartRate) {
        public LifetimeCap {
            if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) >= 0) {
                throw new InvalidField(overStartRate ? "lifeover" : "life", "must be a percentage in [0, 100): " + plain(percent));
            }
        }

        public static LifetimeCap absolute(BigDecimal maxRate) {
            return new LifetimeCap(maxRate, false);
        }

        public static LifetimeCap overStart(BigDecimal increase) {
            return new LifetimeCap(increase, true);
        }

        BigDecimal highestRate(BigDecimal startRate) {
            return overStartRate ? startRate.add(percent) : percent;
        }

        String label() {
            return overStartRate ? "start + " + plain(percent) : plain(percent);
        }
    }

    /** A term of a cohort that is out of range; {@link #key()} is the spec's key for it. */
    public static final class InvalidField extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String key;

        public InvalidField(String key, String message) {
            super(message);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static void requirePercent(String key, BigDecimal v) {
        if (v == null || v.signum() < 0 || v.compareTo(HUNDRED) >= 0) {
            throw new InvalidField(key, "must be a percentage in [0, 100): " + plain(v));
        }
    }

    static String plain(BigDecimal v) {
        return v == null ? "none" : v.stripTrailingZeros().toPlainString();
    }
}
