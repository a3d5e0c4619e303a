package org.waterfall.remic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.concurrent.ConcurrentHashMap;
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
        LevelPay pay = LevelPay.at(loanRatePercent);
        BigDecimal r = pay.monthlyRate();
        BigDecimal principal;
        if (r.signum() == 0) {
            principal = balance.divide(BigDecimal.valueOf(remainingTerm), MC);
        } else {
            BigDecimal payment = balance.multiply(r).multiply(pay.growth(remainingTerm)).divide(pay.growthLessOne(remainingTerm), MC);
            principal = payment.subtract(balance.multiply(r));
        }
        return Rounding.CENTS_HALF_UP.apply(principal).min(balance);
    }

    /**
     * A loan rate's monthly rate r = rate / 1200 and its growth factors (1 + r)^n and (1 + r)^n - 1 at
     * {@link Rounding#INTERMEDIATE}, each computed once and kept: every month of every run asks for them, and a deal has
     * a few loan rates and terms of at most {@link #MAX_TERM} months. The values kept are the ones {@code divide} and
     * {@code pow} give, so a run's figures do not depend on what ran before it. Safe for many threads: a factor two
     * threads compute at once is the same value, and a BigDecimal's state is final.
     */
    static final class LevelPay {
        static final int MAX_TERM = 480;
        private static final int MAX_RATES = 256;
        private static final ConcurrentHashMap<BigDecimal, LevelPay> BY_RATE = new ConcurrentHashMap<>();

        private final BigDecimal monthlyRate;
        private final BigDecimal[] growth = new BigDecimal[MAX_TERM + 1];
        private final BigDecimal[] growthLessOne = new BigDecimal[MAX_TERM + 1];

        private LevelPay(BigDecimal loanRatePercent) {
            this.monthlyRate = loanRatePercent.divide(MONTHS_PERCENT, MC);
        }

        static LevelPay at(BigDecimal loanRatePercent) {
            LevelPay pay = BY_RATE.get(loanRatePercent);
            if (pay != null) {
                return pay;
            }
            if (BY_RATE.size() >= MAX_RATES) {
                return new LevelPay(loanRatePercent); // not kept: a process running very many rates computes each afresh
            }
            return BY_RATE.computeIfAbsent(loanRatePercent, LevelPay::new);
        }

        BigDecimal monthlyRate() {
            return monthlyRate;
        }

        /** (1 + r)^n. */
        BigDecimal growth(int n) {
            if (n > MAX_TERM) {
                return BigDecimal.ONE.add(monthlyRate).pow(n, MC);
            }
            BigDecimal g = growth[n];
            if (g == null) {
                g = BigDecimal.ONE.add(monthlyRate).pow(n, MC);
                growth[n] = g;
            }
            return g;
        }

        /** (1 + r)^n - 1. */
        BigDecimal growthLessOne(int n) {
            if (n > MAX_TERM) {
                return growth(n).subtract(BigDecimal.ONE);
            }
            BigDecimal g = growthLessOne[n];
            if (g == null) {
                g = growth(n).subtract(BigDecimal.ONE);
                growthLessOne[n] = g;
            }
            return g;
        }
    }
}
