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
 * @param crossCollateralization whether other groups' subordinate principal goes first to a group's seniors
 *     when they are undercollateralized, and a paid-off group's senior principal to the other groups' seniors
 */
public record ShiftingInterest(
        List<ShiftStep> prepaymentShift,
        boolean fullPrepaymentWhenSeniorAboveClosing,
        TwoTimesTest twoTimesTest,
        DelinquencyTest delinquencyTest,
        List<LossTestStep> lossTest,
        boolean classPrepaymentTrigger,
        boolean crossCollateralization) {

    public ShiftingInterest {
        prepaymentShift = List.copyOf(prepaymentShift);
        lossTest = lossTest == null ? List.of() : List.copyOf(lossTest);
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

    /** The cumulative-loss limit, percent of the original subordinate balance, in force on a date. */
    public BigDecimal lossLimitPercent(int dateNumber) {
        for (LossTestStep step : lossTest) {
            if (step.throughDate() == 0 || dateNumber <= step.throughDate()) {
                return step.limitPercentOfOriginalSubordinate();
            }
        }
        return null;
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
    }

    /**
     * Passes while cumulative realized losses are below the limit, percent of the original subordinate
     * balance. {@code throughDate} 0 means "every later date".
     */
    public record LossTestStep(int throughDate, BigDecimal limitPercentOfOriginalSubordinate) {
    }
}
