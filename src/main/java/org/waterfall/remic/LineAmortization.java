package org.waterfall.remic;

import java.math.BigDecimal;
import java.math.MathContext;
import org.waterfall.money.Rounding;
import org.waterfall.projection.Speed;

/**
 * One loan line's month: defaults off the balance before the month (MDR x balance; agency collateral is guaranteed,
 * so a defaulted loan's principal is passed through at par), level-pay scheduled principal at the loan rate over the
 * remaining term on the survivors, then prepayments (SMM x the survivors after scheduled principal), and interest at
 * the pass-through rate on the balance before the month. Principal to the cent half up ({@link Rounding#CENTS_HALF_UP}); interest unrounded, because a group's
 * interest is rounded once, on the sum of its lines. PSA runs on the line's age: in
 * projected month {@code k} a line of age {@code a} at settlement is at month {@code a + k} of the ramp.
 */
final class LineAmortization {

    private static final BigDecimal MONTHS_PERCENT = BigDecimal.valueOf(1200);
    private static final MathContext MC = Rounding.INTERMEDIATE;

    /** A line's state before a month. */
    record State(BigDecimal balance, int remainingTerm, int age) {
    }

    /**
     * A line's month.
     *
     * @param scheduled scheduled principal
     * @param prepaid prepaid principal
     * @param defaulted principal of loans that defaulted, repaid at par by the guarantor
     * @param interest pass-through interest, unrounded
     * @param after the line after the month
     */
    record Month(BigDecimal scheduled, BigDecimal prepaid, BigDecimal defaulted, BigDecimal interest, State after) {
        BigDecimal principal() {
            return scheduled.add(prepaid).add(defaulted);
        }
    }

    private LineAmortization() {
    }

    static State start(LoanLine line) {
        return new State(line.balance(), line.remainingTerm(), line.age());
    }

    /** The month {@code month} (1 = the first distribution period) of a line at a prepayment speed, without defaults. */
    static Month month(LoanLine line, State s, Speed prepayment, int month) {
        return month(line, s, prepayment, Speed.ZERO_CDR, month);
    }

    /** The month {@code month} of a line at a prepayment and a default speed (both on the line's age). */
    static Month month(LoanLine line, State s, Speed prepayment, Speed defaults, int month) {
        BigDecimal b = s.balance();
        if (b.signum() == 0) {
            BigDecimal z = BigDecimal.ZERO.setScale(2);
            return new Month(z, z, z, z, s);
        }
        BigDecimal interest = b.multiply(line.passThroughRate()).divide(MONTHS_PERCENT, MC);
        BigDecimal defaulted = defaults.isZero() ? BigDecimal.ZERO.setScale(2)
                : Rounding.CENTS_HALF_UP.apply(b.multiply(new BigDecimal(defaults.monthlyRate(month, s.age() + 1), MC)));
        BigDecimal performing = b.subtract(defaulted);
        BigDecimal scheduled = scheduledPrincipal(performing, line.loanRate(), s.remainingTerm());
        BigDecimal survivors = performing.subtract(scheduled);
        double smm = prepayment.monthlyRate(month, s.age() + 1);
        BigDecimal prepaid = Rounding.CENTS_HALF_UP.apply(survivors.multiply(new BigDecimal(smm, MC)));
        BigDecimal after = survivors.subtract(prepaid);
        return new Month(scheduled, prepaid, defaulted, interest, new State(after, Math.max(s.remainingTerm() - 1, 0), s.age() + 1));
    }

    /** Level-pay scheduled principal: payment B r / (1 - (1 + r)^-n) less interest B r, r the monthly loan rate. */
    static BigDecimal scheduledPrincipal(BigDecimal balance, BigDecimal loanRatePercent, int remainingTerm) {
        if (remainingTerm <= 1) {
            return balance;
        }
        BigDecimal r = loanRatePercent.divide(MONTHS_PERCENT, MC);
        BigDecimal principal;
        if (r.signum() == 0) {
            principal = balance.divide(BigDecimal.valueOf(remainingTerm), MC);
        } else {
            BigDecimal growth = BigDecimal.ONE.add(r).pow(remainingTerm, MC);
            BigDecimal payment = balance.multiply(r).multiply(growth).divide(growth.subtract(BigDecimal.ONE), MC);
            principal = payment.subtract(balance.multiply(r));
        }
        return Rounding.CENTS_HALF_UP.apply(principal).min(balance);
    }
}
