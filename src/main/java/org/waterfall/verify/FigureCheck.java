package org.waterfall.verify;

import java.math.BigDecimal;
import org.waterfall.statement.FigureId;

/**
 * One printed figure, checked.
 *
 * @param id figure id, e.g. {@code class.A1.interest}
 * @param line line of the statement it was read from
 * @param reported the printed value
 * @param computed the recomputed value; for an input, the value used; null when not recomputed
 * @param difference reported - computed; null when not recomputed
 * @param tolerance the largest difference accepted, justified by {@link #convention()}; zero for exact
 * @param status the conclusion
 * @param reason why, in a sentence: the rule, the convention, or the explanation of a difference
 * @param convention the named convention that justifies a non-zero tolerance, or empty
 */
public record FigureCheck(
        FigureId id,
        int line,
        BigDecimal reported,
        BigDecimal computed,
        BigDecimal difference,
        BigDecimal tolerance,
        Status status,
        String reason,
        String convention) {
}
