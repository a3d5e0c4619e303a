package org.waterfall.inference;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.TrusteeStatement;

/**
 * The engine's inputs for the month a statement reports, and where each came from.
 *
 * @param collateral the month's collateral as the engine takes it
 * @param beginning each class's beginning balance, in deal order (entries of IO classes zero)
 * @param inferred inputs that are not printed on the statement, with how they were obtained
 * @param inputFigures printed figures consumed as inputs, with why: a verification marks them INPUT, not a
 *     confirmation
 * @param suspects printed figures the inference found at odds with the other figures it weighed, with the
 *     evidence: a verification adds it to the figure's finding
 * @param previous the previous month's statement when the month is verified in a chain (its printed ending
 *     figures are this month's beginning), or null
 * @param unpaidInterest each class's interest owed from earlier dates (the previous statement's printed unpaid
 *     interest), in deal order, or null for none
 */
public record MonthInputs(
        PeriodCollateral collateral,
        BigDecimal[] beginning,
        List<InferredInput> inferred,
        Map<FigureId, String> inputFigures,
        Map<FigureId, String> suspects,
        TrusteeStatement previous,
        BigDecimal[] unpaidInterest) {

    public MonthInputs {
        Objects.requireNonNull(collateral, "collateral");
        beginning = beginning.clone();
        inferred = List.copyOf(inferred);
        inputFigures = Collections.unmodifiableMap(new LinkedHashMap<>(inputFigures));
        suspects = Collections.unmodifiableMap(new LinkedHashMap<>(suspects));
        unpaidInterest = unpaidInterest == null ? null : unpaidInterest.clone();
    }

    /** A month with no interest owed from earlier dates. */
    public MonthInputs(PeriodCollateral collateral, BigDecimal[] beginning, List<InferredInput> inferred,
            Map<FigureId, String> inputFigures, Map<FigureId, String> suspects, TrusteeStatement previous) {
        this(collateral, beginning, inferred, inputFigures, suspects, previous, null);
    }

    /** A copy of each class's interest owed from earlier dates (the engine's argument), or null for none. */
    @Override
    public BigDecimal[] unpaidInterest() {
        return unpaidInterest == null ? null : unpaidInterest.clone();
    }

    /** A copy of the class beginning balances (the engine's argument). */
    @Override
    public BigDecimal[] beginning() {
        return beginning.clone();
    }

    /** Whether the month follows a verified month of the same series. */
    public boolean chained() {
        return previous != null;
    }
}
