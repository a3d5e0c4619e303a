package org.waterfall.inference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.TrusteeConventions;
import org.waterfall.engine.ClassResult;
import org.waterfall.engine.PeriodResult;
import org.waterfall.money.MoneyFormat;
import org.waterfall.money.Rounding;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.ClassField;
import org.waterfall.statement.FigureId.GroupField;
import org.waterfall.statement.TrusteeStatement;

/**
 * Every printed figure that pins a group's beginning balance B, each read independently into the interval of B it
 * allows, and the value on which most of them agree.
 *
 * <p>The shifting-interest rule gives the group's senior principal as SA = SP x S + SPP x P with S = B - E - P - L,
 * SP = seniors / B and SPP = SP + (1 - SP) x s, so B = seniors x (E + L + sP) / (seniors + sP - SA), increasing in
 * SA. Each senior class's printed principal gives SA to within its rounding (its pro-rata share is rounded to the
 * cent; the largest class absorbs the others' remainders), each class's principal factor gives its unrounded
 * principal to within half a unit of the factor's sixth decimal, and the servicing fee (B x rate / 12, to the cent)
 * bounds B to a few dollars. A figure whose interval misses the point where the most intervals meet is at odds
 * with the others: it is the one reported, with the balance it alone implies.
 */
final class BeginningBalanceVotes {

    /** Slack added to each interval for what the closed form leaves out (cross-collateralization, the remainder cent). */
    static final BigDecimal MARGIN = new BigDecimal("0.02");
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal HALF_FACTOR_UNIT = new BigDecimal("0.0000005");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    /**
     * One figure's reading of B.
     *
     * @param figure the printed figure
     * @param classIndex the class it belongs to, or -1 for the servicing fee
     * @param low lowest B it allows
     * @param high highest
     * @param point the B it implies on its own (the middle of its reading)
     * @param principalLow for a figure of a class's row other than its principal: the lowest unrounded principal of
     *     the class it allows (null otherwise)
     * @param principalHigh the highest
     */
    record Vote(FigureId figure, int classIndex, BigDecimal low, BigDecimal high, BigDecimal point, BigDecimal principalLow,
            BigDecimal principalHigh) {
        boolean contains(BigDecimal b) {
            return b.compareTo(low) >= 0 && b.compareTo(high) <= 0;
        }

        /** Whether the vote is a class's printed principal itself (not another figure of its row). */
        boolean isPrincipal() {
            return figure instanceof FigureId.OfClass c && c.field() == ClassField.PRINCIPAL;
        }
    }

    /**
     * The outcome for one group.
     *
     * @param low lowest B every agreeing vote allows
     * @param high highest
     * @param agreeing votes that meet there
     * @param disagreeing votes that do not
     */
    record Consensus(BigDecimal low, BigDecimal high, List<Vote> agreeing, List<Vote> disagreeing) {

        BigDecimal middle() {
            return low.add(high).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        }

        /** The agreeing principal figure of the class with the largest beginning balance, or null. */
        Vote anchor(BigDecimal[] beginning) {
            return agreeing.stream().filter(Vote::isPrincipal)
                    .max(Comparator.comparing(v -> beginning[v.classIndex()])).orElse(null);
        }

        /**
         * Whether an engine run agrees with every agreeing figure: each agreeing principal reproduced exactly, and each
         * class's unrounded principal within what the agreeing figures of its row allow.
         */
        boolean reproducedBy(PeriodResult r, ResolvedDeal deal, TrusteeStatement st) {
            for (Vote v : agreeing) {
                if (v.classIndex() < 0) {
                    continue;
                }
                ClassResult k = r.classes().get(v.classIndex());
                if (v.isPrincipal()) {
                    if (k.principal().compareTo(st.value(v.figure())) != 0) {
                        return false;
                    }
                } else if (v.principalLow() != null && (k.principalUnrounded().compareTo(v.principalLow()) < 0
                        || k.principalUnrounded().compareTo(v.principalHigh()) > 0)) {
                    return false;
                }
            }
            return true;
        }

        private static String kinds(List<Vote> votes) {
            java.util.Set<String> kinds = new java.util.LinkedHashSet<>();
            for (Vote v : votes) {
                if (v.figure() instanceof FigureId.OfClass c) {
                    kinds.add("senior " + c.field().key() + "s");
                } else if (v.figure() instanceof FigureId.OfGroup gr) {
                    kinds.add(gr.field() == GroupField.MASTER_SERVICING_FEE ? "the servicing fee" : "the printed " + gr.field().key());
                }
            }
            return String.join(", ", kinds);
        }

        String describe() {
            StringBuilder s = new StringBuilder();
            s.append(agreeing.size()).append(" of ").append(agreeing.size() + disagreeing.size())
                    .append(" figures (").append(kinds(agreeing)).append(") agree on ").append(MoneyFormat.grouped(low)).append(" to ").append(MoneyFormat.grouped(high));
            for (Vote v : disagreeing) {
                s.append("; ").append(v.figure()).append(" disagrees: alone it implies ").append(MoneyFormat.grouped(v.point()));
            }
            return s.toString();
        }
    }

    private BeginningBalanceVotes() {
    }

    /**
     * What the votes solve for. With the group's beginning balance unknown (the first month of a series), SA maps
     * to B = seniors x (E + L + sP) / (seniors + sP - SA). With B known (the previous month's ending), SA maps to the
     * ending balance E = B x (seniors + sP - SA) / seniors - L - sP, decreasing in SA.
     */
    enum Unknown { BEGINNING, ENDING }

    /**
     * The votes for group {@code g}'s beginning balance.
     *
     * @param shift the applied shift s as a fraction
     */
    static List<Vote> collect(ResolvedDeal deal, TrusteeStatement st, int g, BigDecimal[] beginning, PeriodResult month,
            PrintedInputs.GroupFigures figures) {
        return collect(deal, st, g, beginning, month, figures, Unknown.BEGINNING, null);
    }

    /**
     * The votes for group {@code g}'s beginning balance, or, given {@code known} as the beginning balance, for its
     * ending balance (the printed ending balance then votes too, and the servicing fee does not).
     */
    static List<Vote> collect(ResolvedDeal deal, TrusteeStatement st, int g, BigDecimal[] beginning, PeriodResult month,
            PrintedInputs.GroupFigures figures, Unknown unknown, BigDecimal known) {
        BigDecimal shift = month.shifting().appliedShiftPercent().movePointLeft(2);
        List<Vote> votes = new ArrayList<>();
        BigDecimal seniors = BigDecimal.ZERO;
        int positive = 0;
        int largest = -1;
        for (int c : deal.seniorsOf(g)) {
            seniors = seniors.add(beginning[c]);
            if (beginning[c].signum() > 0) {
                positive++;
                if (largest < 0 || beginning[c].compareTo(beginning[largest]) > 0) {
                    largest = c;
                }
            }
        }
        BigDecimal sp = shift.multiply(figures.prepaid()[g]);
        java.util.function.Function<BigDecimal, BigDecimal> solve;
        if (unknown == Unknown.BEGINNING) {
            BigDecimal numerator = seniors.multiply(figures.ending()[g].add(figures.liquidated()[g]).add(sp));
            BigDecimal base = seniors.add(sp);
            solve = sa -> base.subtract(sa).signum() <= 0 ? null : numerator.divide(base.subtract(sa), Rounding.INTERMEDIATE);
        } else {
            BigDecimal perSenior = known.divide(seniors.signum() == 0 ? BigDecimal.ONE : seniors, Rounding.INTERMEDIATE);
            BigDecimal base = seniors.add(sp);
            BigDecimal less = figures.liquidated()[g].add(sp);
            solve = sa -> perSenior.multiply(base.subtract(sa)).subtract(less);
        }
        boolean unroundedBasis = deal.conventions().derivedFigureBasis() == TrusteeConventions.DerivedFigureBasis.UNROUNDED_AMOUNTS;
        for (int c : deal.seniorsOf(g)) {
            if (beginning[c].signum() == 0) {
                continue;
            }
            BigDecimal share = beginning[c].divide(seniors, Rounding.INTERMEDIATE);
            FigureId principalId = FigureId.of(deal.className(c), ClassField.PRINCIPAL);
            if (st.has(principalId)) {
                BigDecimal p = st.value(principalId);
                BigDecimal slack = HALF_CENT.multiply(BigDecimal.valueOf(c == largest ? positive : 1));
                votes.add(vote(principalId, c, p.subtract(slack).divide(share, Rounding.INTERMEDIATE).subtract(HALF_CENT),
                        p.add(slack).divide(share, Rounding.INTERMEDIATE).add(HALF_CENT), solve));
            }
            votes.addAll(rowVotes(deal, st, c, share, solve));
            FigureId factorId = FigureId.of(deal.className(c), ClassField.PRINCIPAL_FACTOR);
            BigDecimal original = deal.original(c);
            if (st.has(factorId) && original.signum() > 0) {
                BigDecimal f = st.value(factorId);
                BigDecimal lowP = f.subtract(HALF_FACTOR_UNIT).multiply(original).divide(THOUSAND, Rounding.INTERMEDIATE);
                BigDecimal highP = f.add(HALF_FACTOR_UNIT).multiply(original).divide(THOUSAND, Rounding.INTERMEDIATE);
                if (!unroundedBasis) {
                    lowP = lowP.subtract(HALF_CENT);
                    highP = highP.add(HALF_CENT);
                }
                votes.add(rowVote(factorId, c, lowP, highP, share, solve));
            }
        }
        votes.removeIf(v -> v == null);
        if (unknown == Unknown.ENDING) {
            FigureId endingId = FigureId.group(g + 1, GroupField.ENDING_BALANCE);
            BigDecimal e = figures.ending()[g];
            votes.add(new Vote(endingId, -1, e, e, e, null, null));
            return votes;
        }
        BigDecimal feeRate = deal.group(g).servicingFeeRate();
        FigureId feeId = FigureId.group(g + 1, GroupField.MASTER_SERVICING_FEE);
        if (feeRate.signum() > 0 && st.has(feeId)) {
            BigDecimal fee = st.value(feeId);
            BigDecimal low = fee.subtract(HALF_CENT).multiply(TWELVE_HUNDRED).divide(feeRate, Rounding.INTERMEDIATE);
            BigDecimal high = fee.add(HALF_CENT).multiply(TWELVE_HUNDRED).divide(feeRate, Rounding.INTERMEDIATE);
            votes.add(new Vote(feeId, -1, low, high, fee.multiply(TWELVE_HUNDRED).divide(feeRate, 2, RoundingMode.HALF_UP),
                    null, null));
        }
        return votes;
    }

    /**
     * What the rest of a class's row says of its unrounded principal: the ending balance (beginning less principal
     * less losses, each balance carried to within half a cent of its print), and the total distribution (principal +
     * interest, each unrounded, rounded: less the printed interest, within a cent).
     */
    private static List<Vote> rowVotes(ResolvedDeal deal, TrusteeStatement st, int c, BigDecimal share,
            java.util.function.Function<BigDecimal, BigDecimal> solve) {
        List<Vote> votes = new ArrayList<>();
        String name = deal.className(c);
        FigureId begin = FigureId.of(name, ClassField.BEGINNING_BALANCE);
        FigureId end = FigureId.of(name, ClassField.ENDING_BALANCE);
        FigureId loss = FigureId.of(name, ClassField.PRINCIPAL_LOSS);
        if (st.has(begin) && st.has(end) && st.has(loss)) {
            BigDecimal p = st.value(begin).subtract(st.value(end)).subtract(st.value(loss));
            votes.add(rowVote(end, c, p.subtract(CENT), p.add(CENT), share, solve));
        }
        FigureId total = FigureId.of(name, ClassField.TOTAL_DISTRIBUTION);
        FigureId interest = FigureId.of(name, ClassField.INTEREST);
        if (st.has(total) && st.has(interest)) {
            // the total is principal + interest rounded from the unrounded amounts, the printed interest is the
            // unrounded interest rounded: each within half a cent
            BigDecimal p = st.value(total).subtract(st.value(interest));
            votes.add(rowVote(total, c, p.subtract(CENT), p.add(CENT), share, solve));
        }
        return votes;
    }

    private static Vote rowVote(FigureId id, int c, BigDecimal lowP, BigDecimal highP, BigDecimal share,
            java.util.function.Function<BigDecimal, BigDecimal> solve) {
        Vote v = vote(id, c, lowP.divide(share, Rounding.INTERMEDIATE), highP.divide(share, Rounding.INTERMEDIATE), solve);
        return v == null ? null : new Vote(v.figure(), c, v.low(), v.high(), v.point(), lowP, highP);
    }

    /** The interval of the unknown for a senior principal SA in [lowSa, highSa]; null where it has no solution. */
    private static Vote vote(FigureId id, int c, BigDecimal lowSa, BigDecimal highSa,
            java.util.function.Function<BigDecimal, BigDecimal> solve) {
        BigDecimal a = solve.apply(lowSa);
        BigDecimal b = solve.apply(highSa);
        if (a == null || b == null) {
            return null;
        }
        BigDecimal low = a.min(b).subtract(MARGIN);
        BigDecimal high = a.max(b).add(MARGIN);
        BigDecimal mid = low.add(high).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        return new Vote(id, c, low, high, mid, null, null);
    }

    /**
     * Where the most votes meet: a sweep over the intervals' ends. Ties go to the region that holds the largest
     * class's principal. Null when there are no votes.
     */
    static Consensus consensus(List<Vote> votes, BigDecimal[] beginning) {
        if (votes.isEmpty()) {
            return null;
        }
        List<BigDecimal> points = new ArrayList<>();
        for (Vote v : votes) {
            points.add(v.low());
            points.add(v.high());
        }
        Vote largest = votes.stream().filter(Vote::isPrincipal).max(Comparator.comparing(v -> beginning[v.classIndex()])).orElse(null);
        BigDecimal best = null;
        int bestCount = -1;
        boolean bestHasLargest = false;
        for (BigDecimal x : points) {
            int count = 0;
            for (Vote v : votes) {
                count += v.contains(x) ? 1 : 0;
            }
            boolean hasLargest = largest != null && largest.contains(x);
            if (count > bestCount || count == bestCount && hasLargest && !bestHasLargest) {
                best = x;
                bestCount = count;
                bestHasLargest = hasLargest;
            }
        }
        List<Vote> agreeing = new ArrayList<>();
        List<Vote> disagreeing = new ArrayList<>();
        BigDecimal low = null;
        BigDecimal high = null;
        for (Vote v : votes) {
            if (v.contains(best)) {
                agreeing.add(v);
                low = low == null ? v.low() : low.max(v.low());
                high = high == null ? v.high() : high.min(v.high());
            } else {
                disagreeing.add(v);
            }
        }
        return new Consensus(low, high, agreeing, disagreeing);
    }
}
