package org.waterfall.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.waterfall.deal.CertificateClass;
import org.waterfall.deal.ClassRole;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.engine.ClassResult;
import org.waterfall.engine.GroupResult;
import org.waterfall.engine.PeriodResult;
import org.waterfall.money.MoneyFormat;
import org.waterfall.money.Rounding;

/**
 * Writes one month in the trustee's own layout (the BoAMS / Bank of New York monthly remittance report) from the
 * engine's result: what the statement should print. The text reads back with the statement parser, figure for
 * figure, so a rendered month can be verified, compared with the filed one, or chained after it.
 *
 * <p>What the waterfall computes is printed as the engine computed it: each class's amounts, rates and factors (on
 * the deal's derived-figure basis), the collateral balances and fees, the aggregate percentages by their
 * definitions (the seniors' beginning balance over the pool's; the Senior Prepayment Percentages applied, weighted by
 * prepayments), and the remittance (principal + interest paid). What it does not compute (loan counts, advances,
 * coverage, delinquencies, REO) comes from {@link ServicerData}.
 */
public final class StatementWriter {

    private static final DateTimeFormatter PAYMENT_DATE = DateTimeFormatter.ofPattern("MM/dd/yy", Locale.ROOT);
    private static final String RULE = "- " + "-".repeat(128);
    private static final String SHORT_RULE = "- " + "-".repeat(78);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String NL = "\n";
    /** Loan groups printed side by side before the Total block starts. */
    private static final int GROUPS_PER_BLOCK = 3;

    private final ResolvedDeal deal;
    private final PeriodResult month;
    private final ServicerData servicer;
    private final StringBuilder out = new StringBuilder(16_000);

    private StatementWriter(ResolvedDeal deal, PeriodResult month, ServicerData servicer) {
        this.deal = deal;
        this.month = month;
        this.servicer = servicer;
    }

    /** The month as the trustee would print it. */
    public static String write(ResolvedDeal deal, PeriodResult month, ServicerData servicer) {
        if (servicer.groups().size() != deal.groupCount()) {
            throw new IllegalArgumentException("servicer data for " + servicer.groups().size() + " groups, the deal has "
                    + deal.groupCount());
        }
        StatementWriter w = new StatementWriter(deal, month, servicer);
        w.banner();
        w.paymentTable();
        w.endingTable();
        w.banner();
        w.factorTable();
        w.collateral();
        w.aggregate();
        w.delinquency();
        w.reo();
        w.other();
        return w.out.toString();
    }

    private void line(String s) {
        out.append(s).append(NL);
    }

    private void banner() {
        line("");
        line(String.format(Locale.ROOT, "%29sPayment Date: %s", "", month.distributionDate().format(PAYMENT_DATE)));
        line("");
        line("          ------------------------------------------------------------");
        line("                       MORTGAGE PASS-THROUGH CERTIFICATES");
        line("                              Series " + (deal.deal().series() == null ? deal.deal().id() : deal.deal().series())
                + " Trust");
        line("          ------------------------------------------------------------");
        line("");
    }

    // ---- class tables ---------------------------------------------------------------------------------

    private static String type(CertificateClass k) {
        return k.role() == ClassRole.RESIDUAL ? "Residual" : k.role().isSenior() ? "Senior" : "Subordinate";
    }

    private void paymentTable() {
        line("Class Information                                Current Payment Information");
        line("");
        line(RULE);
        line("                                 Beginning       Pass Thru     Principal       Interest      Total           Principal  Interest");
        line("Type       Class Code   Name     Cert. Bal.      Rate          Dist. Amt.      Dist. Amt.    Dist.           Losses     Shortfalls");
        line(RULE);
        classRows(r -> new String[] {money(shownBalance(r)), rate(r), money(r.principal()), money(r.interest()),
                money(r.totalDistribution()), money(r.loss()), money(r.interestShortfall())});
        line(RULE);
        line(String.format(Locale.ROOT, "%-16s%-9s%-9s%17s %6s %18s %14s %15s %8s %10s", "Totals", "-", "-",
                money(sumPrincipalClasses(ClassResult::beginningBalance)), "-", money(sumAll(ClassResult::principal)),
                money(sumAll(ClassResult::interest)), money(sumAll(ClassResult::totalDistribution)), "-", "-"));
        line(RULE);
    }

    private void endingTable() {
        line("Class Information");
        line("");
        line(SHORT_RULE);
        line("                                             Ending Cert.          Unpaid");
        line("Type             Class Code     Name         Notional Bal.         Interest");
        line(SHORT_RULE);
        classRows(r -> new String[] {money(shownEnding(r)), money(r.unpaidInterest())});
        line(SHORT_RULE);
        line(String.format(Locale.ROOT, "%-18s%-15s%-9s%18s %5s", "Totals", "-", "-",
                money(sumPrincipalClasses(ClassResult::endingBalance)), "-"));
        line(SHORT_RULE);
    }

    private void factorTable() {
        line("Class Information                                Current Payment Information");
        line("");
        line("                                                      Factors per $1,000");
        line("");
        line(RULE);
        line("                                   Beginning     Pass Thru    CUSIP       Principal     Interest    Ending Cert./");
        line("Type        Class Code    Name   Cert. Bal.(Face)  Rate       Numbers       Dist.         Dist.     Notional Bal.");
        line(RULE);
        classRows(r -> {
            CertificateClass k = deal.certificateClass(deal.classIndex(r.name()));
            return new String[] {money(shownBalance(r)), rate(r), k.cusip() == null ? "000000000" : k.cusip(),
                    factor(r.principalFactor()), factor(r.interestFactor()), factor(r.endingFactor())};
        });
        line(RULE);
        line(String.format(Locale.ROOT, "%-13s%-14s%-5s%16s %7s %11s %12s %12s %12s", "Totals", "-", "-",
                money(sumPrincipalClasses(ClassResult::beginningBalance)), "-", "-", "-", "-", "-"));
        line(RULE);
    }

    private void classRows(Function<ClassResult, String[]> cells) {
        String lastType = null;
        for (int c = 0; c < deal.classCount(); c++) {
            CertificateClass k = deal.certificateClass(c);
            ClassResult r = month.classes().get(c);
            String type = type(k);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-24s%-6s", type.equals(lastType) ? "" : type, k.name()));
            lastType = type;
            for (String cell : cells.apply(r)) {
                row.append(String.format(Locale.ROOT, " %17s", cell));
            }
            line(row.toString());
        }
    }

    /** A class's beginning balance or notional as printed: none for an IO class whose notional the trustee does not print. */
    private BigDecimal shownBalance(ClassResult r) {
        CertificateClass k = deal.certificateClass(deal.classIndex(r.name()));
        return k.printsNotional() ? r.beginningBalance() : BigDecimal.ZERO;
    }

    private BigDecimal shownEnding(ClassResult r) {
        CertificateClass k = deal.certificateClass(deal.classIndex(r.name()));
        return k.printsNotional() ? r.endingBalance() : BigDecimal.ZERO;
    }

    private String rate(ClassResult r) {
        CertificateClass k = deal.certificateClass(deal.classIndex(r.name()));
        return percent(k.printsNotional() ? r.printedRate() : BigDecimal.ZERO);
    }

    private BigDecimal sumAll(Function<ClassResult, BigDecimal> field) {
        BigDecimal s = BigDecimal.ZERO;
        for (ClassResult r : month.classes()) {
            s = s.add(field.apply(r));
        }
        return s;
    }

    private BigDecimal sumPrincipalClasses(Function<ClassResult, BigDecimal> field) {
        BigDecimal s = BigDecimal.ZERO;
        for (int c = 0; c < deal.classCount(); c++) {
            if (!deal.isInterestOnly(c)) {
                s = s.add(field.apply(month.classes().get(c)));
            }
        }
        return s;
    }

    // ---- collateral, fees, losses -------------------------------------------------------------------------

    private void collateral() {
        banner();
        section("COLLATERAL INFORMATION");
        List<String[]> rows = new ArrayList<>();
        rows.add(groupRow("Prin balance", g -> money(g.endingBalance()), money(total(GroupResult::endingBalance))));
        rows.add(groupRow("Loan count", g -> String.valueOf(servicer.groups().get(index(g)).loanCount()), String.valueOf(
                servicer.groups().stream().mapToInt(ServicerData.Group::loanCount).sum())));
        rows.add(groupRow("Avg loan rate", g -> percent(g.grossWac()), poolWac()));
        rows.add(groupRow("Prepay amount", g -> money(g.prepayments()), money(total(GroupResult::prepayments))));
        blocks(rows, List.of());
        section("FEES AND ADVANCES");
        rows = new ArrayList<>();
        rows.add(groupRow("Master serv fees", g -> money(g.servicingFee()), money(total(GroupResult::servicingFee))));
        rows.add(groupRow("Sub servicer fees", g -> money(g.subServicingFee()), money(total(GroupResult::subServicingFee))));
        rows.add(groupRow("Trustee fees", g -> money(g.trusteeFee()), money(total(GroupResult::trusteeFee))));
        rows.add(null);
        rows.add(null);
        rows.add(groupRow("Agg advances", g -> "N/A", "N/A"));
        rows.add(groupRow("Adv this period", g -> money(servicer.groups().get(index(g)).advancesThisPeriod()),
                money(servicerTotal(ServicerData.Group::advancesThisPeriod))));
        blocks(rows, List.of());
        section("LOSSES & INSURANCE COVERAGES");
        rows = new ArrayList<>();
        rows.add(groupRow("Realized losses", g -> money(g.realizedLoss()), money(total(GroupResult::realizedLoss))));
        rows.add(groupRow("Cumulative losses", g -> money(cumulative(g)), money(totalCumulative())));
        List<String[]> coverage = new ArrayList<>();
        coverage.add(groupRow("Bankruptcy", g -> money(servicer.groups().get(index(g)).bankruptcyCoverage()),
                money(servicerTotal(ServicerData.Group::bankruptcyCoverage))));
        coverage.add(groupRow("Fraud", g -> money(servicer.groups().get(index(g)).fraudCoverage()),
                money(servicerTotal(ServicerData.Group::fraudCoverage))));
        coverage.add(groupRow("Special Hazard", g -> money(servicer.groups().get(index(g)).specialHazardCoverage()),
                money(servicerTotal(ServicerData.Group::specialHazardCoverage))));
        blocks(rows, coverage);
    }

    private void section(String title) {
        line(SHORT_RULE);
        line(String.format(Locale.ROOT, "%" + (40 + title.length() / 2) + "s", title));
        line(SHORT_RULE);
        line("");
    }

    /** A row's label, then one cell per group, then the total. */
    private String[] groupRow(String label, Function<GroupResult, String> cell, String total) {
        String[] row = new String[deal.groupCount() + 2];
        row[0] = label;
        for (int g = 0; g < deal.groupCount(); g++) {
            row[g + 1] = cell.apply(month.groups().get(g));
        }
        row[row.length - 1] = total;
        return row;
    }

    /**
     * The rows, groups three abreast, then the remaining groups with the Total column; then the coverage rows the same
     * way, under their own heading. A null row is a blank line.
     */
    private void blocks(List<String[]> rows, List<String[]> coverage) {
        block(rows);
        if (!coverage.isEmpty()) {
            line("Coverage Amounts");
            line("- ----------------");
            block(coverage);
        }
    }

    private void block(List<String[]> rows) {
        int n = deal.groupCount();
        int first = Math.min(GROUPS_PER_BLOCK, n);
        printBlock(rows, 1, first, false);
        line("");
        line("                                           Total");
        line("                                           -----");
        printBlock(rows, first + 1, n, true);
        line("");
    }

    private void printBlock(List<String[]> rows, int from, int to, boolean withTotal) {
        for (String[] row : rows) {
            if (row == null) {
                line("");
                continue;
            }
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-19s", row[0]));
            for (int g = from; g <= to; g++) {
                s.append(String.format(Locale.ROOT, " %16s", row[g]));
            }
            if (withTotal) {
                s.append(String.format(Locale.ROOT, " %16s", row[row.length - 1]));
            }
            line(s.toString());
        }
    }

    private int index(GroupResult g) {
        return deal.groupIndex(g.group());
    }

    private BigDecimal total(Function<GroupResult, BigDecimal> field) {
        BigDecimal s = BigDecimal.ZERO;
        for (GroupResult g : month.groups()) {
            s = s.add(field.apply(g));
        }
        return s;
    }

    private BigDecimal servicerTotal(Function<ServicerData.Group, BigDecimal> field) {
        BigDecimal s = BigDecimal.ZERO;
        for (ServicerData.Group g : servicer.groups()) {
            s = s.add(field.apply(g));
        }
        return s;
    }

    private BigDecimal cumulative(GroupResult g) {
        return servicer.groups().get(index(g)).cumulativeLossesBefore().add(g.realizedLoss());
    }

    private BigDecimal totalCumulative() {
        BigDecimal s = BigDecimal.ZERO;
        for (GroupResult g : month.groups()) {
            s = s.add(cumulative(g));
        }
        return s;
    }

    /** The pool's average loan rate: the groups' weighted by beginning balance, printed to 2 decimals. */
    private String poolWac() {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (GroupResult g : month.groups()) {
            weighted = weighted.add(g.beginningBalance().multiply(g.grossWac()));
            weights = weights.add(g.beginningBalance());
        }
        BigDecimal wac = weights.signum() == 0 ? BigDecimal.ZERO : weighted.divide(weights, Rounding.INTERMEDIATE);
        return Rounding.PERCENT_2_HALF_UP.apply(wac).toPlainString();
    }

    // ---- aggregate, delinquency, REO, other ---------------------------------------------------------------

    private void aggregate() {
        BigDecimal seniorPct = Rounding.PERCENT_6_HALF_UP.apply(month.shifting().aggregateSeniorFraction().multiply(HUNDRED));
        BigDecimal prepaid = total(GroupResult::prepayments);
        BigDecimal weighted = BigDecimal.ZERO;
        for (GroupResult g : month.groups()) {
            weighted = weighted.add(g.seniorPrepaymentPercentage().multiply(g.prepayments()));
        }
        BigDecimal spp = prepaid.signum() == 0
                ? Rounding.PERCENT_6_HALF_UP.apply(month.shifting().appliedShiftPercent().max(BigDecimal.ZERO))
                : Rounding.PERCENT_6_HALF_UP.apply(weighted.multiply(HUNDRED).divide(prepaid, Rounding.INTERMEDIATE));
        BigDecimal senior = BigDecimal.ZERO;
        BigDecimal junior = BigDecimal.ZERO;
        for (int c = 0; c < deal.classCount(); c++) {
            if (deal.isInterestOnly(c)) {
                continue;
            }
            if (deal.certificateClass(c).role().isSenior()) {
                senior = senior.add(month.classes().get(c).endingBalance());
            } else {
                junior = junior.add(month.classes().get(c).endingBalance());
            }
        }
        line("");
        line("                         Aggregate Certificate Information");
        line("   -----------------------------------------------------------------------------");
        line("   Class            Aggregate           Aggregate                     Aggregate");
        line("   Type            Percentage           Prepay Pct.              End Cert. Bal.");
        line("   -----------------------------------------------------------------------------");
        line(String.format(Locale.ROOT, "   %-10s %17s %21s %27s", "Senior", percent(seniorPct), percent(spp), money(senior)));
        line("   -----------------------------------------------------------------------------");
        line(String.format(Locale.ROOT, "   %-10s %17s %21s %27s", "Junior", percent(HUNDRED.subtract(seniorPct)),
                percent(HUNDRED.subtract(spp)), money(junior)));
        line("   -----------------------------------------------------------------------------");
        line("");
    }

    private void delinquency() {
        section("DELINQUENCY INFORMATION");
        line("Period                             Loan Count    Ending Stated Balance");
        line("------                             ----------    ---------------------");
        String[] labels = {"30 to 59 days", "60 to 89 days", "90 or more", "Foreclosure"};
        int count = 0;
        BigDecimal balance = BigDecimal.ZERO;
        for (int b = 0; b < labels.length; b++) {
            ServicerData.Delinquency d = servicer.delinquencies().get(b);
            line(String.format(Locale.ROOT, "%-30s %11d %28s", labels[b], d.count(), money(d.balance())));
            count += d.count();
            balance = balance.add(d.balance());
        }
        line("");
        line(String.format(Locale.ROOT, "%-30s %11d %28s", "Totals:", count, money(balance)));
        line(SHORT_RULE);
        line("");
    }

    private void reo() {
        section("REO INFORMATION");
        line("   REO Date        Loan Number     Ending Stated Balance          Book Value");
        line("   --------        -----------     ---------------------          ----------");
        BigDecimal total = BigDecimal.ZERO;
        int outstanding = 0;
        for (BigDecimal b : servicer.reoBalances()) {
            line(String.format(Locale.ROOT, "   %-16s %-18s %-28s %s", "N/A", "#", b.signum() == 0 ? "0" : money(b), "N/A"));
            total = total.add(b);
            outstanding += b.signum() > 0 ? 1 : 0;
        }
        line(String.format(Locale.ROOT, "   %-35s %-28s %s", "Totals:", total.signum() == 0 ? "0" : money(total), "N/A"));
        line("");
        line(String.format(Locale.ROOT, "Current Total Outstanding Balance: %40s", money(total)));
        line(String.format(Locale.ROOT, "Current Total Outstanding Number of Loans: %32d", outstanding));
        line("");
    }

    private void other() {
        section("OTHER INFORMATION");
        line("                                  Amount/Withdrawal     Total/Ending Bal.");
        line("                                  -----------------     -----------------");
        BigDecimal principal = sumAll(ClassResult::principal);
        BigDecimal interest = sumAll(ClassResult::interest);
        for (Object[] row : new Object[][] {{"Available remittance amount", principal.add(interest)},
                {"Principal remittance amount", principal}, {"Interest remittance amount", interest}}) {
            String amount = money((BigDecimal) row[1]);
            line(String.format(Locale.ROOT, "%-30s %22s %21s", row[0], amount, amount));
        }
    }

    private static String money(BigDecimal v) {
        return MoneyFormat.grouped(v);
    }

    private static String percent(BigDecimal v) {
        return v.setScale(6, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String factor(BigDecimal v) {
        return v.setScale(6, RoundingMode.HALF_UP).toPlainString();
    }
}
