package org.waterfall.projection;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A scenario's projection.
 *
 * @param scenario the scenario
 * @param start the state it started from
 * @param dates the projected distribution dates, in order
 * @param classes every class of the deal, in deal order
 * @param groups every loan group, in deal order
 * @param callDate the date the clean-up call was exercised, or null
 * @param notes how the run ended and anything unusual (writedowns, collateral left over)
 */
public record ScenarioResult(
        Scenario scenario,
        StartState start,
        List<LocalDate> dates,
        List<ClassProjection> classes,
        List<GroupProjection> groups,
        LocalDate callDate,
        List<String> notes) {

    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(start, "start");
        dates = List.copyOf(dates);
        classes = List.copyOf(classes);
        groups = List.copyOf(groups);
        notes = List.copyOf(notes);
    }

    public ClassProjection classProjection(String name) {
        for (ClassProjection c : classes) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no class " + name);
    }
}
