package org.waterfall.deal.yaml;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waterfall.InputException;
import org.waterfall.InputProblem;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.collateral.Plausibility;
import org.waterfall.deal.ResolvedDeal;

/**
 * Reads a period data file ({@code deals/<deal>/collateral/<yyyy-mm>.yaml}): each group's collateral for one
 * distribution date, as a servicer would report it. Problems are reported with file, line and key. Read for a
 * deal, values that make no sense for its groups are refused too ({@link Plausibility}); {@code plausibility:
 * unchecked} in the file says they are intended.
 */
public final class PeriodDataYamlReader {

    private static final String CHECKED = "checked";
    private static final String UNCHECKED = "unchecked";

    private PeriodDataYamlReader() {
    }

    record PeriodDocument(
            @JsonProperty(required = true) LocalDate distributionDate,
            String source,
            BigDecimal delinquent60PlusAverage,
            BigDecimal cumulativeLossesBefore,
            @JsonProperty(required = true) List<GroupDocument> groups,
            java.util.Map<String, BigDecimal> classBalances,
            String plausibility) {
    }

    record GroupDocument(
            @JsonProperty(required = true) String group,
            @JsonProperty(required = true) BigDecimal beginningBalance,
            @JsonProperty(required = true) BigDecimal scheduledPrincipal,
            @JsonProperty(required = true) BigDecimal prepayments,
            BigDecimal liquidatedBalance,
            BigDecimal liquidationProceeds,
            @JsonProperty(required = true) BigDecimal grossWac,
            BigDecimal prepaymentInterestShortfall,
            BigDecimal compensatingInterest,
            BigDecimal reliefActShortfall,
            BigDecimal advancesOnLiquidated,
            BigDecimal excessLoss,
            BigDecimal interestCollected) {
    }

    /**
     * A period data file: the collateral, and optionally the classes' beginning balances for the period
     * (principal classes by name; empty when the file gives none).
     */
    public record PeriodData(PeriodCollateral collateral, java.util.Map<String, BigDecimal> classBalances) {
        public PeriodData {
            classBalances = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(classBalances));
        }
    }

    public static PeriodCollateral read(Path file) {
        return readPeriodData(file).collateral();
    }

    public static PeriodData readPeriodData(Path file) {
        return periodData(YamlBinder.bind(file, PeriodDocument.class), null);
    }

    /** A period data file for a deal (groups matched by id, values checked for plausibility). */
    public static PeriodCollateral read(Path file, ResolvedDeal deal) {
        return readPeriodData(file, deal, false).collateral();
    }

    /**
     * A period data file for a deal: its groups matched to the deal's by id (an unknown group, a group given twice or
     * a missing one is refused), and refused when a value is implausible for the deal's groups ({@link Plausibility})
     * unless the file says {@code plausibility: unchecked} or {@code allowImplausible}.
     *
     * @throws InputException naming file, line and key of every problem (the first on the line)
     */
    public static PeriodData readPeriodData(Path file, ResolvedDeal deal, boolean allowImplausible) {
        YamlBinder.Bound<PeriodDocument> bound = YamlBinder.bind(file, PeriodDocument.class);
        PeriodData data = periodData(bound, deal);
        if (allowImplausible || UNCHECKED.equals(bound.document().plausibility())) {
            return data;
        }
        List<InputProblem> problems = new ArrayList<>();
        for (Plausibility.Finding f : Plausibility.check(deal, data.collateral())) {
            problems.add(bound.problem("groups[" + f.groupPosition() + "]." + f.key(), f.message() + " (if intended, add '"
                    + Plausibility.OVERRIDE_KEY + "' to the file or use " + Plausibility.OVERRIDE_OPTION + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return data;
    }

    /** The file's data; with a deal, its groups matched to the deal's by id, each problem with its line and key. */
    private static PeriodData periodData(YamlBinder.Bound<PeriodDocument> bound, ResolvedDeal deal) {
        PeriodDocument d = bound.document();
        List<InputProblem> problems = new ArrayList<>();
        if (deal != null) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < d.groups().size(); i++) {
                String id = d.groups().get(i).group();
                if (deal.groupIndex(id) < 0) {
                    problems.add(bound.problem("groups[" + i + "].group", "unknown group '" + id + "': the deal "
                            + deal.deal().id() + " defines " + String.join(", ", deal.deal().groups().stream().map(g -> g.id()).toList())));
                } else if (!seen.add(id)) {
                    problems.add(bound.problem("groups[" + i + "].group", "group '" + id + "' given twice"));
                }
            }
            for (int g = 0; g < deal.groupCount(); g++) {
                if (!seen.contains(deal.group(g).id()) && problems.isEmpty()) {
                    problems.add(bound.problem("groups", "no entry for the deal's group '" + deal.group(g).id() + "'"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
        }
        List<GroupCollateral> groups = new ArrayList<>();
        for (int i = 0; i < d.groups().size(); i++) {
            GroupDocument g = d.groups().get(i);
            try {
                // without the servicer's interest figure, the interest is known only to the printed WAC's precision
                BigDecimal interest = g.interestCollected() != null ? g.interestCollected()
                        : g.grossWac() == null || g.beginningBalance() == null ? null
                        : GroupCollateral.interestAtTopOfPrintedWac(g.beginningBalance(), g.grossWac());
                groups.add(new GroupCollateral(g.group(), g.beginningBalance(), g.scheduledPrincipal(), g.prepayments(),
                        orZero(g.liquidatedBalance()), orZero(g.liquidationProceeds()), g.grossWac(),
                        orZero(g.prepaymentInterestShortfall()), orZero(g.compensatingInterest()), orZero(g.reliefActShortfall()),
                        orZero(g.advancesOnLiquidated()), orZero(g.excessLoss()), interest));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(bound.problem("groups[" + i + "]", String.valueOf(e.getMessage())));
            }
        }
        if (d.plausibility() != null && !d.plausibility().equals(CHECKED) && !d.plausibility().equals(UNCHECKED)) {
            problems.add(bound.problem("plausibility", "expected " + CHECKED + " (the default) or " + UNCHECKED + ", not '"
                    + d.plausibility() + "'"));
        }
        java.util.Map<String, BigDecimal> balances = d.classBalances() == null ? java.util.Map.of() : d.classBalances();
        balances.forEach((name, value) -> {
            if (value == null || value.signum() < 0) {
                problems.add(bound.problem("classBalances." + name, "must be a non-negative amount"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new PeriodData(new PeriodCollateral(d.distributionDate(), groups, orZero(d.delinquent60PlusAverage()),
                orZero(d.cumulativeLossesBefore())), balances);
    }

    private static BigDecimal orZero(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
