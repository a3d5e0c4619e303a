package org.waterfall.projection;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A prepayment or default speed: a constant, or a month-by-month vector whose last value carries on. Values are
 * in percent in the unit of the {@link Kind}: CPR, SMM, PSA or CDR, MDR, SDA. Month 1 is the first projected
 * month; the PSA and SDA ramps run on loan age instead.
 *
 * @param kind what the values mean
 * @param values one value (a constant) or a vector by projected month, percent
 */
public record Speed(Kind kind, double[] values) {

    /** What a speed's values mean. */
    public enum Kind {
        /** Conditional prepayment rate, percent per annum. */
        CPR(true),
        /** Single monthly mortality, percent per month. */
        SMM(true),
        /** Percent of the PSA prepayment ramp (on loan age). */
        PSA(true),
        /** Constant default rate, percent per annum of the performing balance. */
        CDR(false),
        /** Monthly default rate, percent per month. */
        MDR(false),
        /** Percent of the SDA default curve (on loan age). */
        SDA(false);

        private final boolean prepayment;

        Kind(boolean prepayment) {
            this.prepayment = prepayment;
        }

        public boolean isPrepayment() {
            return prepayment;
        }

        /** The largest value allowed: anything that makes the annual or monthly rate reach 100% is refused. */
        double limit() {
            return switch (this) {
                case CPR, SMM, CDR, MDR -> 100;
                case PSA -> 100 / 0.06;   // 6% CPR at 100% PSA
                case SDA -> 100 / 0.006;  // 0.6% CDR at 100% SDA
            };
        }
    }

    /** No prepayments. */
    public static final Speed ZERO_CPR = new Speed(Kind.CPR, new double[] {0});
    /** No defaults. */
    public static final Speed ZERO_CDR = new Speed(Kind.CDR, new double[] {0});

    public Speed {
        Objects.requireNonNull(kind, "kind");
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(kind + " needs at least one value");
        }
        values = values.clone();
        for (double v : values) {
            if (!Double.isFinite(v) || v < 0) {
                throw new IllegalArgumentException(kind + " must not be negative: " + plain(v));
            }
            if (v >= kind.limit()) {
                throw new IllegalArgumentException(switch (kind) {
                    case PSA -> String.format(java.util.Locale.ROOT, "PSA must stay below 100%% CPR (%.2f PSA): %s", kind.limit(), plain(v));
                    case SDA -> String.format(java.util.Locale.ROOT, "SDA must stay below 100%% CDR (%.2f SDA): %s", kind.limit(), plain(v));
                    default -> kind + " must be below 100: " + plain(v);
                });
            }
        }
    }

    public static Speed of(Kind kind, double value) {
        return new Speed(kind, new double[] {value});
    }

    /** The values, percent (a copy). */
    @Override
    public double[] values() {
        return values.clone();
    }

    public boolean isConstant() {
        return values.length == 1;
    }

    /** The value in force in projected month {@code month} (1-based): the vector's, or its last value after it ends. */
    public double value(int month) {
        return values[Math.min(Math.max(month, 1), values.length) - 1];
    }

    /**
     * The monthly rate as a fraction: SMM for a prepayment speed, MDR for a default speed.
     *
     * @param month projected month, 1 = the first distribution after the start
     * @param loanAge the loans' age in that month (payment number), for PSA and SDA
     */
    public double monthlyRate(int month, int loanAge) {
        double v = value(month);
        double percent = switch (kind) {
            case CPR -> StandardFormulas.smmFromCpr(v);
            case CDR -> StandardFormulas.mdrFromCdr(v);
            case SMM, MDR -> v;
            case PSA -> StandardFormulas.smmFromCpr(StandardFormulas.psaCpr(v, loanAge));
            case SDA -> StandardFormulas.mdrFromCdr(StandardFormulas.sdaCdr(v, loanAge));
        };
        return percent / 100;
    }

    /** A short label: {@code 10 CPR}, {@code 150 PSA}, {@code CPR vector 5, 10, 15}. */
    public String label() {
        if (isConstant()) {
            return plain(values[0]) + " " + kind;
        }
        StringJoiner j = new StringJoiner(", ", kind + " vector ", "");
        for (double v : values) {
            j.add(plain(v));
        }
        return j.toString();
    }

    /** Whether the speed is zero in every month. */
    public boolean isZero() {
        for (double v : values) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Speed s && s.kind == kind && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return label();
    }
}
