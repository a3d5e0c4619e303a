package org.waterfall.remic;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a class's coupon is set each period, percent per annum (interest is one month's, 30/360, on the balance or
 * notional before the distribution).
 */
public sealed interface InterestRule {

    /** The coupon for a period. @param group the class's collateral group's pass-through rate this period */
    BigDecimal rate(int period, IndexRate index, BigDecimal groupNetRate);

    /** A fixed coupon, percent. */
    record Fixed(BigDecimal rate) implements InterestRule {
        public Fixed {
            requireRate("fixed", rate);
        }

        @Override
        public BigDecimal rate(int period, IndexRate index, BigDecimal groupNetRate) {
            return rate;
        }
    }

    /** No interest: a principal-only class. */
    record PrincipalOnly() implements InterestRule {
        @Override
        public BigDecimal rate(int period, IndexRate index, BigDecimal groupNetRate) {
            return BigDecimal.ZERO;
        }
    }

    /** The group's weighted average pass-through rate (net WAC) less a spread (zero for a WAC class). */
    record NetWac(BigDecimal minus) implements InterestRule {
        public NetWac {
            Objects.requireNonNull(minus, "minus");
        }

        @Override
        public BigDecimal rate(int period, IndexRate index, BigDecimal groupNetRate) {
            return groupNetRate.subtract(minus).max(BigDecimal.ZERO);
        }
    }

    /**
     * Floating or inverse floating on the index: {@code constant + multiplier x index}, kept within [floor, cap];
     * a floater is margin + 1 x index, an inverse floater constant - m x index.
     *
     * @param constant the margin of a floater, the constant of an inverse floater, percent
     * @param multiplier the index multiplier (negative for an inverse floater)
     * @param floor lowest rate, percent
     * @param cap highest rate, percent
     * @param firstRate the rate of period 1 (set before issuance), percent; null to use the formula
     */
    record IndexLinked(BigDecimal constant, BigDecimal multiplier, BigDecimal floor, BigDecimal cap, BigDecimal firstRate)
            implements InterestRule {
        public IndexLinked {
            Objects.requireNonNull(constant, "constant");
            Objects.requireNonNull(multiplier, "multiplier");
            requireRate("floor", floor);
            requireRate("cap", cap);
            if (cap.compareTo(floor) < 0) {
                throw new IllegalArgumentException("cap " + cap.toPlainString() + " is below the floor " + floor.toPlainString());
            }
            if (firstRate != null) {
                requireRate("firstRate", firstRate);
            }
        }

        @Override
        public BigDecimal rate(int period, IndexRate index, BigDecimal groupNetRate) {
            if (period == 1 && firstRate != null) {
                return firstRate;
            }
            return constant.add(multiplier.multiply(index.level(period))).max(floor).min(cap);
        }
    }

    private static void requireRate(String what, BigDecimal rate) {
        if (rate == null) {
            throw new NullPointerException(what);
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException(what + " must be a percentage in [0, 100): " + rate.toPlainString());
        }
    }
}
