package org.waterfall.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.engine.GroupResult;
import org.waterfall.engine.PeriodResult;
import org.waterfall.projection.ProjectionOptions;
import org.waterfall.projection.Projector;
import org.waterfall.projection.Scenario;
import org.waterfall.projection.StartState;
import org.waterfall.projection.TermMethod;
import org.waterfall.statement.TrusteeStatement;

/**
 * The months after a statement as a projection would run them, each written as the trustee's statement: what the
 * deal would print if the scenario happened. The projection starts where {@code project --from} starts (the printed
 * ending balances); loan counts, coverage, delinquencies and REO stay as the statement printed them, and each group's
 * cumulative losses add the projected realized losses month by month.
 */
public final class ProjectedMonths {

    /** One rendered month. */
    public record Month(LocalDate distributionDate, String text) {
    }

    private ProjectedMonths() {
    }

    /** The first {@code count} projected months after {@code statement} under {@code scenario}. */
    public static List<Month> render(ResolvedDeal deal, TrusteeStatement statement, Scenario scenario, int count) {
        StartState start = StartState.fromStatement(deal, statement, TermMethod.IMPLIED);
        List<PeriodResult> results = new ArrayList<>();
        new Projector(deal, start, ProjectionOptions.defaults()).run(scenario, m -> {
            if (results.size() < count) {
                results.add(m);
            }
        });
        ServicerData carried = ServicerData.carriedFrom(deal, statement);
        List<Month> out = new ArrayList<>();
        for (PeriodResult month : results) {
            out.add(new Month(month.distributionDate(), StatementWriter.write(deal, month, carried)));
            carried = afterLosses(carried, month);
        }
        return out;
    }

    private static ServicerData afterLosses(ServicerData data, PeriodResult month) {
        List<ServicerData.Group> groups = new ArrayList<>();
        for (int g = 0; g < data.groups().size(); g++) {
            ServicerData.Group d = data.groups().get(g);
            GroupResult r = month.groups().get(g);
            BigDecimal cumulative = d.cumulativeLossesBefore().add(r.realizedLoss());
            groups.add(new ServicerData.Group(d.loanCount(), d.advancesThisPeriod(), cumulative, d.bankruptcyCoverage(),
                    d.fraudCoverage(), d.specialHazardCoverage()));
        }
        return new ServicerData(groups, data.delinquencies(), data.reoBalances());
    }
}
