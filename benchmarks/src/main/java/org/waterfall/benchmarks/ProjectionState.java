package org.waterfall.benchmarks;

import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.projection.GroupAssumptions;
import org.waterfall.projection.ProjectionOptions;
import org.waterfall.projection.Projector;
import org.waterfall.projection.Scenario;
import org.waterfall.projection.Speed;
import org.waterfall.projection.StartState;
import org.waterfall.projection.TermMethod;
import org.waterfall.statement.StatementParser;

/** 2002-K after the November 2003 statement, resolved and ready to project (built once per trial). */
final class ProjectionState {

    final ResolvedDeal deal;
    final StartState start;
    final Projector projector;

    ProjectionState(boolean keepCashflows) {
        deal = DealYamlReader.read(BenchmarkData.DEAL).resolve();
        start = StartState.fromStatement(deal, StatementParser.parse(BenchmarkData.STATEMENT), TermMethod.IMPLIED);
        ProjectionOptions defaults = ProjectionOptions.defaults();
        projector = new Projector(deal, start, new ProjectionOptions(defaults.ratePaths(), keepCashflows));
    }

    static Scenario cpr(double cpr) {
        return Scenario.of(GroupAssumptions.NONE.withPrepayment(Speed.of(Speed.Kind.CPR, cpr)));
    }
}
