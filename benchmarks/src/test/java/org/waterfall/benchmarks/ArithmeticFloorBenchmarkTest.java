package org.waterfall.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.waterfall.money.Exact128;

/** The floor's exact routes compute the same cents: BigDecimal, Exact128 on BigDecimals, and amounts held as longs. */
class ArithmeticFloorBenchmarkTest {

    @Test
    void interestAndSharesAreTheSameCentsOnEveryRoute() {
        ArithmeticFloorBenchmark floor = new ArithmeticFloorBenchmark();
        floor.load();
        assertEquals(20, floor.balance.length, "the 20 principal classes of 2002-K");
        for (int i = 0; i < floor.balance.length; i++) {
            BigDecimal interest = floor.balance[i].multiply(floor.coupon[i]).divide(BigDecimal.valueOf(1200), 2, RoundingMode.HALF_UP);
            assertEquals(interest, Exact128.multiplyDivide(floor.balance[i], floor.coupon[i], BigDecimal.valueOf(1200), 2,
                    RoundingMode.HALF_UP));
            assertEquals(interest.movePointRight(2).longValueExact(), Exact128.multiplyDivide(floor.balanceCents[i],
                    floor.couponMillionths[i], ArithmeticFloorBenchmark.INTEREST_DIVISOR, RoundingMode.HALF_UP), "class " + i);
            BigDecimal share = floor.total.multiply(floor.balance[i]).divide(floor.sum, 2, RoundingMode.HALF_UP);
            assertEquals(share.movePointRight(2).longValueExact(),
                    Exact128.multiplyDivide(floor.totalCents, floor.balanceCents[i], floor.sumCents, RoundingMode.HALF_UP), "class " + i);
        }
    }
}
