package org.waterfall.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.waterfall.money.Rounding;

/**
 * The prospectus's decrement table for one class: the percent of the class's starting balance (its balance, or
 * notional, at the start date) still outstanding on each anniversary of the start date, one column per scenario,
 * and each scenario's weighted average life.
 *
 * @param className the class
 * @param scenarios column headings, in input order
 * @param dates the start date, then each anniversary until every scenario is paid down
 * @param percents one row per date, one entry per scenario: percent of the starting balance outstanding, 6
 *     decimals ({@link Rounding#PERCENT_6_HALF_UP}); a prospectus prints these rounded to whole percent
 * @param wals per scenario, years (null when the class receives no principal)
 */
public record DecrementTable(String className, List<String> scenarios, List<LocalDate> dates, List<List<BigDecimal>> percents,
        List<Double> wals) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public DecrementTable {
        Objects.requireNonNull(className, "className");
        scenarios = List.copyOf(scenarios);
        dates = List.copyOf(dates);
        percents = percents.stream().map(List::copyOf).toList();
        wals = java.util.Collections.unmodifiableList(new ArrayList<>(wals));
        if (percents.size() != dates.size()) {
            throw new IllegalArgumentException(dates.size() + " dates but " + percents.size() + " rows");
        }
    }

    /**
     * Builds the table.
     *
     * @param className the class
     * @param start the start date; anniversaries follow it
     * @param scenarios column headings
     * @param startingBalances per scenario, the balance at the start (the same in every scenario of a run)
     * @param anniversaryBalances per scenario, the balance outstanding after the distribution on each anniversary
     *     (entry k for year k + 1); a list may stop early, meaning zero thereafter
     * @param wals per scenario
     */
    public static DecrementTable of(String className, LocalDate start, List<String> scenarios, List<BigDecimal> startingBalances,
            List<List<BigDecimal>> anniversaryBalances, List<Double> wals) {
        int n = scenarios.size();
        if (startingBalances.size() != n || anniversaryBalances.size() != n || wals.size() != n) {
            throw new IllegalArgumentException("one starting balance, balance list and WAL per scenario");
        }
        int years = 0;
        for (List<BigDecimal> balances : anniversaryBalances) {
            int lastNonZero = 0;
            for (int k = 0; k < balances.size(); k++) {
                if (balances.get(k).signum() != 0) {
                    lastNonZero = k + 1;
                }
            }
            years = Math.max(years, lastNonZero + 1);
        }
        List<LocalDate> dates = new ArrayList<>();
        List<List<BigDecimal>> rows = new ArrayList<>();
        for (int year = 0; year <= years; year++) {
            dates.add(start.plusYears(year));
            List<BigDecimal> row = new ArrayList<>(n);
            for (int s = 0; s < n; s++) {
                BigDecimal begin = startingBalances.get(s);
                BigDecimal balance = year == 0 ? begin
                        : year - 1 < anniversaryBalances.get(s).size() ? anniversaryBalances.get(s).get(year - 1) : BigDecimal.ZERO;
                row.add(Rounding.PERCENT_6_HALF_UP.divide(balance.multiply(HUNDRED), begin));
            }
            rows.add(row);
        }
        return new DecrementTable(className, scenarios, dates, rows, wals);
    }
}
