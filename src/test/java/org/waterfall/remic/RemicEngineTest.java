package org.waterfall.remic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waterfall.rules.PrincipalRule;

class RemicEngineTest {

    private static final LocalDate SETTLE = LocalDate.of(2025, 2, 28);
    private static final LocalDate FIRST = LocalDate.of(2025, 3, 25);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static RemicClass fixed(String name, String balance, String rate, boolean accrual) {
        return new RemicClass(name, "1", d(balance), new InterestRule.Fixed(d(rate)), null, accrual, true);
    }

    private static CollateralGroup collateral(String balance) {
        return new CollateralGroup("1", List.of(new LoanLine("1", d(balance), d("6.5"), d("6.0"), 360, 360, 0)), List.of());
    }

    /** A (accretion directed, 6%) and Z (accrual, 6%): Z's accrual goes to A, then the group's principal to A, then Z. */
    private static RemicDeal accretionDeal() {
        List<RemicClass> classes = List.of(fixed("A", "900000.00", "6.0", false), fixed("Z", "100000.00", "6.0", true));
        PrincipalRule seq = new PrincipalRule.Sequential(List.of(new PrincipalRule.Pay(0), new PrincipalRule.Pay(1)));
        return new RemicDeal("t", "t", SETTLE, FIRST, 25, List.of(collateral("1000000.00")), classes,
                List.of(new GroupWaterfall("1", List.of(new GroupWaterfall.Accretion(1, seq)), seq)), List.of());
    }

    private static RemicEngine.PeriodInput input(int period, List<String> balances, String principal, String interest) {
        return new RemicEngine.PeriodInput(period, FIRST.plusMonths(period - 1), balances.stream().map(BigDecimal::new).toList(),
                List.of(new RemicEngine.GroupCash(d(principal), d(interest), d("6.0"))), IndexRate.constant(d("4.0")));
    }

    @Test
    void aZsAccrualIsAddedToItsBalanceAndPaidAsPrincipalToTheAccretionDirectedClass() {
        RemicEngine.PeriodOutcome out = RemicEngine.distribute(accretionDeal(), input(1, List.of("900000.00", "100000.00"), "1000.00", "5000.00"));
        // Z accrues 100,000 x 6% / 12 = 500.00; A is paid 500.00 of it and the 1,000.00 group principal
        assertEquals(d("500.00"), out.accrual()[1]);
        assertEquals(d("0.00"), out.interest()[1]);
        assertEquals(d("1500.00"), out.principal()[0]);
        assertEquals(d("4500.00"), out.interest()[0]);
        assertEquals(d("898500.00"), out.ending()[0]);
        assertEquals(d("100500.00"), out.ending()[1]);
        assertEquals(d("0.00"), out.residualInterest()[0]);
    }

    @Test
    void onceTheDirectedClassIsRetiredTheAccrualAmountIsPaidToTheZItself() {
        RemicEngine.PeriodOutcome out = RemicEngine.distribute(accretionDeal(), input(2, List.of("0.00", "100000.00"), "1000.00", "500.00"));
        assertEquals(d("1500.00"), out.principal()[1], "its own accrual (500.00) and the group principal");
        assertEquals(d("99000.00"), out.ending()[1]);
    }

    @Test
    void aNotionalClassEarnsItsCouponOnThePercentOfTheClassesItIsNotionalOn() {
        List<RemicClass> classes = List.of(
                new RemicClass("F", "1", d("1000000.00"), new InterestRule.IndexLinked(d("1.0"), BigDecimal.ONE, d("1.0"), d("7.0"), d("5.5")), null, false, false),
                new RemicClass("S", "1", d("500000.00"), new InterestRule.IndexLinked(d("6.0"), BigDecimal.ONE.negate(), d("0"), d("6.0"), null),
                        new RemicClass.Notional(List.of(0), d("50")), false, false));
        RemicDeal deal = new RemicDeal("t", "t", SETTLE, FIRST, 25, List.of(collateral("1000000.00")), classes,
                List.of(new GroupWaterfall("1", List.of(), new PrincipalRule.Pay(0))), List.of());
        RemicEngine.PeriodOutcome p1 = RemicEngine.distribute(deal, input(1, List.of("1000000.00", "0"), "2000.00", "5000.00"));
        assertEquals(d("5.5"), p1.rates()[0], "the first-period rate");
        assertEquals(d("4583.33"), p1.interest()[0]);
        // S: 6.0 - 4.0 = 2.0% on 50% of F's 1,000,000
        assertEquals(d("833.33"), p1.interest()[1]);
        assertEquals(0, d("499000").compareTo(p1.ending()[1]), "its notional follows F's balance after the date");
        RemicEngine.PeriodOutcome p2 = RemicEngine.distribute(deal, input(2, List.of("998000.00", "0"), "2000.00", "5000.00"));
        assertEquals(0, d("5.0").compareTo(p2.rates()[0]), "index 4.0 + 1.0");
        assertEquals(0, d("2.0").compareTo(p2.rates()[1]));
    }

    @Test
    void floatingCouponsStayWithinTheirCapAndFloor() {
        InterestRule.IndexLinked inverse = new InterestRule.IndexLinked(d("7.10"), BigDecimal.ONE.negate(), d("0"), d("7.10"), null);
        assertEquals(0, BigDecimal.ZERO.compareTo(inverse.rate(2, IndexRate.constant(d("9")), BigDecimal.ZERO)));
        assertEquals(0, d("7.10").compareTo(inverse.rate(2, IndexRate.constant(d("-1")), BigDecimal.ZERO)));
        assertEquals(0, d("2.77074").compareTo(inverse.rate(2, IndexRate.constant(d("4.32926")), BigDecimal.ZERO)));
    }
}
