package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.waterfall.analytics.PricingInput;

class ClassProjectionTest {

    private static ClassProjection a1() {
        return new Projector(ProjectionFixtures.boams(), ProjectionFixtures.boamsStart(), ProjectionOptions.defaults())
                .run(ProjectionFixtures.cpr(10)).classProjection("A1");
    }

    @Test
    void settlingInTheStartMonthBuysEveryProjectedPayment() {
        ClassProjection a1 = a1();
        PricingInput in = a1.pricingInput(LocalDate.of(2003, 11, 20));
        assertEquals(a1.startingBalance().doubleValue(), in.face(), 0.0);
        assertEquals(LocalDate.of(2003, 11, 1), in.accrualStart());
        assertEquals(a1.cashflows().size(), in.flows().size());
        assertEquals(a1.firstCoupon().doubleValue(), in.couponPercent(), 0.0);
    }

    @Test
    void settlingLaterBuysThatMonthsAccrualOnTheBalanceAfterItsDistribution() {
        ClassProjection a1 = a1();
        PricingInput in = a1.pricingInput(LocalDate.of(2005, 6, 15));
        ClassCashflow july = a1.cashflows().stream().filter(f -> f.date().getYear() == 2005 && f.date().getMonthValue() == 7)
                .findFirst().orElseThrow();
        assertEquals(july.beginningBalance().doubleValue(), in.face(), 0.0);
        assertEquals(july.rate().doubleValue(), in.couponPercent(), 0.0);
        assertEquals(LocalDate.of(2005, 6, 1), in.accrualStart());
        assertEquals(july.date(), in.flows().dates().get(0));
    }

    @Test
    void settlingAfterThePayOffOrTheRunIsRefusedByName() {
        ClassProjection a1 = a1();
        LocalDate paidOff = a1.finalDate().plusMonths(1);
        assertEquals("class A1 has no balance or notional on " + paidOff,
                assertThrows(IllegalArgumentException.class, () -> a1.pricingInput(paidOff)).getMessage());
        LocalDate afterRun = a1.cashflows().get(a1.cashflows().size() - 1).date().plusMonths(1);
        assertEquals("class A1 has no payments for accrual months from " + afterRun.withDayOfMonth(1),
                assertThrows(IllegalArgumentException.class, () -> a1.pricingInput(afterRun)).getMessage());
    }
}
