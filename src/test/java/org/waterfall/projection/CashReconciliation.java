package org.waterfall.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A projection's cash, date by date: what the collateral produced against what the certificates received, from a
 * {@link ScenarioResult} run with its cash flows kept. Dollars to the cent, summed exactly.
 *
 * <p>The collateral side is every group's {@link GroupCashflow} added up; the certificate side every class's
 * {@link ClassCashflow}: interest of every class (interest-only classes included), principal, losses and
 * writedowns of the principal classes only (an IO class's notional is not money owed).
 *
 * <p>The reconciliation the deal's rules require, with {@code carry} the certificates' balance less the
 * collateral's: the trustee's rounding carried into the projection, 1.08 for 2002-K after November 2003 (its printed
 * class balances, 350,695,141.03, less its groups' printed ending balances, 350,695,139.95):
 * <pre>
 *   interest paid                 <= net interest: each group's gross interest less its fees, at least zero
 *   principal paid                 = scheduled + prepaid + recoveries              (every collected dollar paid)
 *   losses + writedowns            = realized loss + (carry before - carry after)  (only the carry is written off)
 *   0 <= carry before - carry after <= max(0, carry before)
 * </pre>
 * which add up to: principal + losses + writedowns = the collateral's principal reduction (scheduled + prepaid +
 * liquidated balance) + the part of the carry written down that date. {@link Row#format()} prints one date's row
 * for failure messages; {@link #table(List)} the whole run.
 */
public final class CashReconciliation {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private CashReconciliation() {
    }

    /**
     * One distribution date, both sides.
     *
     * @param month the projected month, 1 for the first date
     * @param date the distribution date
     * @param collateralBegin every group's beginning balance
     * @param grossInterest every group's gross interest
     * @param fees every group's fees
     * @param netInterest each group's gross interest less its fees (zero for a group whose fees exceed its interest),
     *     added up: the interest the certificates may be paid
     * @param scheduled scheduled principal
     * @param prepaid prepayments
     * @param liquidated liquidated balance
     * @param recoveries liquidation proceeds
     * @param realizedLoss realized losses
     * @param collateralEnd every group's ending balance
     * @param certificatesBegin the principal classes' beginning balances
     * @param interestPaid interest paid to every class
     * @param principalPaid principal paid to the principal classes
     * @param losses losses allocated to the principal classes
     * @param writedowns writedowns of the principal classes
     * @param certificatesEnd the principal classes' ending balances
     */
    public record Row(int month, LocalDate date, BigDecimal collateralBegin, BigDecimal grossInterest, BigDecimal fees,
            BigDecimal netInterest, BigDecimal scheduled, BigDecimal prepaid, BigDecimal liquidated, BigDecimal recoveries, BigDecimal realizedLoss,
            BigDecimal collateralEnd, BigDecimal certificatesBegin, BigDecimal interestPaid, BigDecimal principalPaid,
            BigDecimal losses, BigDecimal writedowns, BigDecimal certificatesEnd) {

        /** Interest paid beyond the net interest (negative or zero when the certificates were paid no more). */
        public BigDecimal excessInterest() {
            return interestPaid.subtract(netInterest());
        }

        /** Net interest + principal collected: the date's available funds, as one pool. */
        public BigDecimal availableFunds() {
            return netInterest.add(principalCollected());
        }

        /** Interest + principal paid to the certificates. */
        public BigDecimal paidToCertificates() {
            return interestPaid.add(principalPaid);
        }

        /** Scheduled + prepaid + recovered: principal cash the collateral delivered. */
        public BigDecimal principalCollected() {
            return scheduled.add(prepaid).add(recoveries.min(liquidated));
        }

        /** Principal collected but not paid to any class (negative: more paid than collected). */
        public BigDecimal unpaidPrincipal() {
            return principalCollected().subtract(principalPaid);
        }

        /** Scheduled + prepaid + liquidated: how much the collateral balance fell. */
        public BigDecimal collateralReduction() {
            return scheduled.add(prepaid).add(liquidated);
        }

        /** Principal + losses + writedowns: how much the certificates' balance fell. */
        public BigDecimal certificateReduction() {
            return principalPaid.add(losses).add(writedowns);
        }

        /** Certificates less collateral before the distribution. */
        public BigDecimal carryBefore() {
            return certificatesBegin.subtract(collateralBegin);
        }

        /** Certificates less collateral after the distribution. */
        public BigDecimal carryAfter() {
            return certificatesEnd.subtract(collateralEnd);
        }

        /** Losses and writedowns beyond the realized loss: carry written off (or, if negative, loss not allocated). */
        public BigDecimal writtenDownBeyondLosses() {
            return losses.add(writedowns).subtract(realizedLoss);
        }

        /** The date's figures on one line, for failure messages. */
        public String format() {
            return String.format(Locale.ROOT, "month %d %s: collateral %,.2f -> %,.2f (sched %,.2f, prepaid %,.2f, liquidated %,.2f, "
                    + "recovered %,.2f, loss %,.2f; gross interest %,.2f, fees %,.2f, net %,.2f); certificates %,.2f -> %,.2f "
                    + "(interest %,.2f, principal %,.2f, losses %,.2f, writedowns %,.2f); carry %,.2f -> %,.2f", month, date,
                    collateralBegin, collateralEnd, scheduled, prepaid, liquidated, recoveries, realizedLoss, grossInterest, fees,
                    netInterest(), certificatesBegin, certificatesEnd, interestPaid, principalPaid, losses, writedowns,
                    carryBefore(), carryAfter());
        }
    }

    /** One row per projected date; the result must have kept its cash flows. */
    public static List<Row> rows(ScenarioResult r) {
        int months = r.dates().size();
        List<Row> rows = new ArrayList<>(months);
        for (int k = 0; k < months; k++) {
            BigDecimal[] g = new BigDecimal[10];
            java.util.Arrays.fill(g, ZERO);
            for (GroupProjection gp : r.groups()) {
                requireKept(gp.cashflows().size(), months, "group " + gp.group());
                GroupCashflow f = gp.cashflows().get(k);
                g[0] = g[0].add(f.beginningBalance());
                g[1] = g[1].add(f.interest());
                g[2] = g[2].add(f.fees());
                g[3] = g[3].add(f.scheduledPrincipal());
                g[4] = g[4].add(f.prepayments());
                g[5] = g[5].add(f.liquidatedBalance());
                g[6] = g[6].add(f.recoveries());
                g[7] = g[7].add(f.loss());
                g[8] = g[8].add(f.endingBalance());
                g[9] = g[9].add(f.interest().subtract(f.fees()).max(ZERO));
            }
            BigDecimal[] c = new BigDecimal[6];
            java.util.Arrays.fill(c, ZERO);
            for (ClassProjection cp : r.classes()) {
                requireKept(cp.cashflows().size(), months, "class " + cp.name());
                ClassCashflow f = cp.cashflows().get(k);
                c[1] = c[1].add(f.interest());
                if (!cp.interestOnly()) {
                    c[0] = c[0].add(f.beginningBalance());
                    c[2] = c[2].add(f.principal());
                    c[3] = c[3].add(f.loss());
                    c[4] = c[4].add(f.writedown());
                    c[5] = c[5].add(f.endingBalance());
                }
            }
            rows.add(new Row(k + 1, r.dates().get(k), g[0], g[1], g[2], g[9], g[3], g[4], g[5], g[6], g[7], g[8], c[0], c[1], c[2],
                    c[3], c[4], c[5]));
        }
        return rows;
    }

    /** Every row added up (balances: the first row's beginning and the last row's ending). */
    public static Row totals(List<Row> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows");
        }
        BigDecimal[] s = new BigDecimal[12];
        java.util.Arrays.fill(s, ZERO);
        for (Row x : rows) {
            s[0] = s[0].add(x.grossInterest());
            s[1] = s[1].add(x.fees());
            s[2] = s[2].add(x.scheduled());
            s[3] = s[3].add(x.prepaid());
            s[4] = s[4].add(x.liquidated());
            s[5] = s[5].add(x.recoveries());
            s[6] = s[6].add(x.realizedLoss());
            s[7] = s[7].add(x.interestPaid());
            s[8] = s[8].add(x.principalPaid());
            s[9] = s[9].add(x.losses());
            s[10] = s[10].add(x.writedowns());
            s[11] = s[11].add(x.netInterest());
        }
        Row first = rows.get(0);
        Row last = rows.get(rows.size() - 1);
        return new Row(rows.size(), last.date(), first.collateralBegin(), s[0], s[1], s[11], s[2], s[3], s[4], s[5], s[6], last.collateralEnd(),
                first.certificatesBegin(), s[7], s[8], s[9], s[10], last.certificatesEnd());
    }

    /** Every row, one a line, then the totals. */
    public static String table(List<Row> rows) {
        StringBuilder s = new StringBuilder();
        for (Row x : rows) {
            s.append(x.format()).append('\n');
        }
        return s.append("total ").append(totals(rows).format()).toString();
    }

    private static void requireKept(int size, int months, String what) {
        if (size != months) {
            throw new IllegalArgumentException(what + " has " + size + " cash flows for " + months + " dates: run with keepCashflows");
        }
    }
}
