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
 * @param lossTestPassed the cumulative loss test
 * @param subordinateRate the subordinate rate, percent, unrounded
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
        BigDecimal subordinateRate) {
}
