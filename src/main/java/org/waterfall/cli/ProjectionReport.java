package org.waterfall.cli;

import java.time.LocalDate;
import java.util.List;
import org.waterfall.analytics.PriceOrYield;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.projection.ScenarioResult;
import org.waterfall.projection.ScenarioSummary;
import org.waterfall.projection.StartState;

/**
 * Everything a projection writer renders: the run and what the user asked to see.
 *
 * @param deal the deal
 * @param start where the projection started
 * @param results each scenario's projection, in run order (with monthly cash flows when the format needs them)
 * @param summaries each scenario's summary, in the same order
 * @param quoting the price or yield every class is quoted at, or null
 * @param settlement the quotes' settlement date
 * @param decrement whether to add the decrement tables
 * @param cashflows whether to add the monthly cash flows where they are optional (csv)
 * @param toDirectory whether the files go to a directory ({@code --out}) rather than standard output
 */
public record ProjectionReport(ResolvedDeal deal, StartState start, List<ScenarioResult> results, List<ScenarioSummary> summaries,
        PriceOrYield quoting, LocalDate settlement, boolean decrement, boolean cashflows, boolean toDirectory) {

    public ProjectionReport {
        results = List.copyOf(results);
        summaries = List.copyOf(summaries);
    }
}
