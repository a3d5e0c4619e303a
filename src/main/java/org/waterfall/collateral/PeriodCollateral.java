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
 */
public record PeriodCollateral(
        LocalDate distributionDate,
        List<GroupCollateral> groups,
        BigDecimal delinquent60PlusAverage,
        BigDecimal cumulativeLossesBefore) {

    public PeriodCollateral {
        Objects.requireNonNull(distributionDate, "distributionDate");
        groups = List.copyOf(groups);
        Objects.requireNonNull(delinquent60PlusAverage, "delinquent60PlusAverage");
        Objects.requireNonNull(cumulativeLossesBefore, "cumulativeLossesBefore");
    }
}
