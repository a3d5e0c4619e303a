package org.waterfall.cli;

import java.nio.file.Path;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.PeriodDataYamlReader;
import org.waterfall.projection.StartState;
import org.waterfall.projection.TermMethod;
import org.waterfall.statement.StatementParser;
import picocli.CommandLine.Option;

/** Where a projection starts: after a statement, or after the month of a period data file. One of the two. */
public final class StartOptions {

    @Option(names = "--from", paramLabel = "STATEMENT", required = true,
            description = "Start after this trustee statement's distribution: the printed ending class balances, each group's "
                    + "ending balance and WAC, and the remaining term implied from the month (as verify infers it).")
    Path statementFile;

    @Option(names = "--start", paramLabel = "PERIOD_YAML", required = true,
            description = "Start after the month of this period data file: its groups' collateral, and the classes' beginning "
                    + "balances from its classBalances (needed for any month after the first distribution date, where the "
                    + "classes no longer stand at their original balances).")
    Path periodFile;

    /** The state after the chosen month; a period file is checked for plausibility unless {@code allowImplausible}. */
    StartState load(ResolvedDeal deal, TermMethod method, boolean allowImplausible) {
        if (statementFile != null) {
            return StartState.fromStatement(deal, StatementParser.parse(statementFile), method);
        }
        PeriodDataYamlReader.PeriodData period = PeriodDataYamlReader.readPeriodData(periodFile, deal, allowImplausible);
        return StartState.fromPeriodData(deal, period.collateral(), period.classBalances(), periodFile.toString(), method);
    }
}
