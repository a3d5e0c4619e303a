package org.waterfall.projection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A loan group's gross WAC (weighted average loan rate, percent) by projected month. The group is treated as one
 * loan: on a rate change its scheduled payment is re-amortized over the remaining term. The servicing and other
 * fees come off the top in the engine (net WAC = gross WAC - fees).
 */
public sealed interface RatePath {

    /** The gross WAC for months 1..{@code months}, percent, starting from the group's WAC at the start. */
    BigDecimal[] grossWacs(BigDecimal startWac, int months);

    /** A short description for the output. */
    String label();

    /** The start WAC, unchanged: the default. */
    record Constant() implements RatePath {
        @Override
        public BigDecimal[] grossWacs(BigDecimal startWac, int months) {
            BigDecimal[] w = new BigDecimal[months];
            java.util.Arrays.fill(w, startWac);
            return w;
        }

        @Override
        public String label() {
            return "constant";
        }
    }

    /** Given gross WACs by projected month, percent; the last carries on. */
    record WacVector(List<BigDecimal> wacs) implements RatePath {
        public WacVector {
            wacs = List.copyOf(wacs);
            if (wacs.isEmpty()) {
                throw new IllegalArgumentException("a WAC vector needs at least one rate");
            }
            for (BigDecimal w : wacs) {
                requireRate("WAC", w);
            }
        }

        @Override
        public BigDecimal[] grossWacs(BigDecimal startWac, int months) {
            BigDecimal[] w = new BigDecimal[months];
            for (int k = 0; k < months; k++) {
                w[k] = wacs.get(Math.min(k, wacs.size() - 1));
            }
            return w;
        }

        @Override
        public String label() {
            return "WAC vector " + String.join(", ", wacs.stream().map(BigDecimal::toPlainString).toList());
        }
    }

    /**
     * Hybrid ARM resets: the start WAC until {@code firstResetMonth}; on that month and every
     * {@code resetEveryMonths} after, index + margin, moved at most {@code periodicCap} from the previous rate,
     * and kept within [{@code floor}, {@code lifetimeCap}].
     *
     * @param index the index by projected month, percent; the last value carries on
     * @param margin percent
     * @param firstResetMonth projected month of the first reset, 1 or more
     * @param resetEveryMonths months between resets, 1 or more
     * @param periodicCap largest change at a reset, percent
     * @param lifetimeCap highest rate, percent
     * @param floor lowest rate, percent
     */
    record IndexMargin(List<BigDecimal> index, BigDecimal margin, int firstResetMonth, int resetEveryMonths,
            BigDecimal periodicCap, BigDecimal lifetimeCap, BigDecimal floor) implements RatePath {

        public IndexMargin {
            index = List.copyOf(index);
            Objects.requireNonNull(margin, "margin");
            Objects.requireNonNull(periodicCap, "periodicCap");
            Objects.requireNonNull(lifetimeCap, "lifetimeCap");
            Objects.requireNonNull(floor, "floor");
            if (index.isEmpty()) {
                throw new IllegalArgumentException("an index path needs at least one rate");
            }
            if (firstResetMonth < 1 || resetEveryMonths < 1) {
                throw new IllegalArgumentException("reset months must be 1 or more");
            }
            if (periodicCap.signum() < 0 || floor.signum() < 0 || lifetimeCap.compareTo(floor) < 0) {
                throw new IllegalArgumentException("caps must not be negative and the lifetime cap not below the floor");
            }
        }

        @Override
        public BigDecimal[] grossWacs(BigDecimal startWac, int months) {
            BigDecimal[] w = new BigDecimal[months];
            BigDecimal rate = startWac;
            for (int k = 1; k <= months; k++) {
                if (k >= firstResetMonth && (k - firstResetMonth) % resetEveryMonths == 0) {
                    BigDecimal target = index.get(Math.min(k, index.size()) - 1).add(margin);
                    target = target.min(rate.add(periodicCap)).max(rate.subtract(periodicCap));
                    rate = target.min(lifetimeCap).max(floor);
                }
                w[k - 1] = rate;
            }
            return w;
        }

        @Override
        public String label() {
            return "index + " + margin.toPlainString() + " from month " + firstResetMonth + " every " + resetEveryMonths
                    + " months, caps " + periodicCap.toPlainString() + " periodic / " + lifetimeCap.toPlainString()
                    + " lifetime, floor " + floor.toPlainString();
        }
    }

    private static void requireRate(String what, BigDecimal w) {
        if (w == null || w.signum() < 0 || w.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException(what + " must be a percentage in [0, 100): " + w);
        }
    }
}
