package org.waterfall.projection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One loan group over a scenario: its totals, and its monthly collateral flows when the projection kept them.
 *
 * @param group the group id
 * @param start the group at the start (balance, WAC, remaining term and how it was found)
 * @param ratePath the rate path applied, as a label
 * @param totalScheduled scheduled principal over the run
 * @param totalPrepaid prepayments over the run
 * @param totalDefaulted defaults over the run
 * @param totalLoss realized losses over the run
 * @param totalInterest gross interest over the run
 * @param totalFees fees over the run
 * @param endingBalance balance left at the end of the run (zero unless every class was paid first)
 * @param cashflows the monthly flows, or an empty list when the projection kept summaries only (a projection's list is
 *     a read-only view of its run's columns that builds a month's record on each {@code get})
 */
public record GroupProjection(
        String group,
        GroupStart start,
        String ratePath,
        BigDecimal totalScheduled,
        BigDecimal totalPrepaid,
        BigDecimal totalDefaulted,
        BigDecimal totalLoss,
        BigDecimal totalInterest,
        BigDecimal totalFees,
        BigDecimal endingBalance,
        List<GroupCashflow> cashflows) {

    public GroupProjection {
        Objects.requireNonNull(group, "group");
        cashflows = CashflowColumns.isView(cashflows) ? cashflows : List.copyOf(cashflows);
    }
}
