package org.waterfall.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.waterfall.analytics.PriceOrYield;
import org.waterfall.analytics.Quote;

/**
 * One scenario's results in the terms an analyst compares across scenarios, the one model every summary output
 * renders (table, CSV, workbook, HTML): per class, WAL, principal window, totals, loss, final date and, when asked,
 * the yield at a price or the price at a yield.
 *
 * @param number the scenario's place in the run, 1-based
 * @param scenario the scenario's name
 * @param classes each class with a balance or interest, in deal order
 * @param collateralLoss realized collateral losses over the projection, all groups, dollars
 * @param callDate the date the clean-up call was exercised, or null
 * @param notes how the run ended and anything unusual
 */
public record ScenarioSummary(int number, String scenario, List<ClassSummary> classes, BigDecimal collateralLoss, LocalDate callDate,
        List<String> notes) {

    public ScenarioSummary {
        Objects.requireNonNull(scenario, "scenario");
        classes = List.copyOf(classes);
        notes = List.copyOf(notes);
    }

    /**
     * One class over one scenario.
     *
     * @param name the class
     * @param interestOnly whether the balances are a notional (no principal, no loss)
     * @param startingBalance balance (notional) at the start, dollars
     * @param wal weighted average life, years, or null when no principal was paid
     * @param firstPrincipalDate the principal window's first date, or null
     * @param lastPrincipalDate its last date, or null
     * @param totalPrincipal principal paid, dollars
     * @param totalInterest interest paid, dollars
     * @param totalLoss losses and writedowns, dollars
     * @param finalDate the date the balance reached zero, or null
     * @param quote the yield at the price (or the price at the yield), or null when none was asked or none solves
     * @param quoteProblem why there is no quote when one was asked, or null
     */
    public record ClassSummary(String name, boolean interestOnly, BigDecimal startingBalance, Double wal, LocalDate firstPrincipalDate,
            LocalDate lastPrincipalDate, BigDecimal totalPrincipal, BigDecimal totalInterest, BigDecimal totalLoss, LocalDate finalDate,
            Quote quote, String quoteProblem) {
    }

    /**
     * Summarizes a scenario's result.
     *
     * @param number the scenario's place in the run, 1-based
     * @param quoting the price or yield to quote every class at, or null for none (then cash flows need not be kept)
     * @param settlement the settlement date of the quotes (from the start date on); ignored without {@code quoting}
     */
    public static ScenarioSummary of(int number, ScenarioResult r, PriceOrYield quoting, LocalDate settlement) {
        List<ClassSummary> classes = new ArrayList<>();
        for (ClassProjection c : r.classes()) {
            if (!c.isActive()) {
                continue;
            }
            Quote quote = null;
            String problem = null;
            if (quoting != null) {
                try {
                    quote = quoting.quote(c.pricingInput(settlement));
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
            }
            classes.add(new ClassSummary(c.name(), c.interestOnly(), c.startingBalance(), c.wal(), c.firstPrincipalDate(),
                    c.lastPrincipalDate(), c.totalPrincipal(), c.totalInterest(), c.totalLossAndWritedown(), c.finalDate(), quote, problem));
        }
        BigDecimal loss = BigDecimal.ZERO;
        for (GroupProjection g : r.groups()) {
            loss = loss.add(g.totalLoss());
        }
        return new ScenarioSummary(number, r.scenario().name(), classes, loss, r.callDate(), r.notes());
    }

    /** Summaries of a run's results, numbered in order. */
    public static List<ScenarioSummary> of(List<ScenarioResult> results, PriceOrYield quoting, LocalDate settlement) {
        List<ScenarioSummary> out = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            out.add(of(i + 1, results.get(i), quoting, settlement));
        }
        return out;
    }

    /** A class's summary by name. @throws IllegalArgumentException if the scenario has no such active class */
    public ClassSummary classSummary(String name) {
        for (ClassSummary c : classes) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no class " + name + " in scenario " + scenario);
    }
}
