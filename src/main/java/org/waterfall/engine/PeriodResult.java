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
 */
public record PeriodResult(
        LocalDate distributionDate,
        int dateNumber,
        List<ClassResult> classes,
        List<GroupResult> groups,
        ShiftingInterestState shifting) {

    public PeriodResult {
        classes = List.copyOf(classes);
        groups = List.copyOf(groups);
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
