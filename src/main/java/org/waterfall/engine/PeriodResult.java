package org.waterfall.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the engine computes for one distribution date.
 *
 * @param distributionDate the date
 * @param dateNumber its number on the deal calendar (1 = first distribution date)
 * @param classes per class, in deal order
 * @param groups per group, in deal order
 * @param shifting the shifting-interest percentages and tests
 * @param excessFunds available funds left after every class is paid what it is due (to the residual holder)
 */
public record PeriodResult(
        LocalDate distributionDate,
        int dateNumber,
        List<ClassResult> classes,
        List<GroupResult> groups,
        ShiftingInterestState shifting,
        BigDecimal excessFunds) {

    public PeriodResult {
        classes = List.copyOf(classes);
        groups = List.copyOf(groups);
    }

    /** Total available funds of every group. */
    public BigDecimal availableFunds() {
        BigDecimal s = BigDecimal.ZERO;
        for (GroupResult g : groups) {
            s = s.add(g.availableFunds());
        }
        return s;
    }

    /** Total paid to the certificates: interest and principal. */
    public BigDecimal paidToCertificates() {
        BigDecimal s = BigDecimal.ZERO;
        for (ClassResult c : classes) {
            s = s.add(c.interest()).add(c.principal());
        }
        return s;
    }

    public ClassResult classResult(String name) {
        for (ClassResult c : classes) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no class " + name);
    }
}
