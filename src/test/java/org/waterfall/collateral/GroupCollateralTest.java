package org.waterfall.collateral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GroupCollateralTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** 1,000,000.00 beginning, 1,000.00 scheduled, 5,000.00 prepaid, 20,000.00 liquidated for 12,000.00 with 500.00 advanced. */
    private static GroupCollateral liquidation(String excessLoss) {
        return new GroupCollateral("1", d("1000000.00"), d("1000.00"), d("5000.00"), d("20000.00"), d("12000.00"), d("6.25"),
                d("0.00"), d("0.00"), d("0.00"), d("500.00"), d(excessLoss), null);
    }

    @Test
    void theDerivedAmountsFollowFromTheReportedOnes() {
        GroupCollateral gc = liquidation("0.00");
        assertEquals(d("974000.00"), gc.endingBalance());
        assertEquals(d("500.00"), gc.advancesFromProceeds());
        assertEquals(d("0.00"), gc.advancesFromCollections());
        assertEquals(d("11500.00"), gc.netRecoveries());
        assertEquals(d("8500.00"), gc.realizedLoss());
        assertEquals(d("8500.00"), gc.orderedLoss());
        assertEquals(d("17500.00"), gc.principalCollected());
    }

    @Test
    void anExcessLossLeavesTheLossOrder() {
        assertEquals(d("6500.00"), liquidation("2000.00").orderedLoss());
        assertEquals(d("8500.00"), liquidation("2000.00").realizedLoss());
    }

    @Test
    void advancesBeyondTheProceedsComeFromTheOtherCollections() {
        GroupCollateral gc = new GroupCollateral("1", d("100000.00"), d("0.00"), d("0.00"), d("10000.00"), d("300.00"), d("6"),
                d("0"), d("0"), d("0"), d("450.00"), d("0"), null);
        assertEquals(d("300.00"), gc.advancesFromProceeds());
        assertEquals(d("150.00"), gc.advancesFromCollections());
        assertEquals(d("0.00"), gc.netRecoveries());
        assertEquals(d("10000.00"), gc.realizedLoss());
    }

    @Test
    void noLiquidationHasNoLoss() {
        GroupCollateral gc = GroupCollateral.simple("2", d("500.00"), d("10.00"), d("20.00"), d("5.5"));
        assertEquals(BigDecimal.ZERO, gc.realizedLoss());
        assertEquals(d("470.00"), gc.endingBalance());
        assertEquals(d("30.00"), gc.principalCollected());
    }

    @Test
    void equalWhenEveryReportedFigureIsEqual() {
        GroupCollateral one = liquidation("0.00");
        GroupCollateral another = liquidation("0.00");
        assertNotSame(one, another);
        assertEquals(one, another);
        assertEquals(one.hashCode(), another.hashCode());
        assertNotEquals(one, liquidation("1.00"));
        GroupCollateral collected = one.withInterestCollected(d("5208.33"));
        assertNotEquals(one, collected);
        assertEquals(collected, another.withInterestCollected(d("5208.33")));
    }

    @Test
    void reductionsBeyondTheBeginningBalanceAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroupCollateral.simple("3", d("100.00"), d("60.00"), d("40.01"), d("6")));
        assertEquals("group 3: principal reductions exceed the beginning balance", e.getMessage());
    }

    @Test
    void aNegativeFigureIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroupCollateral.simple("3", d("100.00"), d("-1.00"), d("0"), d("6")));
        assertEquals("scheduledPrincipal must not be negative: -1.00", e.getMessage());
    }
}
