package org.waterfall.collateral;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The collateral side of one distribution date: each group's figures, and the history the step-down tests
 * need.
 *
 * @param distributionDate the distribution date
 * @param groups one entry per loan group of the deal
 * @param delinquent60PlusAverage 60+ day delinquent balance (foreclosure and REO included), averaged over the
 *     delinquency test's months
 * @param cumulativeLossesBefore realized losses of every earlier period
 * @param previousShiftPercent the scheduled prepayment shift in force after the step-down tests on the previous date,
 *     percent; null when unknown (every earlier step-down is then taken to have passed)
 * @param finalDistribution whether this is the final distribution (a clean-up call or the last loan paid): every
 *     class is paid its whole balance in order of seniority as far as the funds go, and what is left unpaid is
 *     written off from the most junior class up
 */
public record PeriodCollateral(
        LocalDate distributionDate,
        List<GroupCollateral> groups,
        BigDecimal delinquent60PlusAverage,
        BigDecimal cumulativeLossesBefore,
        BigDecimal previousShiftPercent,
        boolean finalDistribution) {

    public PeriodCollateral {
        Objects.requireNonNull(distributionDate, "distributionDate");
        groups = List.copyOf(groups);
        Objects.requireNonNull(delinquent60PlusAverage, "delinquent60PlusAverage");
        Objects.requireNonNull(cumulativeLossesBefore, "cumulativeLossesBefore");
    }

    /** A date in the middle of a deal's life, with no history of step-down outcomes. */
    public PeriodCollateral(LocalDate distributionDate, List<GroupCollateral> groups, BigDecimal delinquent60PlusAverage,
            BigDecimal cumulativeLossesBefore) {
        this(distributionDate, groups, delinquent60PlusAverage, cumulativeLossesBefore, null, false);
    }
}
