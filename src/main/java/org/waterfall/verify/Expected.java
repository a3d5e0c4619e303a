package org.waterfall.verify;

import java.math.BigDecimal;
import java.util.List;
import org.waterfall.statement.FigureId;

/**
 * What the verifier expects for one figure id: a recomputed value and the interval of printed values it
 * accepts (a single point unless a named convention justifies more), or "not recomputed"; plus the
 * statement's own arithmetic for the figure, when it has one (a total, a factor, an ending balance), with the
 * interval the printed precision of its components allows.
 *
 * @param computed the recomputed value, or null when the figure is not recomputed
 * @param low lowest accepted printed value (= computed when exact)
 * @param high highest accepted printed value
 * @param convention the named convention justifying a non-point interval, or empty
 * @param rule how the value is computed, or why it is not
 * @param drivers ids of the figures this one follows from, for explaining a difference
 * @param fromPrinted the figure recomputed from other printed figures, or null
 * @param fromPrintedLow lowest printed value the statement's own arithmetic accepts
 * @param fromPrintedHigh highest
 * @param fromPrintedRule how {@code fromPrinted} is formed
 */
record Expected(
        BigDecimal computed,
        BigDecimal low,
        BigDecimal high,
        String convention,
        String rule,
        List<FigureId> drivers,
        BigDecimal fromPrinted,
        BigDecimal fromPrintedLow,
        BigDecimal fromPrintedHigh,
        String fromPrintedRule) {

    static Expected exact(BigDecimal computed, String rule, FigureId... drivers) {
        return new Expected(computed, computed, computed, "", rule, List.of(drivers), null, null, null, null);
    }

    static Expected within(BigDecimal computed, BigDecimal tolerance, String convention, String rule, FigureId... drivers) {
        boolean zero = tolerance.signum() == 0;
        return new Expected(computed, computed.subtract(tolerance), computed.add(tolerance), zero ? "" : convention, rule,
                List.of(drivers), null, null, null, null);
    }

    static Expected between(BigDecimal computed, BigDecimal low, BigDecimal high, String convention, String rule,
            FigureId... drivers) {
        boolean point = low.compareTo(computed) == 0 && high.compareTo(computed) == 0;
        return new Expected(computed, low, high, point ? "" : convention, rule, List.of(drivers), null, null, null, null);
    }

    static Expected notRecomputed(String why) {
        return new Expected(null, null, null, "", why, List.of(), null, null, null, null);
    }

    /** The statement's own arithmetic, which must hold exactly. */
    Expected withPrinted(BigDecimal value, String how) {
        return value == null ? this : new Expected(computed, low, high, convention, rule, drivers, value, value, value, how);
    }

    /** The statement's own arithmetic, holding within the interval its components' printed precision allows. */
    Expected withPrinted(BigDecimal value, BigDecimal lowest, BigDecimal highest, String how) {
        return value == null ? this : new Expected(computed, low, high, convention, rule, drivers, value, lowest, highest, how);
    }

    /** The largest distance from the computed value to an end of the accepted interval. */
    BigDecimal tolerance() {
        if (computed == null) {
            return BigDecimal.ZERO;
        }
        return high.subtract(computed).max(computed.subtract(low));
    }

    boolean accepts(BigDecimal reported) {
        return reported.compareTo(low) >= 0 && reported.compareTo(high) <= 0;
    }

    boolean printedArithmeticHolds(BigDecimal reported) {
        return fromPrinted == null || reported.compareTo(fromPrintedLow) >= 0 && reported.compareTo(fromPrintedHigh) <= 0;
    }
}
