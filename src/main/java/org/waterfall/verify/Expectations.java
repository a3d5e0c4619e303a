package org.waterfall.verify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.TrusteeConventions;
import org.waterfall.engine.PeriodResult;
import org.waterfall.inference.MonthInputs;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.GroupField;
import org.waterfall.statement.TrusteeStatement;

/**
 * What the verifier expects of each printed figure of one month, built by the checks of each part of the statement
 * ({@link ClassChecks}, {@link TotalChecks}, {@link GroupChecks}, {@link AggregateChecks}, {@link ServicerDataChecks})
 * from the month's engine result, and the helpers they share.
 */
final class Expectations {

    /** The trustee's net WAC reaches the statement only rounded, through the printed average loan rate. */
    static final String NET_WAC_PRECISION = "NET_WAC_PRINTED_PRECISION";
    /** IO strip rates are printed as the rounded interest over the notional. */
    static final String IO_RATE_FROM_ROUNDED_INTEREST = "IO_RATE_FROM_ROUNDED_INTEREST";
    /** The trustee carries class balances below the cent and prints each rounded (deal convention). */
    static final String BALANCES_BELOW_CENT = "BALANCES_BELOW_CENT";
    /** Factors are computed from amounts before rounding (deal convention). */
    static final String FACTOR_FROM_UNROUNDED = "FACTOR_FROM_UNROUNDED_AMOUNTS";

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);
    static final BigDecimal CENT = new BigDecimal("0.01");
    static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    final ResolvedDeal deal;
    final TrusteeStatement st;
    final PeriodResult result;
    final MonthInputs inputs;
    final TrusteeConventions conv;
    /** Half a unit in the last printed place of the groups' average loan rates (0 when given exactly). */
    final BigDecimal wacHalfUlp;
    private final Map<FigureId, Expected> expected = new HashMap<>();

    Expectations(ResolvedDeal deal, TrusteeStatement st, PeriodResult result, MonthInputs inputs) {
        this.deal = deal;
        this.st = st;
        this.result = result;
        this.inputs = inputs;
        this.conv = deal.conventions();
        this.wacHalfUlp = wacHalfUlp(st, deal.groupCount());
    }

    void put(FigureId id, Expected e) {
        expected.put(id, e);
    }

    Expected get(FigureId id) {
        return expected.get(id);
    }

    boolean unroundedBasis() {
        return conv.derivedFigureBasis() == TrusteeConventions.DerivedFigureBasis.UNROUNDED_AMOUNTS;
    }

    /** The printed value, or null when the statement does not print the figure. */
    BigDecimal printed(FigureId id) {
        return st.has(id) ? st.value(id) : null;
    }

    /** Sum of printed figures, or null if any is missing. */
    BigDecimal sum(List<FigureId> ids) {
        BigDecimal s = BigDecimal.ZERO;
        for (FigureId id : ids) {
            BigDecimal v = printed(id);
            if (v == null) {
                return null;
            }
            s = s.add(v);
        }
        return s;
    }

    /**
     * A balance the trustee carries below the cent: {@code balances} printed balances went into it, each known
     * only to +/- half a cent, so any cent that rounds a value within {@code unrounded} +/- that is accepted.
     * Exact when the deal does not say the trustee carries balances below the cent.
     */
    Expected hiddenCents(BigDecimal computed, BigDecimal unrounded, int balances, String rule, FigureId... drivers) {
        if (!conv.balancesBelowCent() || balances == 0 || computed.signum() == 0 && unrounded.signum() == 0) {
            return Expected.exact(computed, rule, drivers);
        }
        BigDecimal spread = HALF_CENT.multiply(BigDecimal.valueOf(balances));
        BigDecimal low = conv.principal().apply(unrounded.subtract(spread)).min(computed);
        BigDecimal high = conv.principal().apply(unrounded.add(spread)).max(computed);
        return Expected.between(computed, low, high, BALANCES_BELOW_CENT, rule, drivers);
    }

    /** The statement's own arithmetic over {@code terms} printed cents, each rounded from a value below the cent. */
    Expected withPrintedHidden(Expected e, BigDecimal fromPrinted, int terms, String how) {
        return withPrintedHidden(e, fromPrinted, terms, how, BigDecimal.ZERO);
    }

    /** The same, with {@code more} of slack that a named convention adds (a remainder absorbed). */
    Expected withPrintedHidden(Expected e, BigDecimal fromPrinted, int terms, String how, BigDecimal more) {
        if (fromPrinted == null) {
            return e;
        }
        if (!conv.balancesBelowCent()) {
            return e.withPrinted(fromPrinted, how);
        }
        BigDecimal spread = HALF_CENT.multiply(BigDecimal.valueOf(terms + 1L)).add(more).setScale(2, RoundingMode.FLOOR);
        return e.withPrinted(fromPrinted, fromPrinted.subtract(spread), fromPrinted.add(spread),
                how + " (each printed figure rounded: +/- " + spread.toPlainString() + ")");
    }

    /** A sum of already-expected figures: its accepted interval is the sum of theirs. */
    Expected sumOfExpected(BigDecimal computed, List<FigureId> ids, String rule) {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        Set<String> conventions = new LinkedHashSet<>();
        for (FigureId id : ids) {
            Expected e = expected.get(id);
            low = low.add(e.low());
            high = high.add(e.high());
            if (!e.convention().isEmpty()) {
                conventions.add(e.convention());
            }
        }
        return Expected.between(computed, low.min(computed), high.max(computed), String.join(", ", conventions), rule,
                ids.toArray(FigureId[]::new));
    }

    private static BigDecimal wacHalfUlp(TrusteeStatement st, int groups) {
        int scale = 0;
        for (int g = 1; g <= groups; g++) {
            FigureId id = FigureId.group(g, GroupField.AVERAGE_LOAN_RATE);
            if (st.has(id)) {
                scale = Math.max(scale, st.value(id).scale());
            }
        }
        return scale == 0 ? BigDecimal.ZERO : new BigDecimal("0.5").movePointLeft(scale);
    }
}
