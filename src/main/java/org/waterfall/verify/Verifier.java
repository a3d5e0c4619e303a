package org.waterfall.verify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.waterfall.InputException;
import org.waterfall.InputProblem;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.CertificateClass;
import org.waterfall.deal.CouponKind;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.TrusteeConventions;
import org.waterfall.engine.ClassResult;
import org.waterfall.engine.GroupResult;
import org.waterfall.engine.PeriodResult;
import org.waterfall.engine.ShiftingInterestState;
import org.waterfall.engine.WaterfallEngine;
import org.waterfall.money.Rounding;
import org.waterfall.statement.PrintedFigure;
import org.waterfall.statement.TrusteeStatement;

/**
 * Recomputes the month a trustee statement reports and checks every printed figure: against the engine
 * (within a tolerance only where a named convention justifies one) and against the statement's own arithmetic
 * (totals, factors, ending balances), which must hold exactly. Nothing printed is skipped: a figure with no
 * rule is reported {@link Status#NOT_RECOMPUTED} with the reason.
 */
public final class Verifier {

    /** The trustee's net WAC reaches the statement only rounded, through the printed average loan rate. */
    static final String NET_WAC_PRECISION = "NET_WAC_PRINTED_PRECISION";
    /** IO strip rates are printed as the rounded interest over the notional. */
    static final String IO_RATE_FROM_ROUNDED_INTEREST = "IO_RATE_FROM_ROUNDED_INTEREST";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    /** The trustee carries class balances below the cent and prints each rounded (deal convention). */
    static final String BALANCES_BELOW_CENT = "BALANCES_BELOW_CENT";
    /** Factors are computed from amounts before rounding (deal convention). */
    static final String FACTOR_FROM_UNROUNDED = "FACTOR_FROM_UNROUNDED_AMOUNTS";

    private final ResolvedDeal deal;
    private final TrusteeStatement st;
    private final PeriodResult result;
    private final StatementInputs.Inputs inputs;
    private final TrusteeConventions conv;
    private final Map<String, Expected> expected = new HashMap<>();
    private final BigDecimal wacHalfUlp;

    private Verifier(ResolvedDeal deal, TrusteeStatement st, StatementInputs.Inputs inputs) {
        this.deal = deal;
        this.st = st;
        this.inputs = inputs;
        this.conv = deal.conventions();
        this.result = WaterfallEngine.run(deal, inputs.collateral(), inputs.beginning());
        this.wacHalfUlp = wacHalfUlp(st, deal.groupCount());
    }

    /**
     * Verifies a statement, inferring the unprinted collateral inputs from it.
     *
     * @throws InputException if the statement is not one of this deal's (series, classes, CUSIPs, groups)
     */
    public static VerificationReport verify(ResolvedDeal deal, TrusteeStatement statement) {
        checkSameDeal(deal, statement);
        return new Verifier(deal, statement, StatementInputs.infer(deal, statement)).report();
    }

    /** Verifies a statement with the collateral inputs taken from a period data file. */
    public static VerificationReport verify(ResolvedDeal deal, TrusteeStatement statement, PeriodCollateral periodData,
            String periodSource) {
        checkSameDeal(deal, statement);
        if (!periodData.distributionDate().equals(statement.distributionDate())) {
            throw new InputException(new InputProblem(periodSource, 0, "distributionDate",
                    "period data is for " + periodData.distributionDate() + " but the statement is for "
                            + statement.distributionDate()));
        }
        return new Verifier(deal, statement, StatementInputs.fromPeriodData(deal, statement, periodData, periodSource)).report();
    }

    /** The engine's result for the month, with the same inputs a verification uses. */
    public static PeriodResult recompute(ResolvedDeal deal, TrusteeStatement statement) {
        checkSameDeal(deal, statement);
        StatementInputs.Inputs in = StatementInputs.infer(deal, statement);
        return WaterfallEngine.run(deal, in.collateral(), in.beginning());
    }

    static void checkSameDeal(ResolvedDeal deal, TrusteeStatement st) {
        List<InputProblem> problems = new ArrayList<>();
        String file = st.source();
        String series = deal.deal().series();
        if (series != null && st.series() != null && !series.equals(st.series())) {
            problems.add(new InputProblem(file, 0, "series", "statement is for series " + st.series()
                    + " but the deal " + deal.deal().id() + " is series " + series));
        }
        for (String name : st.classNames()) {
            if (deal.classIndex(name) < 0) {
                problems.add(new InputProblem(file, lineOf(st, "class." + name + ".beginningBalance"), "class." + name,
                        "class " + name + " is not defined by the deal " + deal.deal().id()));
            }
        }
        Set<String> printed = new LinkedHashSet<>(st.classNames());
        for (int c = 0; c < deal.classCount(); c++) {
            CertificateClass k = deal.certificateClass(c);
            if (!printed.contains(k.name())) {
                problems.add(new InputProblem(file, 0, "class." + k.name(),
                        "the deal defines class " + k.name() + " but the statement does not print it"));
                continue;
            }
            String cusip = st.cusips().get(k.name());
            if (k.cusip() != null && cusip != null && !k.cusip().equals(cusip)) {
                problems.add(new InputProblem(file, lineOf(st, "class." + k.name() + ".principalFactor"),
                        "class." + k.name() + ".cusip", "CUSIP " + cusip + " but the deal says " + k.cusip()));
            }
        }
        if (st.groupCount() != deal.groupCount()) {
            problems.add(new InputProblem(file, 0, "groups", "statement prints " + st.groupCount()
                    + " loan groups but the deal defines " + deal.groupCount()));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    private static int lineOf(TrusteeStatement st, String id) {
        return st.figure(id).map(PrintedFigure::line).orElse(0);
    }

    // ------------------------------------------------------------------------------------------------
    // Expectations

    private VerificationReport report() {
        buildClassExpectations();
        buildTotalExpectations();
        buildGroupExpectations();
        buildAggregateExpectations();
        buildDelinquencyAndReoExpectations();
        buildRemittanceExpectations();

        List<FigureCheck> checks = new ArrayList<>(st.figures().size());
        Map<String, FigureCheck> byId = new HashMap<>();
        for (PrintedFigure f : st.figures()) {
            FigureCheck check = check(f);
            checks.add(check);
            byId.put(f.id(), check);
        }
        List<FigureCheck> explained = new ArrayList<>(checks.size());
        for (FigureCheck c : checks) {
            explained.add(c.status() == Status.DISCREPANCY ? explain(c, byId) : c);
        }
        return new VerificationReport(deal.deal().id(), st.source(), st.distributionDate(), st.numbersFound(),
                inputs.inferred(), conventionNames(), explained);
    }

    private List<String> conventionNames() {
        List<String> names = new ArrayList<>();
        names.add("interest: " + conv.interest());
        names.add("principal: " + conv.principal() + ", senior remainder " + conv.seniorRemainder()
                + ", subordinate remainder " + conv.subordinateRemainder());
        names.add("factors: " + conv.factor() + " per $1,000 of original balance");
        names.add("rates: " + conv.rate() + "; coupon accrues at " + (conv.couponRate() == null ? "the unrounded rate" : conv.couponRate()));
        names.add(NET_WAC_PRECISION + ": the net WAC is known only to the printed average loan rate's precision (+/- "
                + wacHalfUlp.stripTrailingZeros().toPlainString() + "%); interest at a WAC-based rate is accepted within "
                + "balance x that / 1200 plus one rounding cent");
        names.add(IO_RATE_FROM_ROUNDED_INTEREST + ": a WAC strip's printed rate is its rounded interest x 1200 / notional");
        if (conv.derivedFigureBasis() == TrusteeConventions.DerivedFigureBasis.UNROUNDED_AMOUNTS) {
            names.add(FACTOR_FROM_UNROUNDED + ": factors are computed from amounts before rounding (a class's exact "
                    + "pro-rata share), so a printed factor may differ from the printed amount's by up to half a cent's worth");
        }
        names.add("working precision: " + conv.workingPrecision() + " (the senior, aggregate senior and subordinate percentages and "
                + "the subordinate rate; threshold tests cross-multiplied exactly)");
        if (conv.balancesBelowCent()) {
            names.add(BALANCES_BELOW_CENT + ": the trustee carries balances below the cent and prints each rounded; an "
                    + "ending balance is accepted if it rounds the unrounded ending with the beginning known to +/- half a cent "
                    + "(IO notionals: half a cent per class summed)");
        }
        return names;
    }

    private void put(String id, Expected e) {
        expected.put(id, e);
    }

    private BigDecimal printed(String id) {
        return st.has(id) ? st.value(id) : null;
    }

    private void buildClassExpectations() {
        for (int c = 0; c < deal.classCount(); c++) {
            ClassResult r = result.classes().get(c);
            CertificateClass k = deal.certificateClass(c);
            String at = "class." + k.name() + ".";
            boolean io = deal.isInterestOnly(c);
            boolean shown = k.printsNotional();
            BigDecimal zero = BigDecimal.ZERO;
            BigDecimal interestTol = interestTolerance(c, r);
            String rateConvention = interestTol.signum() == 0 ? "" : NET_WAC_PRECISION;
            int refs = k.notionalOf().size();

            if (io) {
                Expected notional = shown
                        ? hiddenCents(r.beginningBalance(), r.beginningBalance(), refs,
                                "notional: sum of the beginning balances of " + String.join(", ", k.notionalOf()))
                        : Expected.exact(zero, "the statement prints no notional for " + k.name());
                if (shown) {
                    String[] ids = k.notionalOf().stream().map(x -> "class." + x + ".beginningBalance").toArray(String[]::new);
                    notional = withPrintedHidden(notional, sum(ids), refs, "sum of the printed beginning balances of "
                            + String.join(", ", k.notionalOf()));
                }
                put(at + "beginningBalance", notional);
            }
            put(at + "beginningBalance#2", Expected.exact(printed(at + "beginningBalance"), "reprint of " + at + "beginningBalance",
                    at + "beginningBalance"));

            Expected rate;
            if (!shown) {
                rate = Expected.exact(zero, "the statement prints no rate for " + k.name());
            } else if (deal.couponKind(c) == CouponKind.WAC_EXCESS_STRIP) {
                BigDecimal notional = r.beginningBalance();
                BigDecimal tol = notional.signum() == 0 ? zero
                        : ceilTo(interestTol.multiply(TWELVE_HUNDRED).divide(notional, Rounding.INTERMEDIATE), conv.rate());
                int[] over = deal.stripOver(c);
                if (over.length == 1) {
                    // a one-class strip: net WAC less the class's rate, which the printed WAC pins exactly; the
                    // rounded interest over the notional is accepted too
                    BigDecimal direct = conv.rate().apply(result.groups().get(deal.couponGroup(c)).netWac()
                            .subtract(deal.couponRate(over[0])));
                    rate = Expected.between(direct, direct.min(r.printedRate()), direct.max(r.printedRate()),
                            IO_RATE_FROM_ROUNDED_INTEREST, "net WAC less the rate of " + deal.className(over[0])
                                    + " (or interest x 1200 / notional)", at + "interest");
                } else {
                    rate = Expected.within(r.printedRate(), tol, IO_RATE_FROM_ROUNDED_INTEREST + ", " + NET_WAC_PRECISION,
                            "interest x 1200 / notional", at + "interest");
                }
                BigDecimal repNotional = printed(at + "beginningBalance");
                BigDecimal repInterest = printed(at + "interest");
                if (repNotional != null && repInterest != null) {
                    rate = rate.withPrinted(conv.rate().divide(repInterest.multiply(TWELVE_HUNDRED), repNotional),
                            "printed interest x 1200 / printed notional");
                }
            } else if (deal.couponKind(c) == CouponKind.SUBORDINATE_NET_WAC) {
                rate = Expected.within(r.printedRate(), wacHalfUlp.signum() == 0 ? zero : conv.rate().ulp(), NET_WAC_PRECISION,
                        "subordinate rate (net WACs weighted by subordinate components) less " + deal.couponRate(c).toPlainString());
            } else if (deal.couponKind(c) == CouponKind.GROUP_NET_WAC) {
                rate = Expected.exact(r.printedRate(), "group " + deal.group(deal.couponGroup(c)).id()
                        + " net WAC: average loan rate less " + deal.groupFeeRate(deal.couponGroup(c)).toPlainString() + "% fees");
            } else {
                rate = Expected.exact(r.printedRate(), "fixed coupon from the deal");
            }
            put(at + "passThroughRate", rate);
            put(at + "passThroughRate#2", Expected.exact(printed(at + "passThroughRate"), "reprint of " + at + "passThroughRate",
                    at + "passThroughRate"));

            put(at + "principal", Expected.exact(r.principal(), io ? "interest-only: no principal"
                    : k.role().isSenior() ? "group senior principal (SP x scheduled + SPP x prepayments), pro rata by balance"
                    : "subordinate principal, pro rata by balance"));
            put(at + "interest", Expected.within(r.interest(), interestTol, rateConvention,
                    "balance x rate / 1200, to the cent, less allocated shortfalls"));
            Expected total = Expected.within(r.totalDistribution(), interestTol, rateConvention, "principal + interest",
                    at + "principal", at + "interest");
            BigDecimal printedSum = sum(at + "principal", at + "interest");
            if (printedSum != null && conv.derivedFigureBasis() == TrusteeConventions.DerivedFigureBasis.UNROUNDED_AMOUNTS) {
                total = total.withPrinted(printedSum, printedSum.subtract(CENT), printedSum.add(CENT),
                        "printed principal + interest (each rounded from the unrounded amounts, " + FACTOR_FROM_UNROUNDED + ": +/- 0.01)");
            } else {
                total = total.withPrinted(printedSum, "printed principal + interest");
            }
            put(at + "totalDistribution", total);
            put(at + "principalLoss", Expected.exact(r.loss(), "realized losses allocated in reverse order of seniority"));
            put(at + "interestShortfall", Expected.exact(r.interestShortfall(), "shortfalls pro rata to accrued interest"));

            Expected ending;
            BigDecimal endingUnrounded = io ? unroundedEnding(k.notionalOf())
                    : r.beginningBalance().subtract(r.principalUnrounded()).subtract(r.loss()).subtract(r.writeDown());
            if (io) {
                ending = shown ? hiddenCents(r.endingBalance(), endingUnrounded, refs,
                        "notional: sum of the ending balances of " + String.join(", ", k.notionalOf()), at + "beginningBalance")
                        : Expected.exact(zero, "the statement prints no notional for " + k.name());
                if (shown) {
                    String[] ids = k.notionalOf().stream().map(n -> "class." + n + ".endingBalance").toArray(String[]::new);
                    ending = withPrintedHidden(ending, sum(ids), refs,
                            "sum of the printed ending balances of " + String.join(", ", k.notionalOf()));
                }
            } else {
                String rule = r.writeDown().signum() == 0 ? "beginning - principal - losses"
                        : "beginning - principal - losses - the write-down of " + r.writeDown().toPlainString() + " by which the "
                                + "certificates exceed the collateral after the distribution (the deal's writeDownExcessOverCollateral:"
                                + " the most junior class takes it)";
                ending = hiddenCents(r.endingBalance(), endingUnrounded, 1, rule, at + "principal", at + "principalLoss");
                BigDecimal b = printed(at + "beginningBalance");
                BigDecimal p = printed(at + "principal");
                BigDecimal l = printed(at + "principalLoss");
                if (b != null && p != null && l != null) {
                    ending = withPrintedHidden(ending, b.subtract(p).subtract(l), 2, "printed beginning - principal - losses");
                }
            }
            put(at + "endingBalance", ending);
            put(at + "unpaidInterest", Expected.exact(zero,
                    "interest is paid in full from each group's net interest (shortfalls are not carried forward)"));

            BigDecimal original = deal.original(c);
            boolean fromUnrounded = conv.derivedFigureBasis() == TrusteeConventions.DerivedFigureBasis.UNROUNDED_AMOUNTS;
            BigDecimal interestDelta = interestTol.signum() == 0 ? zero
                    : r.beginningBalance().multiply(wacHalfUlp).divide(TWELVE_HUNDRED, Rounding.INTERMEDIATE);
            putFactor(at + "principalFactor", r.principalFactor(), fromUnrounded ? r.principalUnrounded() : r.principal(),
                    zero, original, at + "principal", NET_WAC_PRECISION);
            putFactor(at + "interestFactor", r.interestFactor(), fromUnrounded ? r.interestUnrounded() : r.interest(),
                    interestDelta, original, at + "interest", NET_WAC_PRECISION);
            boolean paidOff = r.beginningBalance().signum() == 0;
            BigDecimal hidden = conv.balancesBelowCent() && !paidOff ? HALF_CENT.multiply(BigDecimal.valueOf(io ? refs : 1)) : zero;
            putFactor(at + "endingFactor", r.endingFactor(), fromUnrounded ? endingUnrounded : r.endingBalance(),
                    hidden, original, at + "endingBalance", BALANCES_BELOW_CENT);
        }
    }

    /** Sum of the unrounded ending balances (beginning - unrounded principal - loss) of the given classes. */
    private BigDecimal unroundedEnding(List<String> classes) {
        BigDecimal s = BigDecimal.ZERO;
        for (String name : classes) {
            ClassResult k = result.classes().get(deal.classIndex(name));
            s = s.add(k.beginningBalance()).subtract(k.principalUnrounded()).subtract(k.loss());
        }
        return s;
    }

    /**
     * A balance the trustee carries below the cent: {@code balances} printed balances went into it, each known
     * only to +/- half a cent, so any cent that rounds a value within {@code unrounded} +/- that is accepted.
     * Exact when the deal does not say the trustee carries balances below the cent.
     */
    private Expected hiddenCents(BigDecimal computed, BigDecimal unrounded, int balances, String rule, String... drivers) {
        if (!conv.balancesBelowCent() || balances == 0 || computed.signum() == 0 && unrounded.signum() == 0) {
            return Expected.exact(computed, rule, drivers);
        }
        BigDecimal spread = HALF_CENT.multiply(BigDecimal.valueOf(balances));
        BigDecimal low = conv.principal().apply(unrounded.subtract(spread)).min(computed);
        BigDecimal high = conv.principal().apply(unrounded.add(spread)).max(computed);
        return Expected.between(computed, low, high, BALANCES_BELOW_CENT, rule, drivers);
    }

    /** The statement's own arithmetic over {@code terms} printed cents, each rounded from a value below the cent. */
    private Expected withPrintedHidden(Expected e, BigDecimal fromPrinted, int terms, String how) {
        if (fromPrinted == null) {
            return e;
        }
        if (!conv.balancesBelowCent()) {
            return e.withPrinted(fromPrinted, how);
        }
        BigDecimal spread = HALF_CENT.multiply(BigDecimal.valueOf(terms + 1L)).setScale(2, RoundingMode.FLOOR);
        return e.withPrinted(fromPrinted, fromPrinted.subtract(spread), fromPrinted.add(spread),
                how + " (each printed figure rounded: +/- " + spread.toPlainString() + ")");
    }

    /**
     * A factor per $1,000: the engine's, accepted for any rounding of {@code (basis +/- delta) x 1000 / original};
     * and the statement's own, from the printed amount (+/- half a cent when factors come from unrounded amounts).
     */
    private void putFactor(String id, BigDecimal computed, BigDecimal basis, BigDecimal delta, BigDecimal original,
            String amountId, String convention) {
        Expected e;
        String rule = "amount x 1000 / original balance " + original.toPlainString();
        if (delta.signum() == 0 || original.signum() == 0) {
            e = Expected.exact(computed, rule, amountId);
        } else {
            BigDecimal low = conv.factor().perThousand(basis.subtract(delta), original).min(computed);
            BigDecimal high = conv.factor().perThousand(basis.add(delta), original).max(computed);
            e = Expected.between(computed, low, high, convention, rule, amountId);
        }
        BigDecimal amount = printed(amountId);
        if (amount != null) {
            BigDecimal fromPrinted = conv.factor().perThousand(amount, original);
            if (conv.derivedFigureBasis() == TrusteeConventions.DerivedFigureBasis.UNROUNDED_AMOUNTS && original.signum() > 0) {
                BigDecimal lo = conv.factor().perThousand(amount.subtract(HALF_CENT), original);
                BigDecimal hi = conv.factor().perThousand(amount.add(HALF_CENT), original);
                e = e.withPrinted(fromPrinted, lo, hi, "printed amount (+/- half a cent, " + FACTOR_FROM_UNROUNDED
                        + ") x 1000 / original");
            } else {
                e = e.withPrinted(fromPrinted, "printed amount x 1000 / original");
            }
        }
        put(id, e);
    }

    private void buildTotalExpectations() {
        List<String> principalClasses = new ArrayList<>();
        List<String> allClasses = new ArrayList<>();
        for (int c = 0; c < deal.classCount(); c++) {
            allClasses.add(deal.className(c));
            if (!deal.isInterestOnly(c)) {
                principalClasses.add(deal.className(c));
            }
        }
        putTotal("total.beginningBalance", principalClasses, "beginningBalance");
        putTotal("total.beginningBalance#2", principalClasses, "beginningBalance");
        putTotal("total.principal", allClasses, "principal");
        putTotal("total.interest", allClasses, "interest");
        putTotal("total.totalDistribution", allClasses, "totalDistribution");
        putTotal("total.endingBalance", principalClasses, "endingBalance");
    }

    private void putTotal(String id, List<String> classes, String field) {
        String[] ids = classes.stream().map(n -> "class." + n + "." + field).toArray(String[]::new);
        BigDecimal computed = BigDecimal.ZERO;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        Set<String> conventions = new LinkedHashSet<>();
        for (String name : classes) {
            int c = deal.classIndex(name);
            ClassResult r = result.classes().get(c);
            BigDecimal v = switch (field) {
                case "beginningBalance" -> r.beginningBalance();
                case "principal" -> r.principal();
                case "interest" -> r.interest();
                case "totalDistribution" -> r.totalDistribution();
                case "endingBalance" -> r.endingBalance();
                default -> throw new IllegalArgumentException(field);
            };
            computed = computed.add(v);
            Expected e = expected.get("class." + name + "." + field);
            if (e != null && e.computed() != null && e.computed().compareTo(v) == 0) {
                low = low.add(e.low());
                high = high.add(e.high());
                if (!e.convention().isEmpty()) {
                    conventions.add(e.convention());
                }
            } else {
                low = low.add(v);
                high = high.add(v);
            }
        }
        Expected e = Expected.between(computed, low, high, String.join(", ", conventions), "sum over the classes", ids);
        boolean balances = field.equals("beginningBalance") || field.equals("endingBalance");
        put(id, balances ? withPrintedHidden(e, sum(ids), classes.size() - 1, "sum of the printed class figures")
                : e.withPrinted(sum(ids), "sum of the printed class figures"));
    }

    private void buildGroupExpectations() {
        int n = deal.groupCount();
        BigDecimal weightedWac = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (int g = 0; g < n; g++) {
            GroupResult r = result.groups().get(g);
            GroupCollateral gc = inputs.collateral().groups().stream()
                    .filter(x -> x.group().equals(r.group())).findFirst().orElseThrow();
            String at = "group." + (g + 1) + ".";
            put(at + "endingBalance", Expected.exact(r.endingBalance(), "beginning - scheduled - prepayments - liquidated"));
            put(at + "loanCount", Expected.notRecomputed("loan counts are not modelled (checked through the total only)"));
            put(at + "averageLoanRate", Expected.exact(gc.grossWac(), "gross WAC of the period data"));
            put(at + "prepayments", Expected.exact(gc.prepayments(), "prepayments of the period data"));
            put(at + "masterServicingFee", Expected.exact(r.servicingFee(), "beginning balance x "
                    + deal.group(g).servicingFeeRate().toPlainString() + "% / 12, to the cent"));
            put(at + "subServicerFee", Expected.exact(r.subServicingFee(), "beginning balance x "
                    + deal.group(g).subServicingFeeRate().toPlainString() + "% / 12"));
            put(at + "trusteeFee", Expected.exact(r.trusteeFee(), "beginning balance x "
                    + deal.group(g).trusteeFeeRate().toPlainString() + "% / 12"));
            put(at + "advancesThisPeriod", Expected.notRecomputed("servicer advances are not modelled (checked through the total only)"));
            put(at + "realizedLosses", Expected.exact(r.realizedLoss(), "liquidated balance - liquidation proceeds"));
            put(at + "cumulativeLosses", Expected.notRecomputed("needs the group's loss history, which is not printed (checked through the total only)"));
            put(at + "bankruptcyCoverage", Expected.notRecomputed("coverage amounts are not modelled (checked through the total only)"));
            put(at + "fraudCoverage", Expected.notRecomputed("coverage amounts are not modelled (checked through the total only)"));
            put(at + "specialHazardCoverage", Expected.notRecomputed("coverage amounts are not modelled (checked through the total only)"));
            weightedWac = weightedWac.add(gc.beginningBalance().multiply(gc.grossWac()));
            weights = weights.add(gc.beginningBalance());
        }
        for (String field : List.of("endingBalance", "prepayments", "masterServicingFee", "subServicerFee", "trusteeFee", "realizedLosses")) {
            String[] ids = new String[n];
            BigDecimal computed = BigDecimal.ZERO;
            for (int g = 0; g < n; g++) {
                ids[g] = "group." + (g + 1) + "." + field;
                computed = computed.add(expected.get(ids[g]).computed());
            }
            put("group.total." + field, Expected.exact(computed, "sum over the groups", ids)
                    .withPrinted(sum(ids), "sum of the printed group figures"));
        }
        for (String field : List.of("loanCount", "advancesThisPeriod", "cumulativeLosses", "bankruptcyCoverage",
                "fraudCoverage", "specialHazardCoverage")) {
            String[] ids = new String[n];
            for (int g = 0; g < n; g++) {
                ids[g] = "group." + (g + 1) + "." + field;
            }
            BigDecimal s = sum(ids);
            String rule = "cumulativeLosses".equals(field) ? "sum of the groups' printed cumulative losses"
                    : "sum of the groups' printed figures (not modelled per group)";
            put("group.total." + field, Expected.exact(s, rule, ids).withPrinted(s, "sum of the printed group figures"));
        }
        BigDecimal wac = weights.signum() == 0 ? BigDecimal.ZERO : weightedWac.divide(weights, Rounding.INTERMEDIATE);
        BigDecimal totalWacPrinted = printed("group.total.averageLoanRate");
        int scale = totalWacPrinted == null ? 2 : totalWacPrinted.scale();
        put("group.total.averageLoanRate", Expected.exact(wac.setScale(scale, RoundingMode.HALF_UP),
                "the groups' average loan rates weighted by beginning balance, to the printed " + scale + " decimals"));
    }

    private void buildAggregateExpectations() {
        ShiftingInterestState s = result.shifting();
        BigDecimal seniorEnding = BigDecimal.ZERO;
        BigDecimal juniorEnding = BigDecimal.ZERO;
        List<String> seniorIds = new ArrayList<>();
        List<String> juniorIds = new ArrayList<>();
        for (int c = 0; c < deal.classCount(); c++) {
            if (deal.isInterestOnly(c)) {
                continue;
            }
            ClassResult r = result.classes().get(c);
            if (deal.certificateClass(c).role().isSenior()) {
                seniorEnding = seniorEnding.add(r.endingBalance());
                seniorIds.add("class." + r.name() + ".endingBalance");
            } else {
                juniorEnding = juniorEnding.add(r.endingBalance());
                juniorIds.add("class." + r.name() + ".endingBalance");
            }
        }
        Rounding pct = Rounding.PERCENT_6_HALF_UP;
        BigDecimal seniorPct = pct.apply(s.aggregateSeniorFraction().multiply(HUNDRED));
        put("aggregate.senior.percentage", Expected.exact(seniorPct,
                "seniors' beginning balance / pool beginning balance (the Senior Percentage, aggregated)"));
        put("aggregate.junior.percentage", Expected.exact(HUNDRED.subtract(seniorPct).setScale(pct.scale()),
                "100% - the aggregate senior percentage"));
        BigDecimal prepaidTotal = BigDecimal.ZERO;
        BigDecimal prepaidSenior = BigDecimal.ZERO;
        for (int g = 0; g < deal.groupCount(); g++) {
            GroupResult r = result.groups().get(g);
            BigDecimal p = inputs.collateral().groups().get(g).prepayments();
            prepaidTotal = prepaidTotal.add(p);
            prepaidSenior = prepaidSenior.add(r.seniorPrepaymentPercentage().multiply(p));
        }
        BigDecimal spp = prepaidTotal.signum() == 0
                ? pct.apply(s.appliedShiftPercent().max(BigDecimal.ZERO))
                : pct.apply(prepaidSenior.multiply(HUNDRED).divide(prepaidTotal, Rounding.INTERMEDIATE));
        put("aggregate.senior.prepaymentPercentage", Expected.exact(spp,
                "the groups' Senior Prepayment Percentages applied this date, weighted by prepayments"));
        put("aggregate.junior.prepaymentPercentage", Expected.exact(HUNDRED.subtract(spp).setScale(pct.scale()),
                "100% - the aggregate senior prepayment percentage"));
        put("aggregate.senior.endingBalance", sumOfExpected(seniorEnding, seniorIds, "sum of the senior classes' ending balances"));
        put("aggregate.junior.endingBalance", sumOfExpected(juniorEnding, juniorIds, "sum of the subordinate classes' ending balances"));
    }

    /** A sum of already-expected figures: its accepted interval is the sum of theirs. */
    private Expected sumOfExpected(BigDecimal computed, List<String> ids, String rule) {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        Set<String> conventions = new LinkedHashSet<>();
        for (String id : ids) {
            Expected e = expected.get(id);
            low = low.add(e.low());
            high = high.add(e.high());
            if (!e.convention().isEmpty()) {
                conventions.add(e.convention());
            }
        }
        return Expected.between(computed, low.min(computed), high.max(computed), String.join(", ", conventions), rule,
                ids.toArray(String[]::new));
    }

    private void buildDelinquencyAndReoExpectations() {
        List<String> buckets = new ArrayList<>();
        for (PrintedFigure f : st.figures()) {
            String id = f.id();
            if (id.startsWith("delinquency.") && !id.startsWith("delinquency.total.")) {
                put(id, Expected.notRecomputed("delinquencies are servicer data, not modelled (checked through the total)"));
                String bucket = id.substring("delinquency.".length(), id.lastIndexOf('.'));
                if (!buckets.contains(bucket)) {
                    buckets.add(bucket);
                }
            }
        }
        for (String field : List.of("count", "balance")) {
            String[] ids = buckets.stream().map(b -> "delinquency." + b + "." + field).toArray(String[]::new);
            BigDecimal s = sum(ids);
            put("delinquency.total." + field, Expected.exact(s, "sum of the printed buckets", ids)
                    .withPrinted(s, "sum of the printed buckets"));
        }
        List<String> rows = new ArrayList<>();
        for (PrintedFigure f : st.figures()) {
            if (f.id().startsWith("reo.") && f.id().endsWith(".balance") && !f.id().startsWith("reo.total")
                    && !f.id().startsWith("reo.outstanding")) {
                rows.add(f.id());
                put(f.id(), Expected.notRecomputed("REO properties are servicer data, not modelled (checked through the total)"));
            }
        }
        String[] ids = rows.toArray(String[]::new);
        BigDecimal reoTotal = sum(ids);
        put("reo.total.balance", Expected.exact(reoTotal, "sum of the printed REO rows", ids)
                .withPrinted(reoTotal, "sum of the printed REO rows"));
        put("reo.outstanding.balance", Expected.exact(reoTotal, "the REO total", "reo.total.balance")
                .withPrinted(printed("reo.total.balance"), "the printed REO total"));
        long count = rows.stream().map(this::printed).filter(v -> v != null && v.signum() > 0).count();
        put("reo.outstanding.count", Expected.exact(BigDecimal.valueOf(count), "number of REO rows with a balance", ids));
    }

    private void buildRemittanceExpectations() {
        Expected available = expected.get("total.totalDistribution");
        Expected principal = expected.get("total.principal");
        Expected interest = expected.get("total.interest");
        for (String suffix : List.of("", "#2")) {
            put("remittance.available" + suffix, Expected.between(available.computed(), available.low(), available.high(),
                    available.convention(), "principal + interest distributed to the classes", "total.totalDistribution")
                    .withPrinted(sum("remittance.principal" + suffix, "remittance.interest" + suffix), "printed principal + interest remittance"));
            put("remittance.principal" + suffix, Expected.between(principal.computed(), principal.low(), principal.high(),
                    principal.convention(), "principal distributed to the classes", "total.principal"));
            put("remittance.interest" + suffix, Expected.between(interest.computed(), interest.low(), interest.high(),
                    interest.convention(), "interest distributed to the classes", "total.interest"));
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Checking

    private FigureCheck check(PrintedFigure f) {
        String id = f.id();
        BigDecimal reported = f.value();
        Expected e = expected.get(id);
        String inputWhy = inputs.inputFigures().get(id);
        if (e == null) {
            return new FigureCheck(id, f.line(), reported, null, null, BigDecimal.ZERO,
                    inputWhy != null ? Status.INPUT : Status.NOT_RECOMPUTED,
                    inputWhy != null ? inputWhy : "no rule recomputes this figure", "");
        }
        // the statement's own arithmetic must hold (exactly, or within its components' printed precision)
        if (!e.printedArithmeticHolds(reported)) {
            return new FigureCheck(id, f.line(), reported, e.computed(), e.computed() == null ? null : reported.subtract(e.computed()),
                    e.tolerance(), Status.DISCREPANCY, "statement arithmetic: " + e.fromPrintedRule() + " gives "
                            + e.fromPrinted().toPlainString() + ", not the printed " + reported.toPlainString(), e.convention());
        }
        if (e.computed() == null) {
            return new FigureCheck(id, f.line(), reported, null, null, BigDecimal.ZERO,
                    inputWhy != null ? Status.INPUT : Status.NOT_RECOMPUTED, inputWhy != null ? inputWhy : e.rule(), "");
        }
        BigDecimal difference = reported.subtract(e.computed());
        boolean within = e.accepts(reported);
        if (inputWhy != null) {
            // an input is not a confirmation; but an input the engine cannot reproduce is still a finding
            return new FigureCheck(id, f.line(), reported, e.computed(), difference, e.tolerance(),
                    within ? Status.INPUT : Status.DISCREPANCY,
                    within ? "input: " + inputWhy : "input (" + inputWhy + ") that the engine does not reproduce: " + e.rule(),
                    e.convention());
        }
        if (within) {
            String reason = difference.signum() == 0 ? e.rule()
                    : e.rule() + "; differs by " + difference.toPlainString() + ", accepted by " + e.convention()
                            + " (" + e.low().toPlainString() + " to " + e.high().toPlainString() + ")";
            return new FigureCheck(id, f.line(), reported, e.computed(), difference, e.tolerance(), Status.TIED_OUT, reason,
                    e.convention());
        }
        return new FigureCheck(id, f.line(), reported, e.computed(), difference, e.tolerance(), Status.DISCREPANCY,
                "differs by " + difference.toPlainString() + (e.tolerance().signum() == 0 ? "" : " (accepted "
                        + e.low().toPlainString() + " to " + e.high().toPlainString() + ")") + "; rule: " + e.rule(),
                e.convention());
    }

    /** Adds what the engine can tell about why a figure differs. */
    private FigureCheck explain(FigureCheck c, Map<String, FigureCheck> byId) {
        if (c.reason().startsWith("statement arithmetic")) {
            String implied = impliedByFactor(c);
            return implied == null ? c : new FigureCheck(c.id(), c.line(), c.reported(), c.computed(), c.difference(),
                    c.tolerance(), c.status(), c.reason() + ". " + implied, c.convention());
        }
        String why = Diagnosis.explain(c, this::printed, result, inputs, deal);
        if (why == null) {
            Expected e = expected.get(c.id());
            List<String> causes = new ArrayList<>();
            if (e != null) {
                for (String d : e.drivers()) {
                    FigureCheck driver = byId.get(d);
                    if (driver != null && driver.status() == Status.DISCREPANCY) {
                        causes.add(d + " (differs by " + driver.difference().toPlainString() + ")");
                    }
                }
            }
            if (!causes.isEmpty()) {
                why = "follows from " + String.join(", ", causes);
            }
        }
        if (why == null) {
            return c;
        }
        return new FigureCheck(c.id(), c.line(), c.reported(), c.computed(), c.difference(), c.tolerance(), c.status(),
                c.reason() + ". " + why, c.convention());
    }

    /** For a factor at odds with its printed amount: the amount the printed factor implies. */
    private String impliedByFactor(FigureCheck c) {
        if (!c.id().startsWith("class.") || !c.id().endsWith("Factor")) {
            return null;
        }
        String name = c.id().substring("class.".length(), c.id().lastIndexOf('.'));
        int k = deal.classIndex(name);
        if (k < 0 || deal.original(k).signum() == 0) {
            return null;
        }
        BigDecimal implied = c.reported().multiply(deal.original(k)).divide(THOUSAND, 2, RoundingMode.HALF_UP);
        String amount = c.id().replace("Factor", c.id().endsWith("endingFactor") ? "Balance" : "");
        return "The printed factor implies " + money(implied) + " (+/- " + money(deal.original(k)
                .divide(BigDecimal.valueOf(2_000_000_000L), 2, RoundingMode.CEILING)) + ") for " + amount
                + ", not the printed " + money(printed(amount) == null ? BigDecimal.ZERO : printed(amount));
    }

    // ------------------------------------------------------------------------------------------------
    // Tolerances

    /**
     * The interest tolerance of a class whose rate depends on a net WAC: the WAC is known only to the printed
     * precision, so interest may differ by up to balance x half a unit of that precision / 1200, plus one cent
     * for the two roundings; floored to the cent. Zero for fixed rates and fixed strips.
     */
    private BigDecimal interestTolerance(int c, ClassResult r) {
        if (wacHalfUlp.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal base = switch (deal.couponKind(c)) {
            case GROUP_NET_WAC, SUBORDINATE_NET_WAC, WAC_EXCESS_STRIP -> r.beginningBalance();
            default -> BigDecimal.ZERO;
        };
        if (base.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal delta = base.multiply(wacHalfUlp).divide(TWELVE_HUNDRED, Rounding.INTERMEDIATE);
        return delta.add(CENT).setScale(2, RoundingMode.FLOOR);
    }

    /** Half a unit in the last printed place of the groups' average loan rates (0 when given exactly). */
    private static BigDecimal wacHalfUlp(TrusteeStatement st, int groups) {
        int scale = 0;
        for (int g = 1; g <= groups; g++) {
            String id = "group." + g + ".averageLoanRate";
            if (st.has(id)) {
                scale = Math.max(scale, st.value(id).scale());
            }
        }
        return scale == 0 ? BigDecimal.ZERO : new BigDecimal("0.5").movePointLeft(scale);
    }

    private static BigDecimal ceilTo(BigDecimal value, Rounding rounding) {
        return value.setScale(rounding.scale(), RoundingMode.CEILING);
    }

    /** Sum of printed figures, or null if any is missing. */
    private BigDecimal sum(String... ids) {
        BigDecimal s = BigDecimal.ZERO;
        for (String id : ids) {
            BigDecimal v = printed(id);
            if (v == null) {
                return null;
            }
            s = s.add(v);
        }
        return s;
    }

    static String money(BigDecimal v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }
}
