package org.waterfall.remic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waterfall.money.Rounding;
import org.waterfall.projection.Speed;

/**
 * Runs a {@link RemicDeal} from settlement under its pricing assumptions: each group's loan lines amortize and prepay
 * month by month ({@link LineAmortization}), and each distribution date is one {@link RemicEngine#distribute} on the
 * classes' balances after the date before. Stateless; a run stops when the collateral and every class are paid.
 */
public final class RemicProjector {

    private static final MathContext MC = Rounding.INTERMEDIATE;

    private RemicProjector() {
    }

    /** The run at a prepayment speed and index path, without defaults. */
    public static RemicRun run(RemicDeal deal, Speed prepayment, IndexRate index) {
        return run(deal, prepayment, Speed.ZERO_CDR, index);
    }

    /**
     * The run at a prepayment speed, a default speed (defaulted principal repaid at par: agency collateral is
     * guaranteed) and an index path.
     */
    public static RemicRun run(RemicDeal deal, Speed prepayment, Speed defaults, IndexRate index) {
        if (!prepayment.kind().isPrepayment()) {
            throw new IllegalArgumentException("a prepayment speed (CPR, SMM or PSA), not " + prepayment.kind());
        }
        if (defaults.kind().isPrepayment()) {
            throw new IllegalArgumentException("a default speed (CDR, MDR or SDA), not " + defaults.kind());
        }
        int nGroups = deal.groups().size();
        List<List<LoanLine>> lines = new ArrayList<>();
        List<List<LineAmortization.State>> states = new ArrayList<>();
        int horizon = 0;
        for (CollateralGroup g : deal.groups()) {
            List<LoanLine> ls = g.linesAt(prepayment);
            lines.add(ls);
            states.add(ls.stream().map(LineAmortization::start).toList());
            for (LoanLine l : ls) {
                horizon = Math.max(horizon, l.remainingTerm());
            }
        }
        int nClasses = deal.classes().size();
        List<BigDecimal> balances = new ArrayList<>();
        for (RemicClass c : deal.classes()) {
            balances.add(c.isNotional() ? BigDecimal.ZERO : c.original());
        }
        Recorder recorder = new Recorder(deal, nClasses, nGroups);
        for (int period = 1; period <= horizon && !paidOff(balances, states); period++) {
            LocalDate date = deal.firstDistribution().plusMonths(period - 1);
            List<RemicEngine.GroupCash> cash = new ArrayList<>();
            BigDecimal[] groupEnding = new BigDecimal[nGroups];
            for (int g = 0; g < nGroups; g++) {
                BigDecimal principal = BigDecimal.ZERO;
                BigDecimal interest = BigDecimal.ZERO;
                BigDecimal ending = BigDecimal.ZERO;
                List<LineAmortization.State> next = new ArrayList<>();
                for (int l = 0; l < lines.get(g).size(); l++) {
                    LineAmortization.Month m = LineAmortization.month(lines.get(g).get(l), states.get(g).get(l), prepayment, defaults, period);
                    principal = principal.add(m.principal());
                    interest = interest.add(m.interest());
                    ending = ending.add(m.after().balance());
                    next.add(m.after());
                }
                // the group's interest is rounded once, on the sum of its lines
                cash.add(new RemicEngine.GroupCash(principal, Rounding.CENTS_HALF_UP.apply(interest), netRate(lines.get(g), states.get(g))));
                states.set(g, next);
                groupEnding[g] = ending;
            }
            RemicEngine.PeriodOutcome out = RemicEngine.distribute(deal, new RemicEngine.PeriodInput(period, date, balances, cash, index));
            recorder.add(date, out, cash, groupEnding);
            balances = new ArrayList<>();
            for (int c = 0; c < nClasses; c++) {
                balances.add(deal.classes().get(c).isNotional() ? BigDecimal.ZERO : out.ending()[c]);
            }
        }
        return recorder.run(prepayment, defaults, index);
    }

    /** The group's pass-through rate weighted by the lines' balances before the date. */
    private static BigDecimal netRate(List<LoanLine> lines, List<LineAmortization.State> states) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (int l = 0; l < lines.size(); l++) {
            weighted = weighted.add(states.get(l).balance().multiply(lines.get(l).passThroughRate()));
            total = total.add(states.get(l).balance());
        }
        return total.signum() == 0 ? BigDecimal.ZERO : weighted.divide(total, MC);
    }

    private static boolean paidOff(List<BigDecimal> balances, List<List<LineAmortization.State>> states) {
        for (BigDecimal b : balances) {
            if (b.signum() != 0) {
                return false;
            }
        }
        for (List<LineAmortization.State> g : states) {
            for (LineAmortization.State s : g) {
                if (s.balance().signum() != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Collects the dates' outcomes into per-class and per-group series, and derives the exchangeable classes. */
    private static final class Recorder {
        private final RemicDeal deal;
        private final List<LocalDate> dates = new ArrayList<>();
        private final List<List<BigDecimal>> rates = new ArrayList<>();
        private final List<List<BigDecimal>> interest = new ArrayList<>();
        private final List<List<BigDecimal>> accrual = new ArrayList<>();
        private final List<List<BigDecimal>> principal = new ArrayList<>();
        private final List<List<BigDecimal>> ending = new ArrayList<>();
        private final List<List<List<BigDecimal>>> group = new ArrayList<>();

        Recorder(RemicDeal deal, int nClasses, int nGroups) {
            this.deal = deal;
            for (int c = 0; c < nClasses; c++) {
                rates.add(new ArrayList<>());
                interest.add(new ArrayList<>());
                accrual.add(new ArrayList<>());
                principal.add(new ArrayList<>());
                ending.add(new ArrayList<>());
            }
            for (int g = 0; g < nGroups; g++) {
                List<List<BigDecimal>> series = new ArrayList<>();
                for (int k = 0; k < 5; k++) {
                    series.add(new ArrayList<>());
                }
                group.add(series);
            }
        }

        void add(LocalDate date, RemicEngine.PeriodOutcome out, List<RemicEngine.GroupCash> cash, BigDecimal[] groupEnding) {
            dates.add(date);
            for (int c = 0; c < rates.size(); c++) {
                rates.get(c).add(out.rates()[c]);
                interest.get(c).add(out.interest()[c]);
                accrual.get(c).add(out.accrual()[c]);
                principal.get(c).add(out.principal()[c]);
                ending.get(c).add(out.ending()[c]);
            }
            for (int g = 0; g < group.size(); g++) {
                group.get(g).get(0).add(cash.get(g).principal());
                group.get(g).get(1).add(cash.get(g).interest());
                group.get(g).get(2).add(out.residualInterest()[g]);
                group.get(g).get(3).add(out.residualPrincipal()[g]);
                group.get(g).get(4).add(groupEnding[g]);
            }
        }

        RemicRun run(Speed prepayment, Speed defaults, IndexRate index) {
            List<ClassFlows> classes = new ArrayList<>();
            for (int c = 0; c < rates.size(); c++) {
                RemicClass rc = deal.classes().get(c);
                classes.add(new ClassFlows(rc.name(), rc.original(), rc.isNotional(), rates.get(c), interest.get(c), accrual.get(c),
                        principal.get(c), ending.get(c)));
            }
            for (Exchangeable e : deal.exchangeables()) {
                classes.add(exchange(e, classes));
            }
            List<RemicRun.GroupFlows> groups = new ArrayList<>();
            for (int g = 0; g < group.size(); g++) {
                List<List<BigDecimal>> s = group.get(g);
                groups.add(new RemicRun.GroupFlows(deal.groups().get(g).id(), s.get(0), s.get(1), s.get(2), s.get(3), s.get(4)));
            }
            return new RemicRun(deal, prepayment, defaults, index, dates, classes, groups);
        }

        /**
         * An exchangeable class as if every component were exchanged for it: its balance is the components'; its
         * principal is the fall in that balance (a rise is accretion); the rest of the components' cash is interest.
         */
        private ClassFlows exchange(Exchangeable e, List<ClassFlows> regular) {
            BigDecimal original = BigDecimal.ZERO;
            for (int c : e.components()) {
                original = original.add(regular.get(c).original());
            }
            List<BigDecimal> r = new ArrayList<>();
            List<BigDecimal> i = new ArrayList<>();
            List<BigDecimal> a = new ArrayList<>();
            List<BigDecimal> p = new ArrayList<>();
            List<BigDecimal> end = new ArrayList<>();
            BigDecimal before = original;
            for (int k = 0; k < dates.size(); k++) {
                BigDecimal balance = BigDecimal.ZERO;
                BigDecimal cash = BigDecimal.ZERO;
                for (int c : e.components()) {
                    balance = balance.add(regular.get(c).ending().get(k));
                    cash = cash.add(regular.get(c).cash(k));
                }
                BigDecimal fall = before.subtract(balance);
                BigDecimal paid = fall.max(BigDecimal.ZERO);
                r.add(e.rate());
                p.add(paid);
                a.add(fall.negate().max(BigDecimal.ZERO));
                i.add(cash.subtract(paid));
                end.add(balance);
                before = balance;
            }
            return new ClassFlows(e.name(), original, false, r, i, a, p, end);
        }
    }
}
