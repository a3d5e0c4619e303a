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
 * <p>Each group's available funds are the engine's figure ({@link GroupCashflow#availableFunds()}): its interest funds
 * (gross interest less fees and any servicer advance its liquidation proceeds could not repay, at least zero) plus its
 * principal funds (principal collected, less what of such an advance, or of the fees, the interest could not cover).
 * Split back: interest funds = max(0, available - principal collected), principal funds = min(principal collected,
 * available). Principal so withheld is a loss to the certificates like a realized loss.
 *
 * <p>The reconciliation the deal's rules require, with {@code carry} the certificates' balance less the
 * collateral's: the trustee's rounding carried into the projection, 1.08 for 2002-K after November 2003 (its printed
 * class balances, 350,695,141.03, less its groups' printed ending balances, 350,695,139.95):
 * <pre>
 *   available funds      <= max(0, gross interest - fees) + principal collected, each group (nothing from nowhere)
 *   interest paid        <= net interest (each group's gross interest less fees, at least zero), and <= interest funds
 *   principal paid        = principal funds                                    (every collected dollar paid)
 *   losses + writedowns   = realized loss + principal withheld + (carry before - carry after)
 *   0 <= carry before - carry after <= max(0, carry before)                   (only the carry is written off)
 * </pre>
 * which add up to: principal + losses + writedowns = the collateral's principal reduction (scheduled + prepaid +
 * liquidated balance) + the part of the carry written down. {@link Row#format()} prints one date's row for failure
 * messages; {@link #table(List)} the whole run.
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
     *     added up: the most interest the certificates may be paid
     * @param availableFunds every group's available funds as the engine reports them
     * @param interestFunds each group's interest funds, max(0, available - principal collected), added up
     * @param principalFunds each group's principal funds, min(principal collected, available), added up
     * @param fundsBeyondCollateral what the groups' available funds exceed their net interest and principal
     *     collected by, added up (zero when no funds come from nowhere)
     * @param scheduled scheduled principal
     * @param prepaid prepayments
     * @param liquidated liquidated balance
     * @param recoveries net recoveries (liquidation proceeds after repaying the servicer's advances on those loans)
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
            BigDecimal netInterest, BigDecimal availableFunds, BigDecimal interestFunds, BigDecimal principalFunds,
            BigDecimal fundsBeyondCollateral, BigDecimal scheduled, BigDecimal prepaid, BigDecimal liquidated, BigDecimal recoveries,
            BigDecimal realizedLoss, BigDecimal collateralEnd, BigDecimal certificatesBegin, BigDecimal interestPaid,
            BigDecimal principalPaid, BigDecimal losses, BigDecimal writedowns, BigDecimal certificatesEnd) {

        /** Interest paid beyond the net interest (negative or zero when the certificates were paid no more). */
        public BigDecimal excessInterest() {
            return interestPaid.subtract(netInterest);
        }

        /** Interest paid beyond the interest funds. */
        public BigDecimal interestBeyondFunds() {
            return interestPaid.subtract(interestFunds);
        }

        /** Interest + principal paid to the certificates. */
        public BigDecimal paidToCertificates() {
            return interestPaid.add(principalPaid);
        }

        /** Scheduled + prepaid + net recoveries: principal cash the collateral delivered. */
        public BigDecimal principalCollected() {
            return scheduled.add(prepaid).add(recoveries.min(liquidated));
        }

        /**
         * Principal collected that the available funds withhold from the certificates: servicer advances, or fees, that
         * the group's interest could not cover.
         */
        public BigDecimal principalWithheld() {
            return principalCollected().subtract(principalFunds);
        }

        /** Principal funds not paid to any class (negative: more paid than the funds). */
        public BigDecimal unpaidPrincipal() {
            return principalFunds.subtract(principalPaid);
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

        /**
         * Losses and writedowns beyond the realized loss and the principal withheld: carry written off (or, if negative,
         * loss not allocated).
         */
        public BigDecimal writtenDownBeyondLosses() {
            return losses.add(writedowns).subtract(realizedLoss).subtract(principalWithheld());
        }

        /** The date's figures on one line, for failure messages. */
        public String format() {
            return String.format(Locale.ROOT, "month %d %s: collateral %,.2f -> %,.2f (sched %,.2f, prepaid %,.2f, liquidated %,.2f, "
                    + "recovered %,.2f, loss %,.2f; gross interest %,.2f, fees %,.2f, net %,.2f; available funds %,.2f: interest %,.2f, "
                    + "principal %,.2f); certificates %,.2f -> %,.2f (interest %,.2f, principal %,.2f, losses %,.2f, writedowns %,.2f); "
                    + "carry %,.2f -> %,.2f", month, date, collateralBegin, collateralEnd, scheduled, prepaid, liquidated, recoveries,
                    realizedLoss, grossInterest, fees, netInterest, availableFunds, interestFunds, principalFunds, certificatesBegin,
                    certificatesEnd, interestPaid, principalPaid, losses, writedowns, carryBefore(), carryAfter());
        }
    }

    /** One row per projected date; the result must have kept its cash flows. */
    public static List<Row> rows(ScenarioResult r) {
        int months = r.dates().size();
        List<Row> rows = new ArrayList<>(months);
        for (int k = 0; k < months; k++) {
            BigDecimal[] g = zeros(14);
            for (GroupProjection gp : r.groups()) {
                requireKept(gp.cashflows().size(), months, "group " + gp.group());
                GroupCashflow f = gp.cashflows().get(k);
                BigDecimal net = f.interest().subtract(f.fees()).max(ZERO);
                BigDecimal collected = f.principalCollected();
                g[0] = g[0].add(f.beginningBalance());
                g[1] = g[1].add(f.interest());
                g[2] = g[2].add(f.fees());
                g[3] = g[3].add(net);
                g[4] = g[4].add(f.availableFunds());
                g[5] = g[5].add(f.availableFunds().subtract(collected).max(ZERO));
                g[6] = g[6].add(collected.min(f.availableFunds()));
                g[7] = g[7].add(f.availableFunds().subtract(net).subtract(collected).max(ZERO));
                g[8] = g[8].add(f.scheduledPrincipal());
                g[9] = g[9].add(f.prepayments());
                g[10] = g[10].add(f.liquidatedBalance());
                g[11] = g[11].add(f.recoveries());
                g[12] = g[12].add(f.loss());
                g[13] = g[13].add(f.endingBalance());
            }
            BigDecimal[] c = zeros(6);
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
            rows.add(new Row(k + 1, r.dates().get(k), g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8], g[9], g[10], g[11], g[12],
                    g[13], c[0], c[1], c[2], c[3], c[4], c[5]));
        }
        return rows;
    }

    /** Every row added up (balances: the first row's beginning and the last row's ending). */
    public static Row totals(List<Row> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows");
        }
        BigDecimal[] s = zeros(17);
        for (Row x : rows) {
            BigDecimal[] v = {x.grossInterest(), x.fees(), x.netInterest(), x.availableFunds(), x.interestFunds(), x.principalFunds(),
                x.fundsBeyondCollateral(), x.scheduled(), x.prepaid(), x.liquidated(), x.recoveries(), x.realizedLoss(), x.interestPaid(),
                x.principalPaid(), x.losses(), x.writedowns()};
            for (int i = 0; i < v.length; i++) {
                s[i] = s[i].add(v[i]);
            }
        }
        Row first = rows.get(0);
        Row last = rows.get(rows.size() - 1);
        return new Row(rows.size(), last.date(), first.collateralBegin(), s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10],
                s[11], last.collateralEnd(), first.certificatesBegin(), s[12], s[13], s[14], s[15], last.certificatesEnd());
    }

    /** Every row, one a line, then the totals. */
    public static String table(List<Row> rows) {
        StringBuilder s = new StringBuilder();
        for (Row x : rows) {
            s.append(x.format()).append('\n');
        }
        return s.append("total ").append(totals(rows).format()).toString();
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] z = new BigDecimal[n];
        java.util.Arrays.fill(z, ZERO);
        return z;
    }

    private static void requireKept(int size, int months, String what) {
        if (size != months) {
            throw new IllegalArgumentException(what + " has " + size + " cash flows for " + months + " dates: run with keepCashflows");
        }
    }
}
