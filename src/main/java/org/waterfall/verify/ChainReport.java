package org.waterfall.verify;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of verifying a deal's statements month after month.
 *
 * @param deal the deal id
 * @param months each month's report, in distribution-date order
 * @param history one summary row per month
 */
public record ChainReport(String deal, List<VerificationReport> months, List<MonthSummary> history) {

    public ChainReport {
        months = List.copyOf(months);
        history = List.copyOf(history);
    }

    /**
     * One month of the history.
     *
     * @param distributionDate the month
     * @param dateNumber its number on the deal calendar
     * @param chained whether its inputs came from the previous statement (false: inferred from itself)
     * @param figures figures read
     * @param numbersFound numbers found in the text
     * @param tiedOut figures tied out
     * @param discrepancies figures that differ
     * @param inputs figures used as inputs
     * @param notRecomputed figures not recomputed
     * @param certificatesOverCollateral the printed ending balance of the classes less the printed ending balance of the
     *     collateral (positive: the certificates exceed it)
     * @param drift its change from the previous month (null for the first)
     * @param seniorAboveClosing the step-down test: the aggregate senior percentage above its closing value (all
     *     prepayments to the seniors)
     * @param twoTimesMet the two-times test
     * @param delinquencyTestPassed the delinquency test
     * @param lossTestPassed the cumulative loss test
     * @param scheduledShiftPercent the schedule's shift for the date
     * @param appliedShiftPercent the shift applied
     */
    public record MonthSummary(
            LocalDate distributionDate,
            int dateNumber,
            boolean chained,
            int figures,
            int numbersFound,
            long tiedOut,
            long discrepancies,
            long inputs,
            long notRecomputed,
            BigDecimal certificatesOverCollateral,
            BigDecimal drift,
            boolean seniorAboveClosing,
            boolean twoTimesMet,
            boolean delinquencyTestPassed,
            boolean lossTestPassed,
            BigDecimal scheduledShiftPercent,
            BigDecimal appliedShiftPercent) {
    }

    /** Every month ties out. */
    public boolean tiesOut() {
        return months.stream().allMatch(VerificationReport::tiesOut);
    }
}
