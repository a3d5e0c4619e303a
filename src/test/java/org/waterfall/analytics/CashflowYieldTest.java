package org.waterfall.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class CashflowYieldTest {

    private static final LocalDate SETTLE = LocalDate.of(2003, 11, 20);
    private static final LocalDate ACCRUAL = LocalDate.of(2003, 11, 1);

    /** A $1,000,000 mortgage-like bond: level principal over {@code months} months plus interest at {@code coupon}. */
    private static PricingInput amortizing(double coupon, int months) {
        List<LocalDate> dates = new ArrayList<>();
        double[] amounts = new double[months];
        double balance = 1_000_000;
        double principal = balance / months;
        for (int k = 0; k < months; k++) {
            dates.add(LocalDate.of(2003, 12, 20).plusMonths(k));
            amounts[k] = principal + balance * coupon / 1200;
            balance -= principal;
        }
        return new PricingInput(1_000_000, coupon, ACCRUAL, SETTLE, new Cashflows(dates, amounts));
    }

    @Test
    void days30360CountsThirtyDayMonths() {
        assertEquals(19, CashflowYield.days30360(ACCRUAL, SETTLE));
        assertEquals(30, CashflowYield.days30360(LocalDate.of(2003, 11, 20), LocalDate.of(2003, 12, 20)));
        assertEquals(32, CashflowYield.days30360(LocalDate.of(2003, 11, 20), LocalDate.of(2003, 12, 22)));
        assertEquals(31, CashflowYield.days30360(LocalDate.of(2003, 1, 31), LocalDate.of(2003, 3, 1)));
        assertEquals(60, CashflowYield.days30360(LocalDate.of(2003, 1, 31), LocalDate.of(2003, 3, 31)));
        assertEquals(360, CashflowYield.days30360(LocalDate.of(2003, 11, 20), LocalDate.of(2004, 11, 20)));
    }

    @Test
    void accruedInterestRunsFromTheFirstOfTheMonthToSettlement30360() {
        PricingInput in = amortizing(6, 12);
        assertEquals(1_000_000 * 0.06 * 19 / 360, CashflowYield.accruedInterest(in), 1e-9);
        assertEquals(1_000_000 * 0.06 * 19 / 360, CashflowYield.priceFromYield(in, 6).accruedInterest(), 1e-9);
    }

    @Test
    void bondEquivalentAndMonthlyYieldsConvertBothWays() {
        // 6% compounded monthly is 6.0755% semi-annual: (1 + 0.06/12)^6 = 1 + bey/2
        assertEquals(2 * (Math.pow(1.005, 6) - 1), CashflowYield.bondEquivalentFromMonthly(0.06), 1e-14);
        assertEquals(0.06, CashflowYield.monthlyFromBondEquivalent(CashflowYield.bondEquivalentFromMonthly(0.06)), 1e-15);
    }

    @Test
    void aSinglePaymentIsPricedByItsDiscountFactor() {
        // 100 paid one year (12 30/360 months) after settlement, no coupon: price = 100 / (1 + y_m/12)^12
        PricingInput in = new PricingInput(100, 0, SETTLE.withDayOfMonth(1), SETTLE,
                new Cashflows(List.of(SETTLE.plusYears(1)), new double[] {100}));
        double bey = 0.05;
        double monthly = CashflowYield.monthlyFromBondEquivalent(bey);
        Quote q = CashflowYield.priceFromYield(in, 5);
        assertEquals(100 / Math.pow(1 + monthly / 12, 12), q.cleanPrice(), 1e-12);
        assertEquals(100 / Math.pow(1 + bey / 2, 2), q.cleanPrice(), 1e-12, "a year is two semi-annual periods");
        // modified duration of a zero: t / (1 + y/2) in years at the bond-equivalent yield
        assertEquals(1 / (1 + bey / 2), q.modifiedDuration(), 1e-12);
    }

    @Test
    void aBondPricedAtItsOwnCouponYieldsAboutItsCouponWithTheDelay() {
        // the 19-day delay costs yield: at par the bond-equivalent yield is a little under the coupon's BEY
        PricingInput in = amortizing(6, 360);
        Quote q = CashflowYield.yieldFromPrice(in, 100);
        double couponBey = 100 * CashflowYield.bondEquivalentFromMonthly(0.06);
        assertEquals(couponBey, q.yieldPercent(), 0.05);
        assertEquals(true, q.yieldPercent() < couponBey);
    }

    @Test
    void modifiedDurationIsTheSlopeOfThePrice() {
        PricingInput in = amortizing(5.5, 240);
        double y = 5.25;
        double h = 1e-4;
        double up = CashflowYield.priceFromYield(in, y + h).fullPrice();
        double down = CashflowYield.priceFromYield(in, y - h).fullPrice();
        Quote q = CashflowYield.priceFromYield(in, y);
        double numeric = -(up - down) / (2 * h / 100) / q.fullPrice();
        assertEquals(numeric, q.modifiedDuration(), 1e-6);
    }

    @Test
    void aPriceWithNoPaymentsHasNoYield() {
        PricingInput in = new PricingInput(100, 5, ACCRUAL, SETTLE, new Cashflows(List.of(), new double[0]));
        assertThrows(IllegalArgumentException.class, () -> CashflowYield.yieldFromPrice(in, 100));
    }

    @Test
    void aPaymentOnOrBeforeSettlementIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PricingInput(100, 5, ACCRUAL, SETTLE,
                new Cashflows(List.of(SETTLE), new double[] {1})));
    }

    @Property(tries = 500)
    void yieldToPriceToYieldRoundTripsWithin1e10(@ForAll("bonds") PricingInput in, @ForAll @DoubleRange(min = -5, max = 40) double yield) {
        Quote priced = CashflowYield.priceFromYield(in, yield);
        Quote back = CashflowYield.yieldFromPrice(in, priced.cleanPrice());
        assertEquals(yield, back.yieldPercent(), 1e-10);
    }

    @Property(tries = 500)
    void priceToYieldToPriceRoundTripsWithin1e10(@ForAll("bonds") PricingInput in, @ForAll @DoubleRange(min = 50, max = 130) double price) {
        Quote solved = CashflowYield.yieldFromPrice(in, price);
        Quote back = CashflowYield.priceFromYield(in, solved.yieldPercent());
        assertEquals(price, back.cleanPrice(), 1e-10);
    }

    @Provide
    Arbitrary<PricingInput> bonds() {
        return Combinators.combine(Arbitraries.doubles().between(0, 12), Arbitraries.integers().between(1, 360),
                Arbitraries.integers().between(1, 30)).as((coupon, months, settleDay) -> {
                    PricingInput base = amortizing(coupon, months);
                    return new PricingInput(base.face(), coupon, ACCRUAL, ACCRUAL.plusDays(settleDay - 1L), base.flows());
                });
    }
}
