package org.waterfall.engine;

import java.math.BigDecimal;

/**
 * Why the senior prepayment percentages came out as they did on a date: the aggregate percentages and the
 * outcome of each test. Fractions at working precision.
 *
 * @param aggregateSeniorFraction seniors' beginning balance over all groups' beginning balance
 * @param closingSeniorFraction the same at closing
 * @param aggregateSubordinateFraction 1 - aggregate senior
 * @param closingSubordinateFraction the same at closing
 * @param scheduledShiftPercent the schedule's shift for the date, percent
 * @param appliedShiftPercent the shift actually applied, percent (100 means SPP = 100%)
 * @param seniorAboveClosing whether the aggregate senior percentage exceeded its closing value
 * @param twoTimesMet whether the subordinate percentage reached the two-times multiple
 * @param delinquencyTestPassed the delinquency test
 * @param lossTestPassed the cumulative loss test of the two-times test
 * @param subordinateRate the subordinate rate, percent, unrounded
 * @param steppedShiftPercent the schedule's shift after the step-down tests (the previous shift when a step-down
 *     failed them), percent: what the next date compares its step with
 * @param stepDownPassed the step-down tests (delinquency and that year's loss limit); null when the deal has none
 * @param retiredGroupCrossCollateralization whether a group whose seniors are retired would send its principal to the
 *     other groups' seniors on this date
 */
public record ShiftingInterestState(
        BigDecimal aggregateSeniorFraction,
        BigDecimal closingSeniorFraction,
        BigDecimal aggregateSubordinateFraction,
        BigDecimal closingSubordinateFraction,
        BigDecimal scheduledShiftPercent,
        BigDecimal appliedShiftPercent,
        boolean seniorAboveClosing,
        boolean twoTimesMet,
        boolean delinquencyTestPassed,
        boolean lossTestPassed,
        BigDecimal subordinateRate,
        BigDecimal steppedShiftPercent,
        Boolean stepDownPassed,
        boolean retiredGroupCrossCollateralization) {
}
