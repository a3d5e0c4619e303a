package org.waterfall.projection;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What is assumed about one loan group's loans, month by month.
 *
 * <p>Order within a month (the standard one, as in SIFMA's formulas): defaults are taken off the beginning
 * performing balance first (performing balance x MDR); scheduled principal is then due on the surviving
 * performing balance; prepayments are SMM x (surviving balance - scheduled principal). A defaulted balance stops
 * paying principal and is liquidated {@code recoveryLagMonths} later (0: the same month) with proceeds
 * (1 - severity) x balance; until then it stays in the pool balance, counts as 60+ days delinquent for the
 * delinquency test, and its interest is advanced (the engine pays the classes' coupons in full).
 *
 * @param prepayment a prepayment speed (CPR, SMM or PSA)
 * @param defaults a default speed (CDR, MDR or SDA)
 * @param severityPercent loss severity on liquidation, percent of the defaulted balance, 0..100
 * @param recoveryLagMonths months from default to liquidation, 0 or more
 * @param delinquencyPercent performing balance assumed 60+ days delinquent, percent, for the delinquency test
 *     (loans awaiting liquidation are added to it)
 */
public record GroupAssumptions(Speed prepayment, Speed defaults, BigDecimal severityPercent, int recoveryLagMonths,
        BigDecimal delinquencyPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The longest recovery lag accepted, months. */
    public static final int MAX_RECOVERY_LAG = 120;

    /** No prepayments, no defaults, no delinquency (severity 35%, lag 12 months: they only matter with defaults). */
    public static final GroupAssumptions NONE = new GroupAssumptions(Speed.ZERO_CPR, Speed.ZERO_CDR, BigDecimal.valueOf(35), 12,
            BigDecimal.ZERO);

    public GroupAssumptions {
        Objects.requireNonNull(prepayment, "prepayment");
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(severityPercent, "severityPercent");
        Objects.requireNonNull(delinquencyPercent, "delinquencyPercent");
        if (!prepayment.kind().isPrepayment()) {
            throw new IllegalArgumentException("prepayment speed must be CPR, SMM or PSA, not " + prepayment.kind());
        }
        if (defaults.kind().isPrepayment()) {
            throw new IllegalArgumentException("default speed must be CDR, MDR or SDA, not " + defaults.kind());
        }
        requirePercent("severity", severityPercent);
        requirePercent("delinquency", delinquencyPercent);
        if (recoveryLagMonths < 0 || recoveryLagMonths > MAX_RECOVERY_LAG) {
            throw new IllegalArgumentException("recovery lag must be 0.." + MAX_RECOVERY_LAG + " months: " + recoveryLagMonths);
        }
    }

    public GroupAssumptions withPrepayment(Speed speed) {
        return new GroupAssumptions(speed, defaults, severityPercent, recoveryLagMonths, delinquencyPercent);
    }

    public GroupAssumptions withDefaults(Speed speed) {
        return new GroupAssumptions(prepayment, speed, severityPercent, recoveryLagMonths, delinquencyPercent);
    }

    public GroupAssumptions withSeverity(BigDecimal percent) {
        return new GroupAssumptions(prepayment, defaults, percent, recoveryLagMonths, delinquencyPercent);
    }

    public GroupAssumptions withRecoveryLag(int months) {
        return new GroupAssumptions(prepayment, defaults, severityPercent, months, delinquencyPercent);
    }

    public GroupAssumptions withDelinquency(BigDecimal percent) {
        return new GroupAssumptions(prepayment, defaults, severityPercent, recoveryLagMonths, percent);
    }

    /** e.g. {@code 10 CPR, 2 CDR, 40% severity, 12-month lag}; defaults, severity and lag only when there are defaults. */
    public String label() {
        StringBuilder s = new StringBuilder(prepayment.label());
        if (!defaults.isZero()) {
            s.append(", ").append(defaults.label()).append(", ").append(severityPercent.stripTrailingZeros().toPlainString())
                    .append("% severity, ").append(recoveryLagMonths).append("-month lag");
        }
        if (delinquencyPercent.signum() != 0) {
            s.append(", ").append(delinquencyPercent.stripTrailingZeros().toPlainString()).append("% 60+ delinquent");
        }
        return s.toString();
    }

    private static void requirePercent(String what, BigDecimal v) {
        if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(what + " must be a percentage in [0, 100]: " + v.toPlainString());
        }
    }
}
