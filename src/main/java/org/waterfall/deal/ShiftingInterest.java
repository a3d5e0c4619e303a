package org.waterfall.deal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The shifting-interest rules that set each group's Senior Prepayment Percentage (SPP).
 *
 * <p>SPP = SP + (1 - SP) x s, where SP is the group's Senior Percentage and s is the share of the
 * subordinate percentage of prepayments that still goes to the seniors ("shift"), in percent: 100 during the
 * lock-out, then stepping down. After the last step, s = 0 and SPP = SP.
 *
 * @param prepaymentShift steps by distribution-date number, ascending
 * @param fullPrepaymentWhenSeniorAboveClosing SPP = 100% on a date when the aggregate SP exceeds its value at
 *     closing
 * @param twoTimesTest the early step-down test, or {@code null} if the deal has none
 * @param delinquencyTest the delinquency condition of the step-down tests
 * @param lossTest cumulative-loss limits by date, ascending; the last step has no end date
 * @param classPrepaymentTrigger whether a subordinate class other than the most senior outstanding one shares
 *     in prepayments only while its fractional interest is at least its original
 * @param crossCollateralization how one group's principal may pay another group's seniors ({@link
 *     CrossCollateralization#NONE} for none)
 * @param stepDownLossTest the cumulative-loss limits a scheduled step-down of the shift (after the lock-out) must
 *     meet, with the delinquency test, to take effect; empty when the step-downs are unconditional. When they fail,
 *     the shift in force before the step stays.
 */
public record ShiftingInterest(
        List<ShiftStep> prepaymentShift,
        boolean fullPrepaymentWhenSeniorAboveClosing,
        TwoTimesTest twoTimesTest,
        DelinquencyTest delinquencyTest,
        List<LossTestStep> lossTest,
        boolean classPrepaymentTrigger,
        CrossCollateralization crossCollateralization,
        List<LossTestStep> stepDownLossTest) {

    public ShiftingInterest {
        prepaymentShift = List.copyOf(prepaymentShift);
        lossTest = lossTest == null ? List.of() : List.copyOf(lossTest);
        stepDownLossTest = stepDownLossTest == null ? List.of() : List.copyOf(stepDownLossTest);
        crossCollateralization = crossCollateralization == null ? CrossCollateralization.NONE : crossCollateralization;
        int previous = 0;
        for (int i = 0; i < prepaymentShift.size(); i++) {
            ShiftStep step = prepaymentShift.get(i);
            if (step.throughDate() <= previous) {
                throw new DealValidationException("prepaymentShift[" + i + "].throughDate",
                        "must increase: " + step.throughDate() + " after " + previous);
            }
            previous = step.throughDate();
        }
    }

    /** Rules with unconditional cross-collateralization (or none) and unconditional step-downs. */
    public ShiftingInterest(List<ShiftStep> prepaymentShift, boolean fullPrepaymentWhenSeniorAboveClosing, TwoTimesTest twoTimesTest,
            DelinquencyTest delinquencyTest, List<LossTestStep> lossTest, boolean classPrepaymentTrigger,
            boolean crossCollateralization) {
        this(prepaymentShift, fullPrepaymentWhenSeniorAboveClosing, twoTimesTest, delinquencyTest, lossTest, classPrepaymentTrigger,
                crossCollateralization ? CrossCollateralization.UNCONDITIONAL : CrossCollateralization.NONE, List.of());
    }

    /**
     * The scheduled shift percentage s for a distribution-date number, before any test: the first step whose
     * {@code throughDate} is at or after the date; 0 after the last.
     */
    public BigDecimal scheduledShift(int dateNumber) {
        for (ShiftStep step : prepaymentShift) {
            if (dateNumber <= step.throughDate()) {
                return step.shiftPercent();
            }
        }
        return BigDecimal.ZERO;
    }

    /** The cumulative-loss limit of the two-times test, percent of the original subordinate balance, on a date. */
    public BigDecimal lossLimitPercent(int dateNumber) {
        return limitOn(lossTest, dateNumber);
    }

    /** The cumulative-loss limit a step-down must meet on a date, percent of the original subordinate balance, or null. */
    public BigDecimal stepDownLossLimitPercent(int dateNumber) {
        return limitOn(stepDownLossTest, dateNumber);
    }

    private static BigDecimal limitOn(List<LossTestStep> steps, int dateNumber) {
        for (LossTestStep step : steps) {
            if (step.throughDate() == 0 || dateNumber <= step.throughDate()) {
                return step.limitPercentOfOriginalSubordinate();
            }
        }
        return null;
    }

    /**
     * Whether, and when, a group's principal pays another group's seniors.
     *
     * @param undercollateralized an undercollateralized group's seniors (their balance above the group's ending
     *     collateral) take the other groups' subordinate principal first
     * @param retiredGroup a group whose seniors are retired sends the principal its seniors cannot take to the other
     *     groups' seniors
     * @param retiredGroupUnlessSubordinateMultiple when not null, the retired group's principal goes to the other
     *     groups' seniors only while the aggregate subordinate percentage is below this multiple of its closing value
     *     or the delinquency test fails; otherwise the subordinate classes keep it
     */
    public record CrossCollateralization(boolean undercollateralized, boolean retiredGroup,
            BigDecimal retiredGroupUnlessSubordinateMultiple) {
        public static final CrossCollateralization NONE = new CrossCollateralization(false, false, null);
        public static final CrossCollateralization UNCONDITIONAL = new CrossCollateralization(true, true, null);

        public CrossCollateralization {
            if (retiredGroupUnlessSubordinateMultiple != null && retiredGroupUnlessSubordinateMultiple.signum() <= 0) {
                throw new DealValidationException("retiredGroupUnlessSubordinateMultipleAtLeast",
                        "must be positive: " + retiredGroupUnlessSubordinateMultiple.toPlainString());
            }
        }
    }

    /**
     * @param throughDate last distribution-date number of the step
     * @param shiftPercent share (percent) of the subordinate percentage of prepayments paid to the seniors
     */
    public record ShiftStep(int throughDate, BigDecimal shiftPercent) {
        public ShiftStep {
            Objects.requireNonNull(shiftPercent, "shiftPercent");
            if (shiftPercent.signum() < 0 || shiftPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new DealValidationException("shiftPercent", "must be in [0, 100]: " + shiftPercent);
            }
        }
    }

    /**
     * The two-times test: when the aggregate subordinate percentage is at least {@code multiple} times its
     * value at closing and the delinquency and loss tests pass, the shift is {@code shiftThroughSwitch} up to
     * date {@code switchDate} and {@code shiftAfterSwitch} after it (in place of the scheduled shift).
     */
    public record TwoTimesTest(BigDecimal multiple, int switchDate, BigDecimal shiftThroughSwitch, BigDecimal shiftAfterSwitch) {
        public TwoTimesTest {
            Objects.requireNonNull(multiple, "multiple");
            Objects.requireNonNull(shiftThroughSwitch, "shiftThroughSwitch");
            Objects.requireNonNull(shiftAfterSwitch, "shiftAfterSwitch");
        }

        public BigDecimal shift(int dateNumber) {
            return dateNumber <= switchDate ? shiftThroughSwitch : shiftAfterSwitch;
        }
    }

    /**
     * Passes while the 60+ day delinquent balance (foreclosure and REO included), averaged over
     * {@code averagingMonths}, is below {@code limitPercentOfSubordinate} percent of the subordinate classes'
     * balance.
     */
    public record DelinquencyTest(int averagingMonths, BigDecimal limitPercentOfSubordinate) {
        public DelinquencyTest {
            Objects.requireNonNull(limitPercentOfSubordinate, "limitPercentOfSubordinate");
            if (averagingMonths < 1) {
                throw new DealValidationException("averagingMonths", "must be 1 or more: " + averagingMonths);
            }
        }
    }

    /**
     * Passes while cumulative realized losses do not exceed the limit (at the limit passes), percent of the
     * original subordinate balance. {@code throughDate} 0 means "every later date".
     */
    public record LossTestStep(int throughDate, BigDecimal limitPercentOfOriginalSubordinate) {
        public LossTestStep {
            Objects.requireNonNull(limitPercentOfOriginalSubordinate, "limitPercentOfOriginalSubordinate");
            if (limitPercentOfOriginalSubordinate.signum() < 0) {
                throw new DealValidationException("limitPercentOfOriginalSubordinate",
                        "must not be negative: " + limitPercentOfOriginalSubordinate.toPlainString());
            }
        }
    }
}
