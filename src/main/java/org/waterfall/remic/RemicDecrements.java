package org.waterfall.remic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waterfall.analytics.DecrementTable;

/**
 * The supplement's decrement tables for runs of one deal: for each class, the percent of its original balance (or
 * notional) outstanding after the distribution date in the settlement month of each year after settlement, one
 * column per run, and each run's weighted average life from settlement (cash principal only). Rows run until every
 * class is retired in every run.
 */
public final class RemicDecrements {

    private RemicDecrements() {
    }

    /** The table dates: the distribution date in the settlement month of each following year, until all is paid. */
    public static List<LocalDate> dates(List<RemicRun> runs) {
        RemicDeal deal = runs.get(0).deal();
        LocalDate last = deal.firstDistribution();
        for (RemicRun r : runs) {
            if (!r.dates().isEmpty() && r.dates().get(r.dates().size() - 1).isAfter(last)) {
                last = r.dates().get(r.dates().size() - 1);
            }
        }
        List<LocalDate> dates = new ArrayList<>();
        LocalDate d = firstRowDate(deal);
        while (!d.isAfter(last)) {
            dates.add(d);
            d = d.plusYears(1);
        }
        dates.add(d);
        return dates;
    }

    /** One table per class (regular classes, then exchangeable), columns in run order. */
    public static List<DecrementTable> tables(List<RemicRun> runs) {
        List<LocalDate> dates = dates(runs);
        RemicDeal deal = runs.get(0).deal();
        List<String> names = runs.stream().map(RemicRun::name).toList();
        List<DecrementTable> tables = new ArrayList<>();
        for (int c = 0; c < runs.get(0).classes().size(); c++) {
            List<BigDecimal> originals = new ArrayList<>();
            List<List<BigDecimal>> balances = new ArrayList<>();
            List<Double> wals = new ArrayList<>();
            for (RemicRun r : runs) {
                ClassFlows flows = r.classes().get(c);
                originals.add(flows.original());
                balances.add(balancesOn(r, flows, dates));
                wals.add(r.wal(flows));
            }
            tables.add(DecrementTable.of(runs.get(0).classes().get(c).name(), firstRowDate(deal).minusYears(1), names, originals,
                    balances, wals));
        }
        return tables;
    }

    private static LocalDate firstRowDate(RemicDeal deal) {
        return deal.settlement().withDayOfMonth(deal.paymentDay()).plusYears(1);
    }

    /** The class's balance after each table date (zero after the run's last date). */
    private static List<BigDecimal> balancesOn(RemicRun r, ClassFlows flows, List<LocalDate> dates) {
        List<BigDecimal> out = new ArrayList<>();
        for (LocalDate d : dates) {
            int k = r.dates().indexOf(d);
            out.add(k < 0 ? BigDecimal.ZERO : flows.ending().get(k));
        }
        return out;
    }
}
