package org.waterfall.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.waterfall.InputException;
import org.waterfall.InputProblem;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.engine.GroupResult;
import org.waterfall.engine.PeriodResult;
import org.waterfall.engine.WaterfallEngine;
import org.waterfall.statement.TrusteeStatement;
import org.waterfall.inference.DealMatch;
import org.waterfall.inference.MonthInputs;
import org.waterfall.inference.StatementInference;
import org.waterfall.money.MoneyFormat;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.ClassField;

/**
 * The deal as of a distribution date, after that date's distribution: where a projection starts. The first
 * projected month is the next distribution date on the deal calendar.
 *
 * @param asOf the distribution date just made
 * @param asOfDateNumber its number on the deal calendar
 * @param classBalances each class's balance, in deal order (entries of interest-only classes are zero: their
 *     notionals follow from the others)
 * @param groups each loan group, in deal order
 * @param cumulativeLosses realized losses through the start date (for the cumulative loss test)
 * @param source where the state comes from, for the output
 * @param classBalanceBasis how the class balances were obtained, for the output
 * @param notes anything else a reader of the projection should know about the start
 */
public record StartState(
        LocalDate asOf,
        int asOfDateNumber,
        List<BigDecimal> classBalances,
        List<GroupStart> groups,
        BigDecimal cumulativeLosses,
        String source,
        String classBalanceBasis,
        List<String> notes) {

    public StartState {
        Objects.requireNonNull(asOf, "asOf");
        classBalances = List.copyOf(classBalances);
        groups = List.copyOf(groups);
        Objects.requireNonNull(cumulativeLosses, "cumulativeLosses");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(classBalanceBasis, "classBalanceBasis");
        notes = List.copyOf(notes);
        for (BigDecimal b : classBalances) {
            if (b.signum() < 0) {
                throw new IllegalArgumentException("negative class balance " + b.toPlainString());
            }
        }
    }

    /** Collateral balance of every group together. */
    public BigDecimal collateralBalance() {
        BigDecimal s = BigDecimal.ZERO;
        for (GroupStart g : groups) {
            s = s.add(g.balance());
        }
        return s;
    }

    /** Balance of every principal class together. */
    public BigDecimal certificateBalance() {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal b : classBalances) {
            s = s.add(b);
        }
        return s;
    }

    /**
     * The state after a month the engine has run: the classes' and groups' ending balances, each group's WAC and
     * its remaining term (implied from the month's scheduled principal, or contractual).
     *
     * @param deal the deal the month was run on
     * @param month the engine's result for the month
     * @param cumulativeLossesBefore realized losses before the month
     * @param method how to find the remaining terms
     * @param source what the month came from, for the output
     */
    public static StartState afterPeriod(ResolvedDeal deal, PeriodResult month, BigDecimal cumulativeLossesBefore, TermMethod method,
            String source) {
        List<BigDecimal> balances = new ArrayList<>(deal.classCount());
        for (int c = 0; c < deal.classCount(); c++) {
            balances.add(deal.isInterestOnly(c) ? BigDecimal.ZERO : month.classes().get(c).endingBalance());
        }
        BigDecimal cumulative = cumulativeLossesBefore;
        List<GroupStart> groups = new ArrayList<>(deal.groupCount());
        for (int g = 0; g < deal.groupCount(); g++) {
            GroupResult gr = month.groups().get(g);
            cumulative = cumulative.add(gr.realizedLoss());
            groups.add(groupStart(deal, g, gr, month, method));
        }
        return new StartState(month.distributionDate(), month.dateNumber(), balances, groups, cumulative, source,
                "the engine's ending balances for " + month.distributionDate(), List.of());
    }

    /**
     * The state after a trustee statement's month: the month is recomputed as {@code verify} does (with the
     * inferred beginning balances and scheduled principal), for each group's ending balance, WAC and implied
     * remaining term; the classes start at the statement's printed ending balances
     * ({@code class.<NAME>.endingBalance}), and cumulative losses are the printed total.
     *
     * @throws InputException if the statement is not one of the deal's
     */
    public static StartState fromStatement(ResolvedDeal deal, TrusteeStatement statement, TermMethod method) {
        DealMatch.require(deal, statement);
        MonthInputs inputs = StatementInference.infer(deal, statement);
        PeriodResult month = WaterfallEngine.run(deal, inputs.collateral(), inputs.beginning());
        BigDecimal cumulativeBefore = inputs.collateral().cumulativeLossesBefore();
        StartState recomputed = afterPeriod(deal, month, cumulativeBefore, method, statement.source());
        List<BigDecimal> balances = new ArrayList<>(recomputed.classBalances());
        int printed = 0;
        for (int c = 0; c < deal.classCount(); c++) {
            FigureId id = FigureId.of(deal.className(c), ClassField.ENDING_BALANCE);
            if (!deal.isInterestOnly(c) && statement.has(id)) {
                balances.set(c, statement.value(id));
                printed++;
            }
        }
        String basis = printed == 0 ? "the recomputed ending balances (the statement prints none)"
                : "the statement's printed ending balances (class.<NAME>.endingBalance)";
        List<String> notes = new ArrayList<>();
        notes.add("collateral: each group's ending balance and gross WAC as printed; the month's beginning balance and "
                + "scheduled principal as inferred by verify");
        StartState s = new StartState(recomputed.asOf(), recomputed.asOfDateNumber(), balances, recomputed.groups(),
                recomputed.cumulativeLosses(), statement.source(), basis, notes);
        return s.withCoverageNote();
    }

    /**
     * The state after the month a period data file describes. The classes' beginning balances for that month are
     * not in period data; they are known without a statement only on the first distribution date (the original
     * balances), so only a first-date file is accepted.
     *
     * @throws InputException if the file is not for the first distribution date
     */
    public static StartState fromPeriodData(ResolvedDeal deal, PeriodCollateral period, String source, TermMethod method) {
        return fromPeriodData(deal, period, java.util.Map.of(), source, method);
    }

    /**
     * After the period a period data file describes. The classes' beginning balances come from the file's
     * {@code classBalances} (every principal class, by name); without them, only the first distribution date
     * can start, from the original balances.
     */
    public static StartState fromPeriodData(ResolvedDeal deal, PeriodCollateral period, java.util.Map<String, BigDecimal> classBalances,
            String source, TermMethod method) {
        int dateNumber = deal.deal().calendar().dateNumber(period.distributionDate());
        BigDecimal[] beginning = new BigDecimal[deal.classCount()];
        String basis;
        if (classBalances.isEmpty()) {
            if (dateNumber != 1) {
                throw new InputException(new InputProblem(source, 0, "classBalances", "period data for "
                        + period.distributionDate() + " (date " + dateNumber + ") gives no classBalances: a start from period "
                        + "data needs the classes' beginning balances, known without them only on the first distribution date ("
                        + deal.deal().calendar().distributionDate(1) + "); add classBalances or use --from STATEMENT"));
            }
            for (int c = 0; c < deal.classCount(); c++) {
                beginning[c] = deal.isInterestOnly(c) ? BigDecimal.ZERO : deal.original(c);
            }
            basis = "the engine's ending balances for %s from the original balances";
        } else {
            java.util.List<InputProblem> problems = new java.util.ArrayList<>();
            for (String name : classBalances.keySet()) {
                int c = deal.classIndex(name);
                if (c < 0 || deal.isInterestOnly(c)) {
                    problems.add(new InputProblem(source, 0, "classBalances." + name, c < 0 ? "unknown class " + name
                            : name + " is interest-only: its notional follows its reference classes"));
                }
            }
            for (int c = 0; c < deal.classCount(); c++) {
                if (deal.isInterestOnly(c)) {
                    beginning[c] = BigDecimal.ZERO;
                } else if (classBalances.containsKey(deal.className(c))) {
                    beginning[c] = classBalances.get(deal.className(c));
                } else {
                    problems.add(new InputProblem(source, 0, "classBalances", "no beginning balance for class " + deal.className(c)));
                }
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            basis = "the engine's ending balances for %s from the file's classBalances";
        }
        PeriodResult month;
        try {
            month = WaterfallEngine.run(deal, period, beginning);
        } catch (IllegalArgumentException e) {
            throw new InputException(new InputProblem(source, 0, "groups", String.valueOf(e.getMessage())));
        }
        StartState s = afterPeriod(deal, month, period.cumulativeLossesBefore(), method, source);
        return new StartState(s.asOf(), s.asOfDateNumber(), s.classBalances(), s.groups(), s.cumulativeLosses(), source,
                String.format(java.util.Locale.ROOT, basis, s.asOf()), s.notes()).withCoverageNote();
    }

    private StartState withCoverageNote() {
        BigDecimal diff = certificateBalance().subtract(collateralBalance());
        if (diff.signum() == 0) {
            return this;
        }
        List<String> n = new ArrayList<>(notes);
        n.add(String.format(Locale.ROOT, "the certificates %s the collateral by %s at the start; %s", diff.signum() > 0 ? "exceed" : "fall short of",
                MoneyFormat.grouped(diff.abs()), diff.signum() > 0 ? "what is left on the classes when the collateral is exhausted is written down then"
                        : "the excess collateral is left over when every class is paid"));
        return new StartState(asOf, asOfDateNumber, classBalances, groups, cumulativeLosses, source, classBalanceBasis, n);
    }

    private static GroupStart groupStart(ResolvedDeal deal, int g, GroupResult gr, PeriodResult month, TermMethod method) {
        int originalTerm = deal.group(g).originalTermMonths();
        int remaining = -1;
        String basis = null;
        if (method == TermMethod.IMPLIED) {
            int n = impliedTerm(gr.beginningBalance(), gr.scheduledPrincipal(), gr.grossWac());
            if (n > 0) {
                remaining = Math.max(1, n - 1);
                basis = String.format(Locale.ROOT, "implied from %s: scheduled principal %s on %s at %s%% amortizes over %d "
                        + "months, %d left", month.distributionDate(), MoneyFormat.grouped(gr.scheduledPrincipal()),
                        MoneyFormat.grouped(gr.beginningBalance()),
                        gr.grossWac().toPlainString(), n, remaining);
            }
        }
        if (remaining < 0) {
            remaining = Math.max(1, originalTerm - month.dateNumber());
            basis = String.format(Locale.ROOT, "contractual: %d-month original term less %d distribution dates%s", originalTerm,
                    month.dateNumber(), method == TermMethod.IMPLIED ? " (no scheduled principal to imply a term from)" : "");
        }
        if (gr.endingBalance().signum() == 0) {
            remaining = 0;
        }
        return new GroupStart(gr.group(), gr.endingBalance(), gr.grossWac(), remaining, Math.max(0, originalTerm - remaining), basis);
    }

    /** Payments left at the start of a month: {@link GroupCollateral#impliedTermMonths(BigDecimal, BigDecimal, BigDecimal)}. */
    static int impliedTerm(BigDecimal beginning, BigDecimal scheduled, BigDecimal grossWac) {
        return GroupCollateral.impliedTermMonths(beginning, scheduled, grossWac);
    }
}
