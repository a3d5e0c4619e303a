package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.junit.jupiter.api.Test;
import org.waterfall.collateral.GroupCollateral;
import org.waterfall.collateral.PeriodCollateral;
import org.waterfall.deal.CouponKind;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.engine.ClassResult;
import org.waterfall.engine.DateFigures;
import org.waterfall.engine.Detail;
import org.waterfall.engine.GroupResult;
import org.waterfall.engine.PeriodResult;
import org.waterfall.engine.WaterfallEngine;

/**
 * A run's kept cash flows as columns: each month's record, built when asked for, is what the engine gave that month
 * (its printed rate and ending factor derived then, by the engine's rules); the views behave as read-only lists of those
 * records.
 */
class CashflowColumnsTest {

    private static final ResolvedDeal BOAMS = ProjectionFixtures.boams();
    /** 2002-K with group 1's WAC moving (coupons capped, net-WAC coupons and WAC strips change) under defaults and losses. */
    private static final Projector STRESSED = new Projector(BOAMS, ProjectionFixtures.boamsStart(), new ProjectionOptions(
            Map.of("1", new RatePath.WacVector(List.of(new BigDecimal("5.2"), new BigDecimal("4.1"), new BigDecimal("4.1"), new BigDecimal("6.3")))),
            true));
    private static final Scenario LOSSES = Scenario.of(GroupAssumptions.NONE.withPrepayment(Speed.of(Speed.Kind.CPR, 15))
            .withDefaults(Speed.of(Speed.Kind.CDR, 6)).withSeverity(new BigDecimal("45")).withRecoveryLag(4)
            .withDelinquency(new BigDecimal("5")));

    /** The record the engine's full result for a class gives, as a projection prints it. */
    private static ClassCashflow fromEngine(PeriodResult month, ClassResult e) {
        return new ClassCashflow(month.distributionDate(), e.beginningBalance(), e.printedRate(), e.interest(), e.principal(), e.loss(),
                e.writeDown(), e.endingBalance(), e.endingFactor().movePointLeft(3), e.unpaidInterest());
    }

    @Test
    void eachMonthsRecordIsWhatTheEngineGaveThatMonth() {
        ScenarioResult kept = STRESSED.run(LOSSES);
        List<PeriodResult> months = new ArrayList<>();
        STRESSED.run(LOSSES, months::add); // every figure of every date, from the engine's own results
        assertTrue(kept.notes().stream().noneMatch(n -> n.contains("collateral is exhausted with")), kept.notes().toString());
        assertEquals(months.size(), kept.dates().size());
        int strips = 0;
        for (int c = 0; c < BOAMS.classCount(); c++) {
            List<ClassCashflow> flows = kept.classes().get(c).cashflows();
            assertEquals(months.size(), flows.size());
            for (int m = 0; m < months.size(); m++) {
                ClassResult e = months.get(m).classes().get(c);
                assertEquals(fromEngine(months.get(m), e), flows.get(m), e.name() + " month " + (m + 1));
                if (BOAMS.couponKind(c) == CouponKind.WAC_EXCESS_STRIP && e.beginningBalance().signum() > 0) {
                    strips++;
                }
            }
        }
        assertTrue(strips > 100, "WAC strip months with a notional: " + strips);
        for (int g = 0; g < BOAMS.groupCount(); g++) {
            List<GroupCashflow> flows = kept.groups().get(g).cashflows();
            assertEquals(months.size(), flows.size());
            for (int m = 0; m < months.size(); m++) {
                GroupResult e = months.get(m).groups().get(g);
                GroupCashflow f = flows.get(m);
                String at = "group " + e.group() + " month " + (m + 1);
                assertEquals(months.get(m).distributionDate(), f.date(), at);
                assertEquals(List.of(e.beginningBalance(), e.grossWac(), e.scheduledPrincipal(), e.prepayments(), e.liquidatedBalance(),
                        e.netRecoveries(), e.grossInterest(), e.servicingFee().add(e.subServicingFee()).add(e.trusteeFee()),
                        e.endingBalance(), e.advancesReimbursed(), e.availableFunds(), e.paidToSeniors()),
                        List.of(f.beginningBalance(), f.grossWac(), f.scheduledPrincipal(), f.prepayments(), f.liquidatedBalance(),
                                f.recoveries(), f.interest(), f.fees(), f.endingBalance(), f.advancesReimbursed(), f.availableFunds(),
                                f.paidToSeniors()), at);
                assertEquals(0, f.liquidatedBalance().subtract(f.recoveries()).compareTo(f.loss()), at);
            }
        }
    }

    /**
     * Where a run that keeps its cash flows and one that keeps summaries only overlap (every summary), the kept records
     * add up to the summaries-only run's figures: the records are the amounts the summaries were taken from.
     */
    @Test
    void theKeptRecordsAddUpToTheSummariesOfARunThatKeepsNone() {
        ScenarioResult kept = STRESSED.run(LOSSES);
        ScenarioResult summaries = new Projector(BOAMS, ProjectionFixtures.boamsStart(), new ProjectionOptions(
                Map.of("1", new RatePath.WacVector(List.of(new BigDecimal("5.2"), new BigDecimal("4.1"), new BigDecimal("4.1"),
                        new BigDecimal("6.3")))), false)).run(LOSSES);
        assertEquals(summaries.dates(), kept.dates());
        int lossMonths = 0;
        for (int c = 0; c < BOAMS.classCount(); c++) {
            ClassProjection s = summaries.classes().get(c);
            ClassProjection k = kept.classes().get(c);
            assertEquals(List.of(), s.cashflows());
            BigDecimal principal = BigDecimal.ZERO;
            BigDecimal interest = BigDecimal.ZERO;
            BigDecimal loss = BigDecimal.ZERO;
            BigDecimal writedown = BigDecimal.ZERO;
            List<BigDecimal> anniversaries = new ArrayList<>();
            for (int m = 0; m < k.cashflows().size(); m++) {
                ClassCashflow f = k.cashflows().get(m);
                principal = principal.add(f.principal());
                interest = interest.add(f.interest());
                loss = loss.add(f.loss());
                writedown = writedown.add(f.writedown());
                lossMonths += f.loss().signum();
                if ((m + 1) % 12 == 0 && f.beginningBalance().signum() > 0) {
                    anniversaries.add(f.endingBalance());
                }
            }
            assertEquals(0, s.totalPrincipal().compareTo(principal), s.name());
            assertEquals(0, s.totalInterest().compareTo(interest), s.name());
            assertEquals(0, s.totalLoss().compareTo(loss), s.name());
            assertEquals(0, s.writedown().compareTo(writedown), s.name());
            assertEquals(s.anniversaryBalances(), anniversaries, s.name());
            assertEquals(s, new ClassProjection(k.name(), k.interestOnly(), k.original(), k.startingBalance(), k.totalPrincipal(),
                    k.totalInterest(), k.totalLoss(), k.writedown(), k.wal(), k.firstPrincipalDate(), k.lastPrincipalDate(), k.finalDate(),
                    k.anniversaryBalances(), k.firstCoupon(), List.of()));
        }
        assertTrue(lossMonths > 50, "class-months with a loss: " + lossMonths);
        for (int g = 0; g < BOAMS.groupCount(); g++) {
            GroupProjection s = summaries.groups().get(g);
            List<GroupCashflow> flows = kept.groups().get(g).cashflows();
            BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (GroupCashflow f : flows) {
                sums[0] = sums[0].add(f.scheduledPrincipal());
                sums[1] = sums[1].add(f.prepayments());
                sums[2] = sums[2].add(f.defaults());
                sums[3] = sums[3].add(f.loss());
                sums[4] = sums[4].add(f.interest());
                sums[5] = sums[5].add(f.fees());
            }
            BigDecimal[] totals = {s.totalScheduled(), s.totalPrepaid(), s.totalDefaulted(), s.totalLoss(), s.totalInterest(), s.totalFees()};
            for (int t = 0; t < totals.length; t++) {
                assertEquals(0, totals[t].compareTo(sums[t]), "group " + s.group() + " total " + t);
            }
            assertEquals(List.of(), s.cashflows());
        }
    }

    /**
     * The store itself, fed two dates of the pass-through deal by the engine: each record is the date's figures; a
     * write-off recorded on the last date (the collateral exhausted with the certificates above it) is added to that
     * record's write-down, sets its ending balance, and takes its factor to zero with the balance, leaving the dates
     * before it as they were.
     */
    @Test
    void aWriteOffOnTheLastDateIsAddedToItsWriteDownAndEndsItsBalanceAndFactor() {
        ResolvedDeal deal = ProjectionFixtures.passThroughDeal();
        LocalDate[] dates = {null, deal.deal().calendar().distributionDate(2), deal.deal().calendar().distributionDate(3)};
        CashflowColumns columns = new CashflowColumns(deal, dates, 2);
        BigDecimal wac = new BigDecimal("6.25");
        BigDecimal classBalance = new BigDecimal("1000.50");
        BigDecimal pool = new BigDecimal("1000.00");
        List<ClassCashflow> expected = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            BigDecimal scheduled = k == 1 ? new BigDecimal("600.00") : pool;
            GroupCollateral gc = new GroupCollateral("1", pool, scheduled, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, wac,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
            BigDecimal[] balances = {classBalance};
            DateFigures f = WaterfallEngine.run(deal, new PeriodCollateral(dates[k], List.of(gc), BigDecimal.ZERO, BigDecimal.ZERO),
                    balances, null, Detail.ENDING_FACTORS);
            expected.add(new ClassCashflow(dates[k], f.beginningBalance(0), f.printedRate(0), f.interest(0), f.principal(0), f.loss(0),
                    f.writeDown(0), f.endingBalance(0), f.endingFactor(0).movePointLeft(3), f.unpaidInterest(0)));
            columns.addDate(f, List.of(gc), new BigDecimal[] {BigDecimal.ZERO});
            classBalance = f.endingBalance(0);
            pool = gc.endingBalance();
        }
        assertEquals(expected, columns.classFlows(0));
        ClassCashflow last = expected.get(1);
        assertEquals(new BigDecimal("0.50"), last.endingBalance(), "run as a month that is not final, the excess stays on the class");
        assertNotEquals(0, last.factor().signum());

        columns.writeOffLastDate(new BigDecimal[] {new BigDecimal("0.50")}, new BigDecimal[] {new BigDecimal("0.00")});
        List<ClassCashflow> flows = columns.classFlows(0);
        assertEquals(expected.get(0), flows.get(0));
        assertEquals(new ClassCashflow(last.date(), last.beginningBalance(), last.rate(), last.interest(), last.principal(), last.loss(),
                last.writedown().add(new BigDecimal("0.50")), new BigDecimal("0.00"), BigDecimal.ZERO, last.unpaidInterest()), flows.get(1));
        assertEquals(2, columns.groupFlows(0).size());
        assertEquals(new BigDecimal("400.00"), columns.groupFlows(0).get(1).beginningBalance());
    }

    @Test
    void theViewsRefuseChanges() {
        ScenarioResult r = STRESSED.run(ProjectionFixtures.cpr(30));
        List<ClassCashflow> flows = r.classes().get(0).cashflows();
        List<GroupCashflow> pool = r.groups().get(0).cashflows();
        ClassCashflow first = flows.get(0);
        assertThrows(UnsupportedOperationException.class, () -> flows.set(0, first));
        assertThrows(UnsupportedOperationException.class, () -> flows.add(first));
        assertThrows(UnsupportedOperationException.class, () -> flows.remove(0));
        assertThrows(UnsupportedOperationException.class, flows::clear);
        assertThrows(UnsupportedOperationException.class, () -> flows.sort(Comparator.comparing(ClassCashflow::date).reversed()));
        assertThrows(UnsupportedOperationException.class, () -> pool.set(0, pool.get(1)));
        assertThrows(UnsupportedOperationException.class, () -> pool.removeIf(f -> true));
        assertThrows(IndexOutOfBoundsException.class, () -> flows.get(flows.size()));
        assertThrows(IndexOutOfBoundsException.class, () -> pool.get(-1));
        assertEquals(first, flows.get(0));
    }

    /** A view is a list of its records in every respect a caller can see: equality, hash, text, random access. */
    @Test
    void aViewIsEqualToTheListOfItsRecords() {
        ScenarioResult r = STRESSED.run(ProjectionFixtures.cpr(30));
        ClassProjection a1 = r.classProjection("A1");
        List<ClassCashflow> copy = List.copyOf(a1.cashflows());
        assertInstanceOf(RandomAccess.class, a1.cashflows());
        assertEquals(copy, a1.cashflows());
        assertEquals(a1.cashflows(), copy);
        assertEquals(copy.hashCode(), a1.cashflows().hashCode());
        assertEquals(copy.toString(), a1.cashflows().toString());
        ClassProjection copied = new ClassProjection(a1.name(), a1.interestOnly(), a1.original(), a1.startingBalance(), a1.totalPrincipal(),
                a1.totalInterest(), a1.totalLoss(), a1.writedown(), a1.wal(), a1.firstPrincipalDate(), a1.lastPrincipalDate(),
                a1.finalDate(), a1.anniversaryBalances(), a1.firstCoupon(), copy);
        assertEquals(copied, a1);
        assertEquals(copied.toString(), a1.toString());
        GroupProjection g = r.groups().get(2);
        assertEquals(List.copyOf(g.cashflows()), g.cashflows());
        assertEquals(List.copyOf(g.cashflows()).toString(), g.cashflows().toString());
        assertSame(a1.cashflows(), new ClassProjection(a1.name(), a1.interestOnly(), a1.original(), a1.startingBalance(),
                a1.totalPrincipal(), a1.totalInterest(), a1.totalLoss(), a1.writedown(), a1.wal(), a1.firstPrincipalDate(),
                a1.lastPrincipalDate(), a1.finalDate(), a1.anniversaryBalances(), a1.firstCoupon(), a1.cashflows()).cashflows(),
                "a view is kept as it is, not copied");
    }
}
