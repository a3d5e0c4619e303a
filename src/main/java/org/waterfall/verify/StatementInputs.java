package org.waterfall.verify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.engine.PeriodResult;
import org.waterfall.engine.WaterfallEngine;
import org.waterfall.money.Rounding;
import org.waterfall.statement.TrusteeStatement;

/**
 * The engine's inputs for the month a statement reports: the classes' beginning balances (printed) and each
 * group's collateral. The statement does not print a group's beginning balance or scheduled principal; they
 * come from a period data file or are inferred here, and every printed figure consumed by the inference is
 * recorded so the verifier marks it {@link Status#INPUT} rather than counting it as a confirmation.
 *
 * <p>Inference, per group: the ending balance E, prepayments P and realized losses L are printed; scheduled
 * principal is S = B - E - P - L, so one unknown, the beginning balance B, remains. The shifting-interest rule
 * gives the group's senior principal as SP x S + SPP x P with SP = seniors / B and SPP = SP + (1 - SP) x s, so
 * B = seniors x (E + sP) / (seniors + sP - senior principal). The senior principal comes from one printed
 * figure, the principal of the group's largest senior class (scaled by the pro-rata share); then every cent
 * near that B is tried in the engine, and B is taken in the middle of the cents that reproduce that class's
 * principal exactly. The servicing fee (B x fee rate / 12, to the cent) bounds B to a range of a few dollars
 * and is kept as an independent check, not used.
 */
final class StatementInputs {

    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    /** Candidate beginning balances tried on each side of the analytic solution, in cents. */
    private static final int SEARCH_CENTS = 150;

    /**
     * @param collateral the period's collateral as the engine takes it
     * @param beginning each class's beginning balance, in deal order (IO entries zero)
     * @param inferred inputs that are not printed, with their method
     * @param inputFigures printed figures used as inputs, with why
     */
    record Inputs(PeriodCollateral collateral, BigDecimal[] beginning, List<InferredInput> inferred,
            Map<String, String> inputFigures) {
    }

    private StatementInputs() {
    }

    /** Beginning class balances from the statement: the first printing of each principal class's balance. */
    static BigDecimal[] beginningBalances(ResolvedDeal deal, TrusteeStatement st, Map<String, String> inputFigures) {
        BigDecimal[] beginning = new BigDecimal[deal.classCount()];
        for (int c = 0; c < deal.classCount(); c++) {
            String id = "class." + deal.className(c) + ".beginningBalance";
            if (deal.isInterestOnly(c)) {
                beginning[c] = BigDecimal.ZERO;
            } else {
                beginning[c] = st.value(id);
                inputFigures.put(id, "beginning balance: an input of the month");
            }
        }
        return beginning;
    }

    static Inputs fromPeriodData(ResolvedDeal deal, TrusteeStatement st, PeriodCollateral data, String source) {
        Map<String, String> inputFigures = new LinkedHashMap<>();
        BigDecimal[] beginning = beginningBalances(deal, st, inputFigures);
        List<InferredInput> inferred = new ArrayList<>();
        for (GroupCollateral gc : data.groups()) {
            String at = "group." + statementGroup(deal, gc.group());
            inferred.add(new InferredInput(at + ".beginningBalance", gc.beginningBalance(), "from " + source));
            inferred.add(new InferredInput(at + ".scheduledPrincipal", gc.scheduledPrincipal(), "from " + source));
        }
        inferred.add(new InferredInput("delinquency.60plusAverage", data.delinquent60PlusAverage(), "from " + source));
        inferred.add(new InferredInput("losses.cumulativeBefore", data.cumulativeLossesBefore(), "from " + source));
        return new Inputs(data, beginning, inferred, inputFigures);
    }

    static Inputs infer(ResolvedDeal deal, TrusteeStatement st) {
        Map<String, String> inputFigures = new LinkedHashMap<>();
        BigDecimal[] beginning = beginningBalances(deal, st, inputFigures);
        int n = deal.groupCount();
        BigDecimal[] ending = new BigDecimal[n];
        BigDecimal[] prepaid = new BigDecimal[n];
        BigDecimal[] liquidated = new BigDecimal[n];
        BigDecimal[] wac = new BigDecimal[n];
        BigDecimal[] feeLow = new BigDecimal[n];
        BigDecimal[] feeHigh = new BigDecimal[n];
        BigDecimal[] begin = new BigDecimal[n];
        for (int g = 0; g < n; g++) {
            String at = "group." + (g + 1);
            ending[g] = input(st, at + ".endingBalance", "ending collateral balance: gives scheduled principal", inputFigures);
            prepaid[g] = input(st, at + ".prepayments", "prepayments: an input of the month", inputFigures);
            wac[g] = input(st, at + ".averageLoanRate", "gross WAC: sets the net WAC", inputFigures);
            liquidated[g] = input(st, at + ".realizedLosses",
                    "realized losses: taken as the liquidated balance with no proceeds (proceeds are not printed)", inputFigures);
            BigDecimal feeRate = deal.group(g).servicingFeeRate();
            BigDecimal fee = st.value(at + ".masterServicingFee");
            if (feeRate.signum() > 0) {
                feeLow[g] = fee.subtract(HALF_CENT).multiply(TWELVE_HUNDRED).divide(feeRate, Rounding.INTERMEDIATE);
                feeHigh[g] = fee.add(HALF_CENT).multiply(TWELVE_HUNDRED).divide(feeRate, Rounding.INTERMEDIATE);
                begin[g] = fee.multiply(TWELVE_HUNDRED).divide(feeRate, 2, RoundingMode.HALF_UP);
            } else {
                begin[g] = ending[g].add(prepaid[g]).add(liquidated[g]);
            }
            begin[g] = begin[g].max(ending[g].add(prepaid[g]).add(liquidated[g]));
        }
        BigDecimal delinquent = sixtyPlus(st);
        BigDecimal cumulativeBefore = st.value("group.total.cumulativeLosses").subtract(st.value("group.total.realizedLosses"));
        inputFigures.put("group.total.cumulativeLosses", "cumulative losses: less this month's, the loss test's history");

        String[] method = new String[n];
        for (int pass = 0; pass < 2; pass++) {
            PeriodResult first = WaterfallEngine.run(deal,
                    collateral(deal, st, begin, ending, prepaid, liquidated, wac, delinquent, cumulativeBefore), beginning);
            BigDecimal s = first.shifting().appliedShiftPercent().divide(BigDecimal.valueOf(100), Rounding.INTERMEDIATE);
            for (int g = 0; g < n; g++) {
                method[g] = solveGroup(deal, st, g, s, begin, ending, prepaid, liquidated, wac, delinquent,
                        cumulativeBefore, beginning, feeLow[g], feeHigh[g], inputFigures);
            }
        }
        List<InferredInput> inferred = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            String at = "group." + (g + 1);
            inferred.add(new InferredInput(at + ".beginningBalance", begin[g], method[g]));
            inferred.add(new InferredInput(at + ".scheduledPrincipal",
                    begin[g].subtract(ending[g]).subtract(prepaid[g]).subtract(liquidated[g]),
                    "beginning balance - ending balance - prepayments - liquidated balance"));
        }
        inferred.add(new InferredInput("delinquency.60plusAverage", delinquent,
                "this month's 60+ day delinquent balance (60-89, 90+, foreclosure, REO): the 6-month history is not printed"));
        inferred.add(new InferredInput("losses.cumulativeBefore", cumulativeBefore,
                "total cumulative losses less this month's realized losses"));
        PeriodCollateral collateral = collateral(deal, st, begin, ending, prepaid, liquidated, wac, delinquent, cumulativeBefore);
        return new Inputs(collateral, beginning, inferred, inputFigures);
    }

    private static String solveGroup(ResolvedDeal deal, TrusteeStatement st, int g, BigDecimal s, BigDecimal[] begin,
            BigDecimal[] ending, BigDecimal[] prepaid, BigDecimal[] liquidated, BigDecimal[] wac, BigDecimal delinquent,
            BigDecimal cumulativeBefore, BigDecimal[] beginning, BigDecimal feeLow, BigDecimal feeHigh,
            Map<String, String> inputFigures) {
        int anchor = -1;
        BigDecimal seniors = BigDecimal.ZERO;
        for (int c : deal.seniorsOf(g)) {
            seniors = seniors.add(beginning[c]);
            if (beginning[c].signum() > 0 && (anchor < 0 || beginning[c].compareTo(beginning[anchor]) > 0)) {
                anchor = c;
            }
        }
        String feeNote = feeLow == null ? "" : "; the servicing fee bounds it to [" + plain(feeLow) + ", " + plain(feeHigh) + "]";
        if (anchor < 0) {
            return "no senior class outstanding: taken from the servicing fee" + feeNote;
        }
        String anchorId = "class." + deal.className(anchor) + ".principal";
        BigDecimal reported = st.value(anchorId);
        inputFigures.put(anchorId, "used to infer group " + (g + 1) + "'s beginning balance");
        BigDecimal seniorPrincipal = reported.multiply(seniors).divide(beginning[anchor], Rounding.INTERMEDIATE);
        BigDecimal sp = s.multiply(prepaid[g]);
        BigDecimal denominator = seniors.add(sp).subtract(seniorPrincipal);
        BigDecimal analytic = denominator.signum() > 0
                ? seniors.multiply(ending[g].add(sp).add(liquidated[g])).divide(denominator, 2, RoundingMode.HALF_UP)
                : begin[g];
        BigDecimal floor = ending[g].add(prepaid[g]).add(liquidated[g]);
        // search outward from the analytic solution for the nearest cent that reproduces the anchor's principal,
        // then take the whole contiguous run of such cents
        final int anchorClass = anchor;
        java.util.function.Predicate<BigDecimal> reproduces = candidate -> {
            if (candidate.compareTo(floor) < 0) {
                return false;
            }
            begin[g] = candidate;
            PeriodResult r = WaterfallEngine.run(deal,
                    collateral(deal, st, begin, ending, prepaid, liquidated, wac, delinquent, cumulativeBefore), beginning);
            return r.classes().get(anchorClass).principal().compareTo(reported) == 0;
        };
        BigDecimal hit = null;
        for (int k = 0; k <= SEARCH_CENTS && hit == null; k++) {
            for (int sign : k == 0 ? new int[] {1} : new int[] {1, -1}) {
                BigDecimal candidate = analytic.add(CENT.multiply(BigDecimal.valueOf((long) sign * k)));
                if (reproduces.test(candidate)) {
                    hit = candidate;
                    break;
                }
            }
        }
        List<BigDecimal> matches = new ArrayList<>();
        if (hit != null) {
            BigDecimal low = hit;
            while (reproduces.test(low.subtract(CENT)) && hit.subtract(low).compareTo(BigDecimal.ONE) < 0) {
                low = low.subtract(CENT);
            }
            BigDecimal high = hit;
            while (reproduces.test(high.add(CENT)) && high.subtract(hit).compareTo(BigDecimal.ONE) < 0) {
                high = high.add(CENT);
            }
            for (BigDecimal b = low; b.compareTo(high) <= 0; b = b.add(CENT)) {
                matches.add(b);
            }
        }
        String anchorText = "class " + deal.className(anchor) + "'s principal (" + plain(reported) + ")";
        if (matches.isEmpty()) {
            begin[g] = analytic.max(floor);
            return "solved from the shifting-interest rule and " + anchorText
                    + ", but no cent within $" + SEARCH_CENTS / 100 + " reproduces it exactly; the analytic solution is used" + feeNote;
        }
        begin[g] = matches.get(matches.size() / 2);
        String range = matches.size() == 1 ? "only this cent reproduces it"
                : "every cent from " + plain(matches.get(0)) + " to " + plain(matches.get(matches.size() - 1))
                        + " reproduces it; the middle is used";
        boolean inFeeBound = feeLow == null
                || begin[g].compareTo(feeLow) >= 0 && begin[g].compareTo(feeHigh) <= 0;
        return "solved from the shifting-interest rule so that " + anchorText + " is reproduced exactly (" + range + ")"
                + feeNote + (inFeeBound ? "" : " - OUTSIDE that bound: the fee or the principal is wrong");
    }

    private static PeriodCollateral collateral(ResolvedDeal deal, TrusteeStatement st, BigDecimal[] begin, BigDecimal[] ending,
            BigDecimal[] prepaid, BigDecimal[] liquidated, BigDecimal[] wac, BigDecimal delinquent, BigDecimal cumulativeBefore) {
        List<GroupCollateral> groups = new ArrayList<>(deal.groupCount());
        for (int g = 0; g < deal.groupCount(); g++) {
            BigDecimal scheduled = begin[g].subtract(ending[g]).subtract(prepaid[g]).subtract(liquidated[g]);
            BigDecimal zero = BigDecimal.ZERO;
            groups.add(new GroupCollateral(deal.group(g).id(), begin[g], scheduled.max(zero), prepaid[g], liquidated[g],
                    zero, wac[g], zero, zero, zero).withInterestCollected(GroupCollateral.interestAtTopOfPrintedWac(begin[g], wac[g])));
        }
        return new PeriodCollateral(st.distributionDate(), groups, delinquent, cumulativeBefore);
    }

    /** 60+ day delinquent balance of the month: 60-89, 90+, foreclosure, and the REO balance. */
    private static BigDecimal sixtyPlus(TrusteeStatement st) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String id : List.of("delinquency.60to89.balance", "delinquency.90plus.balance",
                "delinquency.foreclosure.balance", "reo.total.balance")) {
            if (st.has(id)) {
                sum = sum.add(st.value(id));
            }
        }
        return sum;
    }

    private static BigDecimal input(TrusteeStatement st, String id, String why, Map<String, String> inputFigures) {
        inputFigures.put(id, why);
        return st.value(id);
    }

    /** The statement's column number of a deal group: its position in the deal, 1-based. */
    static int statementGroup(ResolvedDeal deal, String groupId) {
        return deal.groupIndex(groupId) + 1;
    }

    static String plain(BigDecimal v) {
        return String.format(java.util.Locale.ROOT, "%,.2f", v);
    }
}
