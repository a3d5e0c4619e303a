package org.waterfall.inference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waterfall.InputException;
import org.waterfall.InputProblem;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.TrusteeStatement;

/** The month's inputs with each group's collateral taken from a period data file (groups matched by id). */
public final class PeriodDataInputs {

    private PeriodDataInputs() {
    }

    /**
     * @throws InputException naming the file when the data is for another date or for groups the deal does not
     *     define
     */
    public static MonthInputs from(ResolvedDeal deal, TrusteeStatement st, PeriodCollateral data, String source) {
        if (!data.distributionDate().equals(st.distributionDate())) {
            throw new InputException(new InputProblem(source, 0, "distributionDate",
                    "period data is for " + data.distributionDate() + " but the statement is for " + st.distributionDate()));
        }
        for (GroupCollateral gc : data.groups()) {
            if (deal.groupIndex(gc.group()) < 0) {
                throw new InputException(new InputProblem(source, 0, "groups", "unknown group '" + gc.group() + "'"));
            }
        }
        for (int g = 0; g < deal.groupCount(); g++) {
            String id = deal.group(g).id();
            if (data.groups().stream().noneMatch(gc -> gc.group().equals(id))) {
                throw new InputException(new InputProblem(source, 0, "groups", "no entry for the deal's group '" + id + "'"));
            }
        }
        Map<FigureId, String> inputFigures = new LinkedHashMap<>();
        BigDecimal[] beginning = PrintedInputs.beginningBalances(deal, st, inputFigures, "beginning balance: an input of the month");
        List<InferredInput> inferred = new ArrayList<>();
        for (int g = 0; g < deal.groupCount(); g++) {
            GroupCollateral gc = groupOf(data, deal.group(g).id());
            String at = "group." + (g + 1);
            inferred.add(new InferredInput(at + ".beginningBalance", gc.beginningBalance(), "from " + source));
            inferred.add(new InferredInput(at + ".scheduledPrincipal", gc.scheduledPrincipal(), "from " + source));
        }
        inferred.add(new InferredInput("delinquency.60plusAverage", data.delinquent60PlusAverage(), "from " + source));
        inferred.add(new InferredInput("losses.cumulativeBefore", data.cumulativeLossesBefore(), "from " + source));
        return new MonthInputs(data, beginning, inferred, inputFigures, Map.of(), null);
    }

    /** A group's collateral by id. @throws IllegalArgumentException when the period has none for it */
    public static GroupCollateral groupOf(PeriodCollateral period, String groupId) {
        for (GroupCollateral gc : period.groups()) {
            if (gc.group().equals(groupId)) {
                return gc;
            }
        }
        throw new IllegalArgumentException("no collateral for group '" + groupId + "'");
    }
}
