package org.waterfall.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.Bucket;
import org.waterfall.statement.FigureId.DelinquencyField;
import org.waterfall.statement.FigureId.GroupField;
import org.waterfall.statement.TrusteeStatement;

/**
 * What a statement prints that the waterfall does not compute: the servicer's loan counts, advances, coverage
 * amounts, delinquencies and REO, and each group's cumulative losses before the month (the loss history).
 *
 * @param groups per loan group, in deal order
 * @param delinquencies the four delinquency buckets (30-59, 60-89, 90+, foreclosure), in that order
 * @param reoBalances the REO properties' balances, one per printed row (the trustee prints eight)
 */
public record ServicerData(List<Group> groups, List<Delinquency> delinquencies, List<BigDecimal> reoBalances) {

    /**
     * @param loanCount loans in the group at the end of the month
     * @param advancesThisPeriod servicer advances of the month
     * @param cumulativeLossesBefore realized losses of every earlier month
     * @param bankruptcyCoverage coverage amounts, printed as given
     * @param fraudCoverage the fraud coverage
     * @param specialHazardCoverage the special hazard coverage
     */
    public record Group(int loanCount, BigDecimal advancesThisPeriod, BigDecimal cumulativeLossesBefore,
            BigDecimal bankruptcyCoverage, BigDecimal fraudCoverage, BigDecimal specialHazardCoverage) {
        public Group {
            Objects.requireNonNull(advancesThisPeriod, "advancesThisPeriod");
            Objects.requireNonNull(cumulativeLossesBefore, "cumulativeLossesBefore");
        }
    }

    /** One delinquency bucket: loans and their balance. */
    public record Delinquency(int count, BigDecimal balance) {
    }

    /** The delinquency buckets a statement prints, in order. */
    public static final List<Bucket> BUCKETS = List.of(Bucket.DAYS_30_59, Bucket.DAYS_60_89, Bucket.DAYS_90_PLUS, Bucket.FORECLOSURE);

    public ServicerData {
        groups = List.copyOf(groups);
        delinquencies = List.copyOf(delinquencies);
        reoBalances = List.copyOf(reoBalances);
        if (delinquencies.size() != BUCKETS.size()) {
            throw new IllegalArgumentException("expected " + BUCKETS.size() + " delinquency buckets, got " + delinquencies.size());
        }
    }

    /**
     * The servicer data a statement printed, for rendering the same month again: each group's cumulative losses
     * before the month are its printed cumulative losses less its realized losses.
     */
    public static ServicerData printedOn(ResolvedDeal deal, TrusteeStatement st) {
        List<Group> groups = new ArrayList<>();
        for (int g = 1; g <= deal.groupCount(); g++) {
            groups.add(new Group(value(st, FigureId.group(g, GroupField.LOAN_COUNT)).intValueExact(),
                    value(st, FigureId.group(g, GroupField.ADVANCES_THIS_PERIOD)),
                    value(st, FigureId.group(g, GroupField.CUMULATIVE_LOSSES)).subtract(value(st, FigureId.group(g, GroupField.REALIZED_LOSSES))),
                    value(st, FigureId.group(g, GroupField.BANKRUPTCY_COVERAGE)), value(st, FigureId.group(g, GroupField.FRAUD_COVERAGE)),
                    value(st, FigureId.group(g, GroupField.SPECIAL_HAZARD_COVERAGE))));
        }
        return new ServicerData(groups, delinquenciesOn(st), reoOn(st));
    }

    /**
     * The servicer data of the month after a printed statement, with the loan history carried: cumulative losses
     * before the month are the statement's printed cumulative losses; counts, coverage, delinquencies and REO as
     * printed (until the servicer says otherwise).
     */
    public static ServicerData carriedFrom(ResolvedDeal deal, TrusteeStatement st) {
        List<Group> groups = new ArrayList<>();
        for (int g = 1; g <= deal.groupCount(); g++) {
            groups.add(new Group(value(st, FigureId.group(g, GroupField.LOAN_COUNT)).intValueExact(), BigDecimal.ZERO.setScale(2),
                    value(st, FigureId.group(g, GroupField.CUMULATIVE_LOSSES)),
                    value(st, FigureId.group(g, GroupField.BANKRUPTCY_COVERAGE)), value(st, FigureId.group(g, GroupField.FRAUD_COVERAGE)),
                    value(st, FigureId.group(g, GroupField.SPECIAL_HAZARD_COVERAGE))));
        }
        return new ServicerData(groups, delinquenciesOn(st), reoOn(st));
    }

    /** The 60+ day delinquent balance this data describes: 60-89, 90+, foreclosure and REO. */
    public BigDecimal sixtyPlus() {
        BigDecimal s = BigDecimal.ZERO;
        for (int b = 1; b < delinquencies.size(); b++) {
            s = s.add(delinquencies.get(b).balance());
        }
        for (BigDecimal r : reoBalances) {
            s = s.add(r);
        }
        return s;
    }

    private static List<Delinquency> delinquenciesOn(TrusteeStatement st) {
        List<Delinquency> out = new ArrayList<>();
        for (Bucket b : BUCKETS) {
            out.add(new Delinquency(value(st, FigureId.delinquency(b, DelinquencyField.COUNT)).intValueExact(),
                    value(st, FigureId.delinquency(b, DelinquencyField.BALANCE))));
        }
        return out;
    }

    private static List<BigDecimal> reoOn(TrusteeStatement st) {
        List<BigDecimal> out = new ArrayList<>();
        for (int n = 1; st.has(FigureId.reoProperty(n)); n++) {
            out.add(st.value(FigureId.reoProperty(n)));
        }
        return out;
    }

    private static BigDecimal value(TrusteeStatement st, FigureId id) {
        return st.has(id) ? st.value(id) : BigDecimal.ZERO.setScale(2);
    }
}
