package org.waterfall.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Sums}: each sum is the one {@code BigDecimal.add} gives, value and scale. */
class SumsTest {

    @Test
    void aTotalIsTheChainOfAdditionsFromZeroOverRandomArrays() {
        Random rnd = new Random(265);
        for (int i = 0; i < 200_000; i++) {
            BigDecimal[] values = new BigDecimal[rnd.nextInt(25)];
            for (int k = 0; k < values.length; k++) {
                values[k] = value(rnd);
            }
            BigDecimal expected = BigDecimal.ZERO;
            for (BigDecimal v : values) {
                expected = expected.add(v);
            }
            assertEquals(expected, Sums.total(values, null), () -> java.util.Arrays.toString(values));
            int[] some = rnd.ints(rnd.nextInt(values.length + 1), 0, Math.max(values.length, 1)).toArray();
            if (values.length == 0) {
                some = new int[0];
            }
            BigDecimal expectedSome = BigDecimal.ZERO;
            for (int k : some) {
                expectedSome = expectedSome.add(values[k]);
            }
            int[] named = some;
            assertEquals(expectedSome, Sums.total(values, named), () -> java.util.Arrays.toString(values) + " at " + java.util.Arrays.toString(named));
        }
    }

    @Test
    void aTotalWithOneNonzeroAmountIsThatAmountAndNoNewValue() {
        BigDecimal only = new BigDecimal("1234.56");
        BigDecimal[] values = {new BigDecimal("0.00"), only, BigDecimal.ZERO};
        assertSame(only, Sums.total(values, null));
        assertEquals(new BigDecimal("0.00"), Sums.total(new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("0.00")}, null));
        assertEquals(BigDecimal.ZERO, Sums.total(new BigDecimal[0], null));
    }

    @Test
    void plusAndMinusAreBigDecimalsOwn() {
        Random rnd = new Random(24);
        for (int i = 0; i < 200_000; i++) {
            BigDecimal a = value(rnd);
            BigDecimal b = value(rnd);
            assertEquals(a.add(b), Sums.plus(a, b));
            assertEquals(a.subtract(b), Sums.minus(a, b));
        }
    }

    private static BigDecimal value(Random rnd) {
        switch (rnd.nextInt(6)) {
            case 0:
                return BigDecimal.ZERO.setScale(rnd.nextInt(12));
            case 1:
                // past a long's range, or near it
                return new BigDecimal(new BigInteger(60 + rnd.nextInt(10), rnd), rnd.nextInt(4));
            case 2:
                return BigDecimal.valueOf(rnd.nextLong() >> rnd.nextInt(8), rnd.nextInt(14) - 2);
            default:
                // cents, as most of a date's amounts are
                return BigDecimal.valueOf(rnd.nextLong() % 10_000_000_000_000L, 2);
        }
    }
}
