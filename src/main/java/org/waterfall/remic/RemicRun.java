package org.waterfall.remic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.waterfall.projection.Speed;

/**
 * A REMIC run from settlement to the last payment under one prepayment speed and index path.
 *
 * @param deal the deal
 * @param prepayment the prepayment speed
 * @param defaults the default speed (defaulted principal repaid at par by the guarantor)
 * @param index the index path
 * @param dates the distribution dates
 * @param classes every class as reported: regular classes in deal order, then exchangeable classes
 * @param groups each group's collateral and residual, in deal order
 */
public record RemicRun(RemicDeal deal, Speed prepayment, Speed defaults, IndexRate index, List<LocalDate> dates, List<ClassFlows> classes,
        List<GroupFlows> groups) {

    /**
     * A group's collateral flows and what no class received.
     *
     * @param id the group
     * @param principal collateral principal passed through each date
     * @param interest collateral interest passed through each date
     * @param residualInterest collateral interest no class was owed (see {@link RemicEngine.PeriodOutcome})
     * @param residualPrincipal collateral principal no rule could pay
     * @param ending the collateral balance after each date
     */
    public record GroupFlows(String id, List<BigDecimal> principal, List<BigDecimal> interest, List<BigDecimal> residualInterest,
            List<BigDecimal> residualPrincipal, List<BigDecimal> ending) {
        public GroupFlows {
            principal = List.copyOf(principal);
            interest = List.copyOf(interest);
            residualInterest = List.copyOf(residualInterest);
            residualPrincipal = List.copyOf(residualPrincipal);
            ending = List.copyOf(ending);
        }
    }

    public RemicRun {
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(defaults, "defaults");
        dates = List.copyOf(dates);
        classes = List.copyOf(classes);
        groups = List.copyOf(groups);
    }

    /** The scenario's name, e.g. {@code 150 PSA}, or {@code 150 PSA, 2 CDR} with defaults. */
    public String name() {
        return defaults.isZero() ? prepayment.label() : prepayment.label() + ", " + defaults.label();
    }

    /** A class's flows by name. @throws IllegalArgumentException if there is none */
    public ClassFlows flows(String className) {
        for (ClassFlows c : classes) {
            if (c.name().equals(className)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no class " + className);
    }

    /** A class's WAL (its notional's for an interest-only class), years from settlement. */
    public Double wal(ClassFlows c) {
        return c.notional() ? c.notionalLife(deal.settlement(), dates) : c.wal(deal.settlement(), dates);
    }
}
