package org.waterfall.verify;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.engine.PeriodResult;
import org.waterfall.render.MonthAfter;
import org.waterfall.render.ServicerData;
import org.waterfall.render.StatementWriter;
import org.waterfall.statement.FigureId;
import org.waterfall.statement.FigureId.GroupField;
import org.waterfall.statement.StatementParser;
import org.waterfall.statement.TrusteeStatement;

/**
 * Thirteen months of BoAMS 2002-K: the real November 2003 statement, then twelve months rendered by the engine under
 * a known scenario. Each group amortizes its balance over its remaining term at its printed WAC and prepays 1.5% to
 * 2.6% a month; delinquencies build up, a $180,000 loan of group 1 goes to foreclosure in January 2004, to REO in
 * February, and is liquidated with no proceeds in April 2004 (a $180,000 realized loss, taken by B6). Built once per JVM.
 */
final class StatementSeries {

    static final int RENDERED = 12;
    static final int LIQUIDATION_MONTH = 5;
    static final BigDecimal DEFAULTED = new BigDecimal("180000.00");
    private static final BigDecimal[] SMM = {new BigDecimal("0.020"), new BigDecimal("0.025"), new BigDecimal("0.015"),
        new BigDecimal("0.018")};
    private static final MathContext MC = MathContext.DECIMAL128;

    /** A month of the series: its statement and the text it was read from. */
    record Month(TrusteeStatement statement, String text) {
    }

    private static List<Month> months;

    private StatementSeries() {
    }

    static synchronized List<Month> months() {
        if (months == null) {
            months = build(StatementFixtures.deal());
        }
        return months;
    }

    static List<TrusteeStatement> statements() {
        return months().stream().map(Month::statement).toList();
    }

    private static List<Month> build(ResolvedDeal deal) {
        List<Month> out = new ArrayList<>();
        out.add(new Month(StatementFixtures.statement(), StatementFixtures.statementText()));
        List<BigDecimal> sixtyPlus = new ArrayList<>();
        sixtyPlus.add(ServicerData.printedOn(deal, StatementFixtures.statement()).sixtyPlus());
        for (int k = 1; k <= RENDERED; k++) {
            TrusteeStatement previous = out.get(out.size() - 1).statement();
            int dateNumber = deal.deal().calendar().dateNumber(previous.distributionDate()) + 1;
            ServicerData servicer = servicer(deal, previous, k);
            sixtyPlus.add(servicer.sixtyPlus());
            List<BigDecimal> window = sixtyPlus.subList(Math.max(0, sixtyPlus.size() - 6), sixtyPlus.size());
            BigDecimal average = window.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(window.size()), 2, RoundingMode.HALF_UP);
            List<GroupCollateral> groups = new ArrayList<>();
            for (int g = 0; g < deal.groupCount(); g++) {
                groups.add(collateral(deal, previous, g, k));
            }
            PeriodCollateral period = new PeriodCollateral(deal.deal().calendar().distributionDate(dateNumber), groups, average,
                    previous.value(FigureId.groupTotal(GroupField.CUMULATIVE_LOSSES)));
            PeriodResult month = MonthAfter.run(deal, previous, period, "scenario");
            String text = StatementWriter.write(deal, month, servicer);
            out.add(new Month(StatementParser.parse("month-" + k + ".txt", text), text));
        }
        return out;
    }

    /** Group g's collateral in month k: level-payment amortization at its WAC, the month's prepayments, the liquidation. */
    private static GroupCollateral collateral(ResolvedDeal deal, TrusteeStatement previous, int g, int k) {
        BigDecimal begin = previous.value(FigureId.group(g + 1, GroupField.ENDING_BALANCE));
        BigDecimal wac = previous.value(FigureId.group(g + 1, GroupField.AVERAGE_LOAN_RATE));
        BigDecimal liquidated = g == 0 && k == LIQUIDATION_MONTH ? DEFAULTED : BigDecimal.ZERO.setScale(2);
        BigDecimal r = wac.divide(BigDecimal.valueOf(1200), MC);
        int n = 346 - (k - 1);
        BigDecimal perDollar = r.divide(BigDecimal.ONE.add(r).pow(n, MC).subtract(BigDecimal.ONE), MC);
        BigDecimal survivors = begin.subtract(liquidated);
        BigDecimal scheduled = survivors.multiply(perDollar).setScale(2, RoundingMode.HALF_UP);
        BigDecimal smm = SMM[g].multiply(BigDecimal.ONE.add(new BigDecimal("0.05").multiply(BigDecimal.valueOf(k % 3))));
        BigDecimal prepaid = survivors.subtract(scheduled).multiply(smm).setScale(2, RoundingMode.HALF_UP);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        // the interest collected as period data gives it when the servicer does not: the top of the printed WAC's range
        return new GroupCollateral(deal.group(g).id(), begin, scheduled, prepaid, liquidated, zero, wac, zero, zero, zero)
                .withInterestCollected(GroupCollateral.interestAtTopOfPrintedWac(begin, wac));
    }

    /** The servicer's side of month k: counts fall with prepayments, delinquencies move, the defaulted loan goes through REO. */
    private static ServicerData servicer(ResolvedDeal deal, TrusteeStatement previous, int k) {
        ServicerData carried = ServicerData.carriedFrom(deal, previous);
        List<ServicerData.Group> groups = new ArrayList<>();
        for (int g = 0; g < deal.groupCount(); g++) {
            ServicerData.Group c = carried.groups().get(g);
            int sold = (k + g) % 3 == 0 ? 2 : 1;
            int liquidated = g == 0 && k == LIQUIDATION_MONTH ? 1 : 0;
            groups.add(new ServicerData.Group(c.loanCount() - sold - liquidated, c.advancesThisPeriod(), c.cumulativeLossesBefore(),
                    c.bankruptcyCoverage(), c.fraudCoverage(), c.specialHazardCoverage()));
        }
        BigDecimal step = new BigDecimal("12500.00").multiply(BigDecimal.valueOf(k));
        List<ServicerData.Delinquency> d = List.of(
                new ServicerData.Delinquency(6 + k % 3, new BigDecimal("2414294.92").add(step)),
                new ServicerData.Delinquency(1 + k % 2, new BigDecimal("472563.82").add(step.divide(BigDecimal.valueOf(2), RoundingMode.HALF_UP))),
                new ServicerData.Delinquency(1, new BigDecimal("530648.82")),
                new ServicerData.Delinquency(k == 2 ? 3 : 2, new BigDecimal("1167858.73").add(k == 2 ? DEFAULTED : BigDecimal.ZERO)));
        List<BigDecimal> reo = new ArrayList<>(carried.reoBalances());
        reo.set(0, k == 3 || k == 4 ? DEFAULTED : BigDecimal.ZERO);
        return new ServicerData(groups, d, reo);
    }
}
