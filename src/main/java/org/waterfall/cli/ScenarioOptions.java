package org.waterfall.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.projection.GroupAssumptions;
import org.waterfall.projection.ArmSpec;
import org.waterfall.projection.RateAssumption;
import org.waterfall.projection.RateAssumptions;
import org.waterfall.projection.ScenarioDeck;
import org.waterfall.projection.ScenarioGrid;
import org.waterfall.projection.ScenarioPlan;
import org.waterfall.projection.ScenarioText.GroupEntry;
import org.waterfall.projection.Speed;
import org.waterfall.projection.StartState;
import org.waterfall.projection.TermMethod;
import picocli.CommandLine.Option;

/**
 * The scenario options, a mixin of {@code project}, {@code price} and {@code breakeven}: a scenario deck, or lists
 * whose every combination runs. Values are checked as they are parsed ({@link OptionConverters}); what needs the
 * deal (group ids) is checked by {@link #plans(ResolvedDeal)}.
 */
public final class ScenarioOptions {

    @Option(names = "--scenarios", paramLabel = "DECK_YAML",
            description = "Run the named scenarios of this deck file (YAML; see the README's scenario decks) instead of the "
                    + "list options such as --cpr and --cdr, which are then refused.")
    Path deckFile;

    @Option(names = "--cpr", paramLabel = "LIST", split = ",", converter = OptionConverters.Cpr.class,
            description = "Constant prepayment rates, percent per annum.")
    List<Speed> cpr = new ArrayList<>();

    @Option(names = "--psa", paramLabel = "LIST", split = ",", converter = OptionConverters.Psa.class,
            description = "PSA prepayment speeds, percent (on loan age).")
    List<Speed> psa = new ArrayList<>();

    @Option(names = "--smm", paramLabel = "LIST", split = ",", converter = OptionConverters.Smm.class,
            description = "Single monthly mortality rates, percent per month.")
    List<Speed> smm = new ArrayList<>();

    @Option(names = "--cpr-vector", paramLabel = "V1,V2,...", converter = OptionConverters.CprVector.class,
            description = "A CPR by projected month (the last carries on); one scenario per option; repeatable.")
    List<Speed> cprVectors = new ArrayList<>();

    @Option(names = "--psa-vector", paramLabel = "V1,V2,...", converter = OptionConverters.PsaVector.class,
            description = "A PSA speed by projected month; repeatable.")
    List<Speed> psaVectors = new ArrayList<>();

    @Option(names = "--cdr", paramLabel = "LIST", split = ",", converter = OptionConverters.Cdr.class,
            description = "Constant default rates, percent per annum of the performing balance.")
    List<Speed> cdr = new ArrayList<>();

    @Option(names = "--sda", paramLabel = "LIST", split = ",", converter = OptionConverters.Sda.class,
            description = "SDA default speeds, percent (on loan age).")
    List<Speed> sda = new ArrayList<>();

    @Option(names = "--cdr-vector", paramLabel = "V1,V2,...", converter = OptionConverters.CdrVector.class,
            description = "A CDR by projected month; repeatable.")
    List<Speed> cdrVectors = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "LIST", split = ",", converter = OptionConverters.Severity.class,
            description = "Loss severities, percent of the defaulted balance (default 35).")
    List<BigDecimal> severity = new ArrayList<>();

    @Option(names = "--lag", paramLabel = "N", converter = OptionConverters.Lag.class,
            description = "Months from default to liquidation (default 12).")
    Integer lag;

    @Option(names = "--delinquency", paramLabel = "PCT", converter = OptionConverters.Delinquency.class,
            description = "Performing balance 60+ days delinquent, percent, for the delinquency test (default 0).")
    BigDecimal delinquency;

    @Option(names = "--call", paramLabel = "PCT", converter = OptionConverters.Call.class,
            description = "Clean-up call at this percent of the original pool balance (default: no call).")
    BigDecimal call;

    @Option(names = "--group-cpr", paramLabel = "G=PCT", converter = OptionConverters.GroupCpr.class,
            description = "A group's CPR in every scenario, e.g. 3=40; repeatable.")
    List<GroupEntry<Speed>> groupCpr = new ArrayList<>();

    @Option(names = "--group-psa", paramLabel = "G=PCT", converter = OptionConverters.GroupPsa.class,
            description = "A group's PSA speed in every scenario; repeatable.")
    List<GroupEntry<Speed>> groupPsa = new ArrayList<>();

    @Option(names = "--term", paramLabel = "METHOD", defaultValue = "implied",
            description = "Remaining term: implied (from the start month's scheduled principal; default) or contractual "
                    + "(original term less the dates elapsed).")
    TermChoice termChoice;

    @Option(names = "--wac-path", paramLabel = "G=W1,W2,...", converter = OptionConverters.GroupWacPath.class,
            description = "A group's gross WAC by projected month, percent (the last carries on); repeatable.")
    List<RateAssumption> wacPaths = new ArrayList<>();

    @Option(names = "--arm", paramLabel = "G=SPEC", converter = OptionConverters.GroupArm.class,
            description = "Hybrid ARM cohorts for a group: G=index:I1/I2/...,margin:M,first:N,every:N,cap:C,life:L"
                    + "[,share:S,rate:R,firstcap:C,lifeover:L,floor:F,round:eighth|none], cohorts separated by ';' (see README); "
                    + "repeatable, one per group.")
    List<RateAssumption> arms = new ArrayList<>();

    @Option(names = "--arm-file", paramLabel = "YAML", description = "Hybrid ARM cohorts by group from a YAML file (see README).")
    Path armFile;

    @Option(names = "--allow-implausible", description = "Run with a start file or rates that fail the plausibility bounds "
            + "(gross WAC, implied remaining term; see README).")
    boolean allowImplausible;

    /** Choices for {@code --term}. */
    public enum TermChoice { implied, contractual }

    /** How to find each group's remaining term. */
    public TermMethod termMethod() {
        return termChoice == TermChoice.contractual ? TermMethod.CONTRACTUAL : TermMethod.IMPLIED;
    }

    /** Whether any default speed was given on the command line. */
    boolean anyDefaults() {
        return !cdr.isEmpty() || !sda.isEmpty() || !cdrVectors.isEmpty();
    }

    /**
     * The scenarios to run, without repeats: the deck's, or every combination of the lists (prepayment outermost,
     * then defaults, then severity), named with their rate assumptions.
     *
     * @throws UserInputException naming the option, for a group the deal does not have or a deck given with lists
     * @throws org.waterfall.InputException naming the option or file, for a rate assumption that fails its checks
     */
    ScenarioPlan.Distinct plans(ResolvedDeal deal, StartState start) {
        if (deckFile != null) {
            List<String> lists = listOptionsGiven();
            if (!lists.isEmpty()) {
                throw new UserInputException("--scenarios: the deck defines the scenarios; leave out " + String.join(", ", lists));
            }
            ScenarioDeck deck = ScenarioDeck.read(deckFile, deal);
            deck.check(deal, start, allowImplausible);
            return ScenarioPlan.distinct(deck.plans());
        }
        RateAssumptions rates = rates();
        rates.check(deal, start, allowImplausible);
        return ScenarioPlan.distinct(ScenarioPlan.of(rates.named(grid(deal)), rates.paths()));
    }

    /** Every group's rate assumption from --wac-path, --arm and --arm-file; two for one group are refused. */
    private RateAssumptions rates() {
        List<RateAssumption> all = new ArrayList<>(wacPaths);
        all.addAll(arms);
        if (armFile != null) {
            all.addAll(ArmSpec.readFile(armFile));
        }
        return RateAssumptions.of(all);
    }

    private List<String> listOptionsGiven() {
        List<String> given = new ArrayList<>();
        String[] names = {"--cpr", "--psa", "--smm", "--cpr-vector", "--psa-vector", "--cdr", "--sda", "--cdr-vector", "--severity",
            "--group-cpr", "--group-psa", "--wac-path", "--arm"};
        if (armFile != null) {
            given.add("--arm-file");
        }
        List<?>[] values = {cpr, psa, smm, cprVectors, psaVectors, cdr, sda, cdrVectors, severity, groupCpr, groupPsa, wacPaths, arms};
        for (int i = 0; i < names.length; i++) {
            if (!values[i].isEmpty()) {
                given.add(names[i]);
            }
        }
        if (lag != null) {
            given.add("--lag");
        }
        if (delinquency != null) {
            given.add("--delinquency");
        }
        if (call != null) {
            given.add("--call");
        }
        return given;
    }

    private List<org.waterfall.projection.Scenario> grid(ResolvedDeal deal) {
        List<Speed> prepayments = new ArrayList<>();
        prepayments.addAll(cpr);
        prepayments.addAll(psa);
        prepayments.addAll(smm);
        prepayments.addAll(cprVectors);
        prepayments.addAll(psaVectors);
        if (prepayments.isEmpty()) {
            prepayments.add(Speed.ZERO_CPR);
        }
        List<Speed> defaults = new ArrayList<>();
        defaults.addAll(cdr);
        defaults.addAll(sda);
        defaults.addAll(cdrVectors);
        if (defaults.isEmpty()) {
            defaults.add(Speed.ZERO_CDR);
        }
        List<BigDecimal> severities = severity.isEmpty() ? List.of(GroupAssumptions.NONE.severityPercent()) : severity;
        GroupAssumptions base = GroupAssumptions.NONE
                .withRecoveryLag(lag == null ? GroupAssumptions.NONE.recoveryLagMonths() : lag)
                .withDelinquency(delinquency == null ? BigDecimal.ZERO : delinquency);
        Map<String, Speed> groupSpeeds = new LinkedHashMap<>();
        for (List<GroupEntry<Speed>> entries : List.of(groupCpr, groupPsa)) {
            for (GroupEntry<Speed> e : entries) {
                requireGroup(deal, e.group(), entries == groupCpr ? "--group-cpr" : "--group-psa");
                if (groupSpeeds.put(e.group(), e.value()) != null) {
                    throw new UserInputException("--group-cpr/--group-psa: group " + e.group() + " is given a prepayment speed twice");
                }
            }
        }
        return ScenarioGrid.combine(prepayments, defaults, severities, base, groupSpeeds, call);
    }

    private static void requireGroup(ResolvedDeal deal, String group, String option) {
        if (deal.groupIndex(group) < 0) {
            throw new UserInputException(option + ": the deal " + deal.deal().id() + " has no group '" + group + "'");
        }
    }
}
