package org.waterfall.projection;

import java.math.BigDecimal;
import java.util.List;

/**
 * A loan group's gross WAC (weighted average loan rate, percent) by projected month. The group is treated as one
 * loan: on a rate change its scheduled payment is re-amortized over the remaining term. The servicing and other
 * fees come off the top in the engine (net WAC = gross WAC - fees).
 */
public sealed interface RatePath {

    /** The gross WAC for months 1..{@code months}, percent, starting from the group's WAC at the start. */
    BigDecimal[] grossWacs(BigDecimal startWac, int months);

    /** A full description for the output: every term of the assumption. */
    String label();

    /** A few words for a scenario's name, e.g. {@code ARM index 1.3 (2 cohorts)}; empty for the constant WAC. */
    String nameTag();

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
            return "gross WAC constant at its start value";
        }

        @Override
        public String nameTag() {
            return "";
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

        /** {@code WAC 6/5.5/5}; a vector longer than four rates shows its first three and its last. */
        @Override
        public String nameTag() {
            List<String> v = wacs.stream().map(ArmCohort::plain).toList();
            return "WAC " + (v.size() <= 4 ? String.join("/", v)
                    : String.join("/", v.subList(0, 3)) + "/../" + v.get(v.size() - 1) + " (" + v.size() + " months)");
        }
    }

    /**
     * A hybrid ARM group described by its reset cohorts ({@link ArmCohort}). The group's gross WAC each month is
     * the share-weighted average of the cohorts' rates. Assumption: the cohorts prepay, default and amortize alike,
     * so each keeps its share of the group's balance for the whole run.
     *
     * @param cohorts the cohorts; their shares add up to exactly 100%
     */
    record Cohorts(List<ArmCohort> cohorts) implements RatePath {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        public Cohorts {
            cohorts = List.copyOf(cohorts);
            if (cohorts.isEmpty()) {
                throw new IllegalArgumentException("an ARM group needs at least one cohort");
            }
            BigDecimal total = BigDecimal.ZERO;
            for (ArmCohort c : cohorts) {
                total = total.add(c.sharePercent());
            }
            if (total.compareTo(HUNDRED) != 0) {
                throw new ArmCohort.InvalidField("share", "the cohorts' shares add up to " + ArmCohort.plain(total) + "%, not 100%");
            }
        }

        /** The cohorts' share-weighted rate at the start (a cohort without a rate is at the group's WAC), exact. */
        public BigDecimal startRate(BigDecimal groupStartWac) {
            BigDecimal sum = BigDecimal.ZERO;
            for (ArmCohort c : cohorts) {
                sum = sum.add(c.sharePercent().multiply(c.rate() != null ? c.rate() : groupStartWac));
            }
            return sum.movePointLeft(2);
        }

        /** Exact: the sum of share x rate / 100 (no rounding). */
        @Override
        public BigDecimal[] grossWacs(BigDecimal startWac, int months) {
            BigDecimal[] w = new BigDecimal[months];
            java.util.Arrays.fill(w, BigDecimal.ZERO);
            for (ArmCohort c : cohorts) {
                BigDecimal[] r = c.rates(startWac, months);
                for (int k = 0; k < months; k++) {
                    w[k] = w[k].add(c.sharePercent().multiply(r[k]));
                }
            }
            for (int k = 0; k < months; k++) {
                w[k] = w[k].movePointLeft(2);
            }
            return w;
        }

        @Override
        public String label() {
            StringBuilder s = new StringBuilder("hybrid ARM, ");
            s.append(cohorts.size() == 1 ? "1 cohort: " : cohorts.size() + " cohorts (shares constant: they prepay alike): ");
            for (int i = 0; i < cohorts.size(); i++) {
                s.append(i == 0 ? "" : "; ").append(cohorts.get(i).label());
            }
            return s.toString();
        }

        @Override
        public String nameTag() {
            List<String> indexes = cohorts.stream().map(ArmCohort::indexLabel).distinct().toList();
            return "ARM index " + String.join(" | ", indexes) + (cohorts.size() == 1 ? "" : " (" + cohorts.size() + " cohorts)");
        }
    }

    private static void requireRate(String what, BigDecimal w) {
        if (w == null || w.signum() < 0 || w.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException(what + " must be a percentage in [0, 100): " + w);
        }
    }
}
