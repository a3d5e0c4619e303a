package org.waterfall.projection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.waterfall.analytics.DecrementTable;

/** Decrement tables from a list of scenario results of one start state: one table per class with a balance. */
public final class Decrements {

    private Decrements() {
    }

    /** One table per class with a starting balance (or notional), in deal order; one column per result. */
    public static List<DecrementTable> tables(List<ScenarioResult> results) {
        if (results.isEmpty()) {
            return List.of();
        }
        List<String> names = results.stream().map(r -> r.scenario().name()).toList();
        List<DecrementTable> tables = new ArrayList<>();
        List<ClassProjection> first = results.get(0).classes();
        for (int c = 0; c < first.size(); c++) {
            if (first.get(c).startingBalance().signum() == 0) {
                continue;
            }
            List<BigDecimal> starting = new ArrayList<>();
            List<List<BigDecimal>> balances = new ArrayList<>();
            List<Double> wals = new ArrayList<>();
            for (ScenarioResult r : results) {
                ClassProjection cp = r.classes().get(c);
                starting.add(cp.startingBalance());
                balances.add(cp.anniversaryBalances());
                wals.add(cp.wal());
            }
            tables.add(DecrementTable.of(first.get(c).name(), results.get(0).start().asOf(), names, starting, balances, wals));
        }
        return tables;
    }
}
